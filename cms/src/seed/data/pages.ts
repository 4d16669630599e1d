import type { DemoPage } from './types';

export const demoPages: DemoPage[] = [
  {
    slug: 'gioi-thieu',
    title: 'Giới thiệu',
    summary: 'Cổng thông tin điện tử của Đảng bộ và chính quyền huyện Bình Sơn: mục đích, nội dung và cách liên hệ.',
    menuOrder: 1,
    sections: [
      {
        kind: 'text',
        paragraphs: [
          'Cổng thông tin điện tử huyện Bình Sơn đăng tải tin hoạt động của cấp ủy, chính quyền, văn bản của Đảng và Nhà nước, văn kiện Đại hội, lịch công tác tuần và kết quả thực hiện các chỉ tiêu phát triển kinh tế – xã hội.',
          'Bạn đọc có thể tìm kiếm theo chuyên mục, nội dung và ngày tháng, góp ý các dự thảo văn bản trong thời gian lấy ý kiến và gửi ý kiến về bài viết.',
          'Từ ngày 01/07/2025, cấp huyện kết thúc hoạt động; cổng thông tin được giữ lại để tra cứu, văn bản vẫn ghi cơ quan ban hành như tại thời điểm ban hành.',
        ],
      },
      {
        kind: 'table',
        caption: 'Các chuyên mục chính',
        rows: [
          ['Chuyên mục', 'Nội dung'],
          ['Tin tức - Sự kiện', 'Hoạt động của cấp ủy, chính quyền'],
          ['Văn bản', 'Văn bản của Đảng, văn bản nhà nước, dự thảo lấy ý kiến'],
          ['Đại hội', 'Văn kiện và mục tiêu nhiệm kỳ'],
          ['Chỉ tiêu', 'Kết quả thực hiện các chỉ tiêu theo kỳ báo cáo'],
          ['Lịch công tác', 'Lịch làm việc hằng tuần của các cơ quan'],
        ],
      },
    ],
  },
  {
    slug: 'lich-su-dang-bo',
    title: 'Lịch sử Đảng bộ',
    summary: 'Những mốc chính của Đảng bộ huyện Bình Sơn trong giai đoạn gần đây.',
    menuOrder: 2,
    sections: [
      {
        kind: 'text',
        paragraphs: [
          'Trang này ghi lại những mốc chính của Đảng bộ huyện Bình Sơn trong những năm gần đây; phần lịch sử đầy đủ được Ban Thường vụ Huyện ủy biên soạn thành sách riêng.',
        ],
      },
      {
        kind: 'table',
        caption: 'Một số mốc thời gian',
        rows: [
          ['Thời gian', 'Sự kiện'],
          ['06/2020', 'Lấy ý kiến nhân dân về dự thảo Báo cáo chính trị trình Đại hội lần thứ XXVII'],
          ['2020', 'Đại hội đại biểu Đảng bộ huyện lần thứ XXVII, nhiệm kỳ 2020 – 2025'],
          ['25/03/2021', 'Ban Thường vụ Tỉnh ủy xếp loại Đảng bộ huyện hoàn thành xuất sắc nhiệm vụ năm 2020'],
          ['30/06/2025', 'Huyện ủy Bình Sơn kết thúc hoạt động; tổ chức đảng cơ sở chuyển về đảng bộ các xã'],
        ],
      },
      {
        kind: 'quote',
        quote: 'Hiểu lịch sử Đảng bộ quê hương là cách thiết thực để mỗi đảng viên giữ gìn truyền thống.',
        attribution: 'Ban biên tập',
      },
      { kind: 'document', document: '215-kl-tu' },
    ],
  },
  {
    slug: 'so-do-to-chuc',
    title: 'Sơ đồ tổ chức',
    summary: 'Các cơ quan của Đảng và chính quyền liên quan đến cổng thông tin, với quan hệ cấp trên – cấp dưới.',
    menuOrder: 3,
    sections: [
      {
        kind: 'table',
        caption: 'Cơ cấu tổ chức (đến ngày 30/06/2025)',
        rows: [
          ['Cơ quan', 'Cấp', 'Trực thuộc'],
          ['Tỉnh ủy Quảng Ngãi', 'Tỉnh', 'Ban Chấp hành Trung ương Đảng'],
          ['Huyện ủy Bình Sơn', 'Huyện', 'Tỉnh ủy Quảng Ngãi'],
          ['Ủy ban nhân dân huyện Bình Sơn', 'Huyện', 'Ủy ban nhân dân tỉnh Quảng Ngãi'],
          ['Đảng bộ Cơ quan chính quyền huyện', 'Cơ quan', 'Huyện ủy'],
        ],
      },
      {
        kind: 'text',
        paragraphs: [
          'Từ ngày 01/07/2025, chính quyền địa phương tổ chức theo hai cấp tỉnh và xã; các cơ quan cấp huyện nêu trên đã kết thúc hoạt động.',
        ],
      },
    ],
  },
];
