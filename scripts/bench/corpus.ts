/**
 * Synthetic corpus for benchmarks: N news articles with realistic Vietnamese
 * text, deterministic for a given seed, so two runs build the same site.
 * Vocabulary written for this project; no text comes from real portals.
 */
import { slugify } from '@portal/shared-types';

const SUBJECTS = [
  'Ban Thường vụ Huyện ủy', 'Ủy ban nhân dân huyện', 'Hội đồng nhân dân xã', 'Đảng ủy Cơ quan chính quyền',
  'Mặt trận Tổ quốc huyện', 'Huyện đoàn', 'Hội Liên hiệp Phụ nữ', 'Hội Nông dân', 'Ban Chỉ huy Quân sự',
  'Công an huyện', 'Trung tâm Văn hóa - Thể thao', 'Phòng Giáo dục và Đào tạo',
];
const ACTIONS = [
  'tổ chức hội nghị sơ kết', 'triển khai kế hoạch', 'kiểm tra công tác', 'tổng kết phong trào', 'phát động thi đua',
  'giám sát việc thực hiện', 'đối thoại với nhân dân về', 'khánh thành công trình', 'trao quyết định về',
  'quán triệt nghị quyết về',
];
const TOPICS = [
  'xây dựng nông thôn mới', 'chuyển đổi số', 'cải cách hành chính', 'giảm nghèo bền vững', 'phòng, chống thiên tai',
  'phát triển đảng viên', 'an toàn giao thông', 'bảo vệ môi trường', 'học tập và làm theo Bác', 'tuyển quân',
  'trồng rừng gỗ lớn', 'giải ngân vốn đầu tư công', 'thu ngân sách', 'xây dựng trường chuẩn quốc gia',
];
const PLACES = ['Bình Sơn', 'Ba Chẽ', 'Phú Riềng', 'Bình Thanh', 'Bình Chánh', 'Đồn Đạc', 'Thanh Lâm', 'Long Hưng'];
const SENTENCE_PARTS = [
  'Hội nghị đã đánh giá kết quả đạt được trong thời gian qua và chỉ ra những hạn chế cần khắc phục',
  'Các đại biểu tập trung thảo luận, đề xuất nhiều giải pháp thiết thực, phù hợp với điều kiện địa phương',
  'Lãnh đạo huyện yêu cầu các cơ quan, đơn vị bám sát kế hoạch, phân công rõ người, rõ việc, rõ thời gian',
  'Nhiều mô hình hay, cách làm sáng tạo đã được nhân rộng, tạo sức lan tỏa trong cộng đồng',
  'Công tác tuyên truyền được đẩy mạnh, góp phần nâng cao nhận thức của cán bộ, đảng viên và nhân dân',
  'Kết quả thực hiện các chỉ tiêu chủ yếu đều đạt và vượt so với kế hoạch đề ra',
  'Địa phương tiếp tục huy động các nguồn lực để đầu tư hạ tầng giao thông, thủy lợi và trường học',
  'Đời sống vật chất và tinh thần của người dân từng bước được cải thiện rõ rệt',
];

/** Small deterministic PRNG (mulberry32): same seed, same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticArticle {
  title: string;
  slug: string;
  summary: string;
  date: string;
  categorySlug: string;
  paragraphs: string[];
}

export function generateArticles(count: number, categorySlugs: string[], seed = 2024): SyntheticArticle[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const start = Date.UTC(2019, 0, 1);
  const span = Date.UTC(2025, 5, 30) - start;
  return Array.from({ length: count }, (_, index) => {
    const title = `${pick(SUBJECTS)} ${pick(PLACES)} ${pick(ACTIONS)} ${pick(TOPICS)}`;
    const paragraphs = Array.from({ length: 4 + Math.floor(next() * 4) }, () =>
      `${pick(SENTENCE_PARTS)}; ${pick(SENTENCE_PARTS).toLowerCase()}.`,
    );
    return {
      title: `${title} (${index + 1})`,
      slug: `${slugify(title)}-${index + 1}`,
      summary: `${pick(SENTENCE_PARTS)}.`,
      date: new Date(start + Math.floor(next() * span)).toISOString(),
      categorySlug: pick(categorySlugs),
      paragraphs,
    };
  });
}

/** The same article as a Markdown file with front matter, for the plain Astro and Hugo baselines. */
export function toMarkdown(article: SyntheticArticle): string {
  const quote = (text: string) => JSON.stringify(text);
  return [
    '---',
    `title: ${quote(article.title)}`,
    `date: ${article.date}`,
    `summary: ${quote(article.summary)}`,
    `category: ${quote(article.categorySlug)}`,
    '---',
    '',
    ...article.paragraphs.flatMap((paragraph) => [paragraph, '']),
  ].join('\n');
}
