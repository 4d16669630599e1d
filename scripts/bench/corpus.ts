/**
 * Synthetic corpus for benchmarks: N news articles with realistic Vietnamese
 * text, deterministic for a given seed, so two runs build the same site.
 * Vocabulary written for this project; no text comes from real portals.
 */
import { isoWeekRange, slugify } from '@portal/shared-types';

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
  /** documentId of the unit the article belongs to; absent: the writer's (or the platform's only) unit. */
  unit?: string;
}

/** `unit` (a documentId) puts every article in that unit, with `categorySlugs` naming that unit's categories. */
export function generateArticles(count: number, categorySlugs: string[], seed = 2024, unit?: string): SyntheticArticle[] {
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
      ...(unit === undefined ? {} : { unit }),
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

// ---------------------------------------------------------------------------------------------------------------
// Official documents, KPI reports and weekly schedules (DESIGN §6: 2,000 documents and 200 reports per 10,000
// articles). Every entry is shaped so that the CMS validation rules accept it.

/** Picks from a list with the corpus PRNG. */
function picker(next: () => number) {
  return <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const randomDay = (next: () => number, from: string, to: string) => {
  const start = Date.parse(from);
  return isoDay(start + Math.floor(next() * (Date.parse(to) - start)));
};

interface NumberFormat {
  system: 'party' | 'state';
  /** Builds the number from its sequence. */
  number: (sequence: number) => string;
  typeName: string;
  issuerName: string;
  signerTitle: string;
  signingCapacity: 'on-behalf-of' | 'signing-for' | 'by-order';
}

/*
 * Type/issuer combinations the demo seed does not use, so no generated number collides with a seeded one.
 * Party numbers restart each committee term, State numbers each calendar year (domain-facts.md).
 */
const NUMBER_FORMATS: readonly NumberFormat[] = [
  { system: 'party', number: (n) => `${n}-NQ/TU`, typeName: 'Nghị quyết', issuerName: 'Ban Chấp hành Đảng bộ tỉnh', signerTitle: 'Bí thư Tỉnh ủy', signingCapacity: 'on-behalf-of' },
  { system: 'party', number: (n) => `${n}-KL/HU`, typeName: 'Kết luận', issuerName: 'Ban Thường vụ Huyện ủy', signerTitle: 'Phó Bí thư Thường trực Huyện ủy', signingCapacity: 'on-behalf-of' },
  { system: 'party', number: (n) => `${n}-CT/HU`, typeName: 'Chỉ thị', issuerName: 'Ban Thường vụ Huyện ủy', signerTitle: 'Bí thư Huyện ủy', signingCapacity: 'on-behalf-of' },
  { system: 'party', number: (n) => `${n}-KH/TU`, typeName: 'Kế hoạch', issuerName: 'Ban Thường vụ Tỉnh ủy', signerTitle: 'Phó Bí thư Tỉnh ủy', signingCapacity: 'on-behalf-of' },
  { system: 'party', number: (n) => `${n}-TB/ĐU`, typeName: 'Thông báo', issuerName: 'Đảng ủy xã', signerTitle: 'Phó Bí thư Đảng ủy xã', signingCapacity: 'on-behalf-of' },
  { system: 'party', number: (n) => `${n}-HD/BTGHU`, typeName: 'Hướng dẫn', issuerName: 'Ban Tuyên giáo Huyện ủy', signerTitle: 'Trưởng Ban Tuyên giáo Huyện ủy', signingCapacity: 'on-behalf-of' },
  { system: 'state', number: (n) => `${n}/QĐ-UBND`, typeName: 'Quyết định', issuerName: 'Ủy ban nhân dân huyện', signerTitle: 'Phó Chủ tịch Ủy ban nhân dân huyện', signingCapacity: 'signing-for' },
  { system: 'state', number: (n) => `${n}/UBND-VP`, typeName: 'Công văn', issuerName: 'Ủy ban nhân dân huyện', signerTitle: 'Chánh Văn phòng HĐND và UBND huyện', signingCapacity: 'by-order' },
  { system: 'state', number: (n) => `${n}/KH-UBND`, typeName: 'Kế hoạch', issuerName: 'Ủy ban nhân dân huyện', signerTitle: 'Chủ tịch Ủy ban nhân dân huyện', signingCapacity: 'on-behalf-of' },
  { system: 'state', number: (n) => `${n}/NQ-HĐND`, typeName: 'Nghị quyết', issuerName: 'Hội đồng nhân dân huyện', signerTitle: 'Chủ tịch Hội đồng nhân dân huyện', signingCapacity: 'on-behalf-of' },
  { system: 'state', number: (n) => `${n}/BC-UBND`, typeName: 'Báo cáo', issuerName: 'Ủy ban nhân dân huyện', signerTitle: 'Phó Chủ tịch Ủy ban nhân dân huyện', signingCapacity: 'signing-for' },
];
const PARTY_TERMS = ['2015-2020', '2020-2025'] as const;
const STATE_YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025] as const;
const SIGNERS = [
  'Nguyễn Văn Hùng', 'Trần Thị Thu Hà', 'Lê Minh Đức', 'Phạm Quốc Khánh', 'Hoàng Thị Lan', 'Vũ Đình Thắng',
  'Đặng Văn Lực', 'Bùi Thị Ngọc Ánh', 'Đỗ Trọng Nghĩa', 'Ngô Thị Phương',
];
const DOCUMENT_AIMS = ['Về việc thực hiện', 'Về tăng cường công tác', 'Về đẩy mạnh', 'Về nâng cao hiệu quả công tác', 'Về lãnh đạo, chỉ đạo'];
const AREAS = ['Xây dựng Đảng', 'Kinh tế', 'Văn hóa – xã hội', 'Quốc phòng – an ninh', 'Cải cách hành chính', 'Nông nghiệp'];

export interface SyntheticDocument {
  rawNumber: string;
  /** What the CMS derives it to (number plus numbering period), so tests can check uniqueness. */
  slug: string;
  system: 'party' | 'state';
  typeName: string;
  /** Party committee term; null for State documents, whose numbers restart with the year of issue. */
  term: string | null;
  subject: string;
  issuerName: string;
  signer: string;
  signerTitle: string;
  signingCapacity: NumberFormat['signingCapacity'];
  issuedDate: string;
  effectiveDate: string;
  validity: 'in-force' | 'partly-in-force' | 'not-in-force';
  areas: string[];
  paragraphs: string[];
}

/**
 * Numbers come from the index, never from the PRNG: the index picks the format and the numbering period, and the
 * rest of it picks a block of three sequence numbers that no other index in the same format and period can reach.
 */
function documentNumber(index: number, jitter: number): { format: NumberFormat; period: string; number: string } {
  const format = NUMBER_FORMATS[index % NUMBER_FORMATS.length]!;
  const k = Math.floor(index / NUMBER_FORMATS.length);
  const periods: readonly (string | number)[] = format.system === 'party' ? PARTY_TERMS : STATE_YEARS;
  const period = String(periods[k % periods.length]);
  const sequence = 3 * Math.floor(k / periods.length) + 1 + jitter;
  return { format, period, number: format.number(sequence) };
}

export function generateDocuments(count: number, seed = 2024): SyntheticDocument[] {
  const next = random(seed);
  const pick = picker(next);
  return Array.from({ length: count }, (_, index) => {
    const { format, period, number } = documentNumber(index, Math.floor(next() * 3));
    const term = format.system === 'party' ? period : null;
    // Party documents fall inside their term, State documents inside the year their number restarts in.
    const [from, to] = term === null ? [`${period}-01-02`, `${period}-12-30`] : [`${term.slice(0, 4)}-11-01`, `${term.slice(5)}-09-30`];
    const issuedDate = randomDay(next, from, to);
    const topic = pick(TOPICS);
    return {
      rawNumber: number,
      slug: slugify(`${number} ${period}`),
      system: format.system,
      typeName: format.typeName,
      term,
      subject: `${pick(DOCUMENT_AIMS)} ${topic} trên địa bàn ${pick(PLACES)}`,
      issuerName: format.issuerName,
      signer: pick(SIGNERS),
      signerTitle: format.signerTitle,
      signingCapacity: format.signingCapacity,
      issuedDate,
      effectiveDate: issuedDate,
      validity: pick(['in-force', 'in-force', 'in-force', 'partly-in-force', 'not-in-force'] as const),
      areas: [pick(AREAS)],
      paragraphs: Array.from({ length: 2 + Math.floor(next() * 3) }, () => `${pick(SENTENCE_PARTS)}.`),
    };
  });
}

type ReportPeriod = { period: 'quarter'; quarter: 1 | 2 | 3 | 4 } | { period: 'six-months' | 'nine-months' | 'year' };
const REPORT_PERIODS: readonly ReportPeriod[] = [
  { period: 'quarter', quarter: 1 }, { period: 'six-months' }, { period: 'quarter', quarter: 3 },
  { period: 'nine-months' }, { period: 'quarter', quarter: 4 }, { period: 'year' }, { period: 'quarter', quarter: 2 },
];
const QUARTER_NAMES = ['', 'I', 'II', 'III', 'IV'];
const PERIOD_NAMES: Record<string, string> = { 'six-months': '6 tháng', 'nine-months': '9 tháng', year: 'cả' };
/** Day the report is dated, by period (month-day). */
const REPORT_DAY: Record<string, string> = { 1: '03-20', 2: '06-20', 3: '09-20', 4: '12-15', 'six-months': '06-25', 'nine-months': '09-25', year: '12-20' };

export interface SyntheticReportValue {
  /** Position in the CMS's indicator list; the loader maps it to a documentId (modulo the list's length). */
  indicatorIndex: number;
  plan: number;
  actual: number;
  previous: number;
  estimate: boolean;
}

export interface SyntheticReport {
  title: string;
  slug: string;
  period: ReportPeriod['period'];
  year: number;
  quarter: number | null;
  reportDate: string;
  values: SyntheticReportValue[];
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/** One report per place and period; (place, period, year) comes from the index, so titles are unique. */
export function generateReports(count: number, seed = 2024, indicatorCount = 40): SyntheticReport[] {
  const next = random(seed);
  return Array.from({ length: count }, (_, index) => {
    const place = PLACES[index % PLACES.length]!;
    const slot = Math.floor(index / PLACES.length);
    const period = REPORT_PERIODS[slot % REPORT_PERIODS.length]!;
    const year = 2025 - Math.floor(slot / REPORT_PERIODS.length);
    const quarter = period.period === 'quarter' ? period.quarter : null;
    const periodName = quarter !== null ? `quý ${QUARTER_NAMES[quarter]}` : PERIOD_NAMES[period.period];
    const title = `Báo cáo kết quả thực hiện các chỉ tiêu ${periodName} năm ${year} – ${place}`;
    // A handful of distinct indicators per report.
    const first = Math.floor(next() * indicatorCount);
    const size = Math.min(indicatorCount, 5 + Math.floor(next() * 6));
    const values = Array.from({ length: size }, (_, n) => {
      const plan = oneDecimal(40 + next() * 55);
      const actual = oneDecimal(plan * (0.88 + next() * 0.22));
      return {
        indicatorIndex: (first + n) % indicatorCount,
        plan,
        actual,
        previous: oneDecimal(actual * (0.85 + next() * 0.2)),
        estimate: period.period !== 'year' && next() < 0.3,
      };
    });
    return { title, slug: slugify(title), period: period.period, year, quarter, reportDate: `${year}-${REPORT_DAY[quarter ?? period.period]}`, values };
  });
}

const SCHEDULE_OWNERS = [
  'Ban Thường vụ Huyện ủy', 'Thường trực Huyện ủy', 'Ủy ban nhân dân huyện', 'Thường trực Hội đồng nhân dân huyện',
  'Ủy ban Mặt trận Tổ quốc huyện', 'Đảng ủy xã Bình Sơn',
];
const CHAIRS = ['Đồng chí Bí thư Huyện ủy', 'Đồng chí Phó Bí thư Thường trực Huyện ủy', 'Đồng chí Chủ tịch UBND huyện', 'Đồng chí Phó Chủ tịch UBND huyện'];
const LOCATIONS = ['Hội trường Huyện ủy', 'Phòng họp số 1 UBND huyện', 'Nhà văn hóa xã Bình Thanh', 'Trực tuyến tại điểm cầu huyện'];
const TIMES = ['07:30', '08:00', '09:00', '14:00', '15:30'];

export interface SyntheticScheduleEntry {
  day: string;
  time: string;
  content: string;
  chair: string;
  location: string;
}

export interface SyntheticSchedule {
  title: string;
  slug: string;
  isoYear: number;
  isoWeek: number;
  entries: SyntheticScheduleEntry[];
}

/** One schedule per owner and ISO week, counting back from week 52 of 2025; entries fall on that week's weekdays. */
export function generateSchedules(count: number, seed = 2024): SyntheticSchedule[] {
  const next = random(seed);
  const pick = picker(next);
  return Array.from({ length: count }, (_, index) => {
    const owner = SCHEDULE_OWNERS[index % SCHEDULE_OWNERS.length]!;
    const slot = Math.floor(index / SCHEDULE_OWNERS.length);
    const isoYear = 2025 - Math.floor(slot / 52);
    const isoWeek = 52 - (slot % 52);
    const monday = Date.parse(isoWeekRange(isoYear, isoWeek).start);
    const entries = Array.from({ length: 3 + Math.floor(next() * 4) }, () => ({
      day: isoDay(monday + Math.floor(next() * 5) * 86_400_000),
      time: pick(TIMES),
      content: `${pick(['Dự hội nghị', 'Làm việc với', 'Kiểm tra', 'Họp'])} ${pick(SUBJECTS)} về ${pick(TOPICS)}`,
      chair: pick(CHAIRS),
      location: pick(LOCATIONS),
    })).sort((a, b) => `${a.day} ${a.time}`.localeCompare(`${b.day} ${b.time}`));
    const title = `Lịch công tác tuần ${isoWeek} năm ${isoYear} của ${owner}`;
    return { title, slug: slugify(title), isoYear, isoWeek, entries };
  });
}
