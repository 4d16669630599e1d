/**
 * Every message a visitor may read, in Vietnamese, with the short code the no-JS forms get back in the `loi` query
 * parameter (the site shows its own text for a code; it never displays text taken from a URL).
 */

export interface FieldError {
  /** Field the error is about, as named in the request (`authorName`, `email`…). */
  path: [string];
  message: string;
  code: string;
}

const number = (value: number) => value.toLocaleString('en-US').replace(/,/g, '.');

export const MESSAGES = {
  invalid: 'Thông tin gửi lên chưa hợp lệ. Vui lòng kiểm tra lại.',
  unknownField: (field: string) => `Trường "${field}" không được chấp nhận.`,
  notText: 'Giá trị phải là văn bản.',
  targetTypeInvalid: 'Vui lòng chọn đối tượng góp ý: bài viết hoặc dự thảo văn bản.',
  targetMissing: 'Thiếu bài viết hoặc văn bản được góp ý.',
  articleNotFound: 'Không tìm thấy bài viết đã đăng để góp ý.',
  documentNotFound: 'Không tìm thấy văn bản đã đăng để góp ý.',
  notForComment: 'Văn bản này không lấy ý kiến góp ý.',
  periodNotOpen: (opens: string) => `Chưa đến thời gian góp ý dự thảo (bắt đầu lúc ${opens}).`,
  periodClosed: (closed: string) => `Đã hết thời gian góp ý dự thảo (kết thúc lúc ${closed}).`,
  nameRequired: 'Vui lòng nhập họ và tên.',
  nameLength: (min: number, max: number) => `Họ và tên phải có từ ${min} đến ${number(max)} ký tự.`,
  emailRequired: 'Vui lòng nhập địa chỉ email.',
  emailInvalid: 'Địa chỉ email không hợp lệ.',
  emailLength: (max: number) => `Địa chỉ email không được dài quá ${number(max)} ký tự.`,
  contentRequired: 'Vui lòng nhập nội dung ý kiến.',
  contentLength: (min: number, max: number) => `Nội dung ý kiến phải có từ ${min} đến ${number(max)} ký tự.`,
  sectionLength: (max: number) => `Tên mục góp ý không được dài quá ${number(max)} ký tự.`,
  feedbackThanks: 'Cảm ơn bạn đã gửi ý kiến. Ý kiến sẽ được đăng sau khi Ban biên tập duyệt.',
  scoreInvalid: 'Vui lòng chọn điểm đánh giá từ 1 đến 5.',
  articleMissing: 'Thiếu bài viết được đánh giá.',
  articleNotFoundForRating: 'Không tìm thấy bài viết đã đăng để đánh giá.',
  alreadyRated: 'Bạn đã đánh giá bài viết này hôm nay. Mời bạn quay lại vào ngày mai.',
  ratingThanks: 'Cảm ơn bạn đã đánh giá bài viết.',
  pathInvalid: 'Đường dẫn trang không hợp lệ.',
  downloadInvalid: 'Tệp tải về không hợp lệ.',
  downloadNotFound: 'Không tìm thấy tệp này trong văn bản hoặc lịch công tác đã đăng.',
  downloadListInvalid: 'Danh sách văn bản, lịch công tác cần số lượt tải không hợp lệ.',
  unsupportedType: 'Định dạng dữ liệu không được hỗ trợ. Hãy gửi biểu mẫu (application/x-www-form-urlencoded) hoặc JSON.',
  bodyTooLarge: (limit: number) => `Nội dung gửi lên quá lớn (tối đa ${number(limit)} byte).`,
  lengthRequired: 'Yêu cầu phải có độ dài nội dung (Content-Length).',
  tooManyRequests: (seconds: number) => `Bạn gửi quá nhiều yêu cầu. Vui lòng thử lại sau ${number(seconds)} giây.`,
  temporarilyUnavailable: (seconds: number) =>
    `Hệ thống tạm thời chưa ghi nhận được yêu cầu của bạn. Vui lòng thử lại sau ${number(seconds)} giây.`,
} as const;

/** Codes of FieldError, stable: the site maps them to its own text. */
export const ERROR_CODES = {
  unknownField: 'truong-khong-hop-le',
  notText: 'gia-tri-khong-hop-le',
  targetType: 'doi-tuong-khong-hop-le',
  targetMissing: 'thieu-doi-tuong',
  notFound: 'khong-tim-thay',
  notForComment: 'khong-lay-y-kien',
  periodNotOpen: 'chua-den-thoi-gian-gop-y',
  periodClosed: 'het-thoi-gian-gop-y',
  nameRequired: 'thieu-ho-ten',
  nameLength: 'ho-ten-do-dai',
  emailRequired: 'thieu-email',
  emailInvalid: 'email-khong-hop-le',
  contentRequired: 'thieu-noi-dung',
  contentLength: 'noi-dung-do-dai',
  sectionLength: 'muc-do-dai',
  scoreInvalid: 'diem-khong-hop-le',
  alreadyRated: 'da-danh-gia',
} as const;

export function fieldError(field: string, code: string, message: string): FieldError {
  return { path: [field], code, message };
}
