/**
 * Every piece of Vietnamese UI text of the site, under dotted keys. Placeholders are written `{name}` and filled by
 * `t()`. Content text (titles, names…) comes from the CMS, never from here.
 */

export const vi = {
  'site.name': 'Cổng thông tin điện tử',
  'site.description': 'Tin tức, sự kiện và hoạt động của cấp ủy, chính quyền địa phương.',
  'site.skipLink': 'Bỏ qua, đến nội dung chính',
  'site.footerNote': 'Ghi rõ nguồn khi phát hành lại thông tin từ cổng thông tin này.',

  'nav.label': 'Chuyên mục chính',
  'nav.home': 'Trang chủ',
  'nav.news': 'Tin tức',

  'breadcrumbs.label': 'Đường dẫn',

  'home.title': 'Trang chủ',
  'home.hot': 'Tin nóng',
  'home.featured': 'Tin tiêu điểm',
  'home.latest': 'Tin mới nhất',
  'home.seeAll': 'Xem tất cả tin {category}',

  'news.title': 'Tin tức',
  'news.description': 'Tất cả tin bài, mới nhất trước.',
  'news.empty': 'Chưa có tin bài nào.',

  'category.title': 'Chuyên mục {name}',
  'category.empty': 'Chuyên mục này chưa có tin bài.',

  'pagination.label': 'Phân trang',
  'pagination.previous': 'Trang trước',
  'pagination.next': 'Trang sau',
  'pagination.status': 'Trang {page} / {total}',
  'pagination.titleSuffix': '(trang {page})',

  'article.publishedAt': 'Ngày đăng',
  'article.category': 'Chuyên mục',
  'article.author': 'Tác giả',
  'article.photoCredit': 'Ảnh',
  'article.contributingUnit': 'Đơn vị thực hiện',
  'article.source': 'Nguồn',

  'notFound.title': 'Không tìm thấy trang',
  'notFound.body': 'Trang bạn tìm không tồn tại hoặc đã được chuyển đi.',
  'notFound.home': 'Về trang chủ',
} as const;

export type MessageKey = keyof typeof vi;

/** The text of `key`, with `{name}` placeholders replaced from `params`. */
export function t(key: MessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  return vi[key].replace(/\{(\w+)\}/g, (_placeholder, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Missing parameter "${name}" for message "${key}"`);
    return String(value);
  });
}
