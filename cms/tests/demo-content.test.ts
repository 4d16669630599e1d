import {
  computeIndicatorResult,
  documentNumberKey,
  isoWeekOf,
  isValidIsoWeek,
  parseDocumentNumber,
  slugify,
  summarizeReport,
} from '@portal/shared-types';
import sharp from 'sharp';
import { describe, expect, inject, it } from 'vitest';
import * as demo from '../src/seed/demo-content.ts';
import {
  currentWeekSchedule,
  demoArticles,
  demoCategories,
  demoCongresses,
  demoDocuments,
  demoIndicators,
  demoOrganisations,
  demoPeople,
  demoReports,
  demoSchedules,
  demoTags,
  type DemoKpiReport,
} from '../src/seed/demo-content.ts';
import { ILLUSTRATION_HEIGHT, ILLUSTRATION_WIDTH, renderIllustration, wrapLabel } from '../src/seed/illustrations.ts';
import { dependencyOrder, truncate } from '../src/seed/seed-demo-content.ts';
import { request } from './helpers/http.ts';

const cms = inject('cms');
const published = demoArticles.filter((article) => !article.draft);
const indicatorByCode = new Map(demoIndicators.map((indicator) => [indicator.code, indicator]));

function reportOf(slug: string): DemoKpiReport {
  const report = demoReports.find((candidate) => candidate.slug === slug);
  if (!report) throw new Error(`no demo report ${slug}`);
  return report;
}

/** Derives a report's results the way the CMS does, from the demo data alone. */
function resultsOf(report: DemoKpiReport) {
  return report.values
    .filter((value) => value.plan !== null && value.actual !== null)
    .map((value) => ({
      code: value.indicator,
      ...computeIndicatorResult({
        plan: value.plan!,
        actual: value.actual!,
        previous: value.previous,
        direction: indicatorByCode.get(value.indicator)!.direction,
      }),
    }));
}

/** Every string anywhere in a value. */
function stringsIn(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringsIn(item, `${path}[${index}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => stringsIn(item, path === '' ? key : `${path}.${key}`));
  }
  return [];
}

async function publicGet(path: string) {
  const response = await request(`${cms.url}${path}`, { token: cms.token });
  expect(response.status, path).toBe(200);
  return response.body;
}

describe('the demo data', () => {
  it('has at least 20 published articles across the 5 categories, one deliberate draft', () => {
    expect(published.length).toBeGreaterThanOrEqual(20);
    expect(demoArticles.filter((article) => article.draft)).toHaveLength(1);
    for (const category of demoCategories) {
      expect(published.filter((article) => article.category === category.slug).length, category.slug).toBeGreaterThanOrEqual(3);
    }
    expect(new Set(demoArticles.map((article) => article.slug)).size).toBe(demoArticles.length);
    for (const article of demoArticles) expect(article.slug).toBe(slugify(article.slug));
  });

  it('gives every article a cover with alt text and a caption, and some articles tables, quotes and images', () => {
    for (const article of demoArticles) {
      expect(article.cover.alt.length, article.slug).toBeGreaterThanOrEqual(20);
      expect(article.cover.caption, article.slug).toBeTruthy();
    }
    const kinds = new Set(demoArticles.flatMap((article) => (article.sections ?? []).map((section) => section.kind)));
    expect([...kinds].sort()).toEqual(['document', 'image', 'kpi-chart', 'quote', 'table', 'text']);
    expect(published.filter((article) => article.featured).length).toBeGreaterThanOrEqual(3);
    expect(published.filter((article) => article.hot).length).toBeGreaterThanOrEqual(3);
  });

  it('keeps the opening paragraph free of characters the site escapes and of document numbers', () => {
    // Tests find this paragraph verbatim in the built HTML; quotes and numbers that get auto-linked would break that.
    for (const article of demoArticles) {
      expect(article.paragraphs[0], article.slug).not.toMatch(/["'&<>]/);
      expect(article.paragraphs[0]!.match(/\d+-[A-ZĐ]+\/[A-ZĐ]+/), article.slug).toBeNull();
    }
  });

  it('contains no placeholder text and writes Vietnamese with its diacritics', () => {
    const everything = stringsIn(demo);
    expect(everything.length).toBeGreaterThan(500);
    const placeholder = /lorem|ipsum|\btodo\b|\bfixme\b|\btbd\b|xxx|placeholder|nguyễn văn a\b|\?\?|undefined|null|\[object/i;
    for (const [path, text] of everything) {
      expect(text, path).not.toMatch(placeholder);
      expect(text, path).toBe(text.trim());
      expect(text, path).toBe(text.normalize('NFC'));
    }
    for (const article of demoArticles) expect(article.title, article.slug).toMatch(/[^\x00-\x7F]/);
  });

  it('numbers every document so that it parses and is unique by issuer, term or year, type and number', () => {
    const keys = demoDocuments.map((document) => {
      const parsed = parseDocumentNumber(document.rawNumber);
      expect(parsed.ok, document.rawNumber).toBe(true);
      if (!parsed.ok) return '';
      const period = parsed.value.system === 'party' ? document.term : document.issuedDate?.slice(0, 4);
      expect(period, document.slug).toBeTruthy();
      return documentNumberKey(parsed.value, period!);
    });
    expect(new Set(keys).size).toBe(keys.length);
    const slugs = new Set(demoDocuments.map((document) => document.slug));
    for (const document of demoDocuments) {
      for (const relation of document.relations ?? []) {
        if (relation.target !== undefined) expect(slugs.has(relation.target), `${document.slug} → ${relation.target}`).toBe(true);
        if (relation.targetNumber !== undefined) expect(parseDocumentNumber(relation.targetNumber).ok).toBe(true);
      }
    }
    const draftForComment = demoDocuments.filter((document) => document.validity === 'draft-for-comment');
    expect(draftForComment.length).toBeGreaterThanOrEqual(1);
    for (const document of draftForComment) expect(document.commentOpensAt! < document.commentClosesAt!).toBe(true);
  });

  it('refers only to organisations, people, tags, indicators and documents that it seeds', () => {
    const organisations = new Set(demoOrganisations.map((organisation) => organisation.slug));
    const people = new Set(demoPeople.map((person) => person.slug));
    const tags = new Set(demoTags.map((tag) => tag.slug));
    const documents = new Set(demoDocuments.map((document) => document.slug));
    for (const organisation of demoOrganisations) {
      for (const ref of [organisation.parent, organisation.mergedInto]) if (ref) expect(organisations.has(ref), ref).toBe(true);
    }
    for (const article of demoArticles) {
      for (const tag of article.tags ?? []) expect(tags.has(tag), tag).toBe(true);
      for (const document of article.relatedDocuments ?? []) expect(documents.has(document), document).toBe(true);
      if (article.organisation) expect(organisations.has(article.organisation), article.organisation).toBe(true);
    }
    for (const congress of demoCongresses) {
      expect(organisations.has(congress.organisation)).toBe(true);
      if (congress.secretary) expect(people.has(congress.secretary)).toBe(true);
      for (const target of congress.termTargets) if (target.indicator) expect(indicatorByCode.has(target.indicator)).toBe(true);
    }
    for (const report of demoReports) {
      for (const value of report.values) expect(indicatorByCode.has(value.indicator), value.indicator).toBe(true);
    }
  });

  it('reproduces the published KPI figures from plan and actual', () => {
    const binhSon = resultsOf(reportOf('binh-son-ket-qua-chi-tieu-kinh-te-xa-hoi-nam-2020'));
    expect(summarizeReport(binhSon).label).toBe('đạt và vượt 10/16 chỉ tiêu');
    expect(binhSon.find((result) => result.code === 'BS-GTSX')).toMatchObject({ percentOfPlan: 99.65, changeOnPrevious: 9.47 });
    expect(binhSon.find((result) => result.code === 'BS-THUNS-HUYEN')?.percentOfPlan).toBe(52.55);
    expect(binhSon.find((result) => result.code === 'BS-THUNS-TINH')?.percentOfPlan).toBe(53.35);

    const baChe = resultsOf(reportOf('ba-che-ket-qua-chi-tieu-9-thang-nam-2020'));
    expect(baChe.find((result) => result.code === 'BC-THUNS-HUYEN')).toMatchObject({ percentOfPlan: 84.3, changeOnPrevious: 47 });
    expect(baChe.find((result) => result.code === 'BC-THUNS-TINH')?.percentOfPlan).toBe(88.6);
    expect(baChe.find((result) => result.code === 'BC-THOAT-NGHEO')?.percentOfPlan).toBe(68.18);
    // Lower is better: 1,29% against a goal of 1% is not met.
    expect(baChe.find((result) => result.code === 'BC-HO-NGHEO')).toMatchObject({ percentOfPlan: 77.52, status: 'not-met' });

    const agency = resultsOf(reportOf('dang-bo-co-quan-chinh-quyen-huyen-ket-qua-nam-2020'));
    const percent = (code: string) => agency.find((result) => result.code === code)?.percentOfPlan;
    expect(percent('CQ-DT-GIEO-TRONG')).toBe(101.7);
    expect(percent('CQ-DT-LUONG-THUC')).toBe(102.1);
    expect(percent('CQ-SL-LUONG-THUC')).toBe(100.77);
    expect(percent('CQ-SL-LUA')).toBe(105.1);
    expect(percent('CQ-SL-NGO')).toBe(89.4);
    expect(percent('CQ-KET-NAP')).toBe(120);
    expect(demoReports.reduce((sum, report) => sum + report.values.length, 0)).toBeGreaterThanOrEqual(30);
  });

  it('schedules real ISO weeks, including the current one', () => {
    for (const schedule of demoSchedules) {
      expect(isValidIsoWeek(schedule.isoYear, schedule.isoWeek)).toBe(true);
      for (const entry of schedule.entries) expect(entry.weekday).toBeGreaterThanOrEqual(0);
    }
    const now = new Date('2026-01-01T02:00:00Z');
    expect(currentWeekSchedule(now)).toMatchObject({ isoYear: 2026, isoWeek: 1 });
    expect(currentWeekSchedule(new Date('2027-01-01T12:00:00Z'))).toMatchObject({ isoYear: 2026, isoWeek: 53 });
  });

  it('draws small illustrations of the expected size', async () => {
    const buffer = await renderIllustration(demoArticles[0]!.cover);
    const metadata = await sharp(buffer).metadata();
    expect([metadata.format, metadata.width, metadata.height]).toEqual(['jpeg', ILLUSTRATION_WIDTH, ILLUSTRATION_HEIGHT]);
    expect(buffer.length).toBeLessThan(80 * 1024);
  });
});

describe('the seed helpers', () => {
  it('orders entries after what they refer to and refuses a cycle', () => {
    const items = [
      { slug: 'c', refs: ['b'] },
      { slug: 'a', refs: [] },
      { slug: 'b', refs: ['a', 'outside-the-list'] },
    ];
    expect(dependencyOrder(items, (item) => item.refs).map((item) => item.slug)).toEqual(['a', 'b', 'c']);
    expect(() => dependencyOrder([{ slug: 'x', refs: ['y'] }, { slug: 'y', refs: ['x'] }], (item) => item.refs)).toThrow(/circular/);
    const documents = dependencyOrder(demoDocuments, (document) => (document.relations ?? []).map((relation) => relation.target));
    const position = (slug: string) => documents.findIndex((document) => document.slug === slug);
    expect(position('999-qd-tu')).toBeLessThan(position('1211-qd-hu'));
  });

  it('shortens SEO text at a word boundary and wraps picture labels on two lines at most', () => {
    expect(truncate('Ngắn gọn', 70)).toBe('Ngắn gọn');
    const title = demoArticles.find((article) => article.title.length > 70)!.title;
    const short = truncate(title, 70);
    expect(short.length).toBeLessThanOrEqual(70);
    expect(short.endsWith('…')).toBe(true);
    expect(title.startsWith(short.slice(0, -1))).toBe(true);
    expect(title[short.length - 1]).toBe(' ');
    for (const article of demoArticles) expect(wrapLabel(article.cover.label).join(' '), article.slug).toBe(article.cover.label);
  });
});

describe('the seeded demo content through the public API', () => {
  it('derives the KPI summary and percentages on the server', async () => {
    const populate = 'populate[values][populate][indicator]=true&populate[sourceDocument]=true&populate[organisation]=true';
    const { data } = await publicGet(`/api/kpi-reports?${populate}&pagination[pageSize]=100`);
    const bySlug = new Map<string, any>(data.map((report: { slug: string }) => [report.slug, report]));
    expect(bySlug.size).toBe(demoReports.length);

    const binhSon = bySlug.get('binh-son-ket-qua-chi-tieu-kinh-te-xa-hoi-nam-2020');
    expect(binhSon).toMatchObject({ summaryLabel: 'đạt và vượt 10/16 chỉ tiêu', metOrExceeded: 10, totalAssessed: 16, grading: 'excellent' });
    expect(binhSon.sourceDocument.normalizedNumber).toBe('215-KL/TU');
    const valueOf = (report: any, code: string) => report.values.find((value: any) => value.indicator?.code === code);
    expect(valueOf(binhSon, 'BS-GTSX')).toMatchObject({ percentOfPlan: 99.65, changeOnPrevious: 9.47, status: 'not-met' });

    const agency = bySlug.get('dang-bo-co-quan-chinh-quyen-huyen-ket-qua-nam-2020');
    expect(valueOf(agency, 'CQ-SL-NGO')).toMatchObject({ percentOfPlan: 89.4, status: 'not-met' });
    expect(valueOf(agency, 'CQ-DT-LUA')).toMatchObject({ plan: 13401, actual: 13999.5, status: 'exceeded' });

    const baChe = bySlug.get('ba-che-ket-qua-chi-tieu-9-thang-nam-2020');
    expect(valueOf(baChe, 'BC-HO-NGHEO')).toMatchObject({ percentOfPlan: 77.52, status: 'not-met' });
    expect(baChe.summaryLabel).toBe('đạt và vượt 3/8 chỉ tiêu');

    const phuRieng = bySlug.get('phu-rieng-ket-qua-nhiem-ky-2015-2020');
    expect(phuRieng).toMatchObject({ period: 'term', termStartYear: 2015, totalAssessed: 0 });
    // No plan: nothing to assess against, so no status (and the CMS leaves the change on the term start empty too).
    expect(valueOf(phuRieng, 'PR-DANG-VIEN')).toMatchObject({ actual: 2422, previous: 1590, status: null });
  });

  it('stores documents with their parsed numbers and relations, and keeps the draft document private', async () => {
    const populate = 'populate[relations][populate][target]=true&populate[issuingOrganisation]=true&populate[congress]=true';
    const { data } = await publicGet(`/api/legal-documents?${populate}&pagination[pageSize]=100`);
    const byNumber = new Map<string, any>(data.map((document: { normalizedNumber: string }) => [document.normalizedNumber, document]));
    expect(data).toHaveLength(demoDocuments.filter((document) => !document.draft).length);

    const phuRieng = byNumber.get('1211-QĐ/HU');
    expect(phuRieng).toMatchObject({ system: 'party', typeCode: 'QĐ', issuerCode: 'HU', term: '2015-2020', issuedDate: '2018-05-24' });
    expect(phuRieng.issuingOrganisation.name).toBe('Huyện ủy Phú Riềng');
    expect(phuRieng.relations.map((relation: any) => [relation.kind, relation.target?.normalizedNumber])).toContainEqual([
      'based-on',
      '999-QĐ/TU',
    ]);
    expect(byNumber.get('867/NQ-UBTVQH14')).toMatchObject({ system: 'state', issuerCode: 'UBTVQH14', issuedDate: '2020-01-10' });
    expect(byNumber.get('215-KL/TU')).toMatchObject({ typeName: 'Kết luận', issuerName: 'Ban Thường vụ Tỉnh ủy Quảng Ngãi' });

    const consultation = data.find((document: any) => document.validity === 'draft-for-comment');
    expect(consultation.commentOpensAt < consultation.commentClosesAt).toBe(true);
    expect(consultation.congress.ordinal).toBe(27);

    for (const draft of demoDocuments.filter((document) => document.draft)) {
      const { data: found } = await publicGet(`/api/legal-documents?filters[slug][$eq]=${draft.slug}`);
      expect(found, draft.slug).toEqual([]);
    }
  });

  it('gives every published article a small cover with alt text, tags and sections', async () => {
    const populate = 'populate[cover]=true&populate[tags]=true&populate[sections]=true';
    const { data } = await publicGet(`/api/articles?${populate}&pagination[pageSize]=100`);
    expect(data).toHaveLength(published.length);
    for (const article of data) {
      expect(article.cover?.alternativeText, article.slug).toBeTruthy();
      expect(article.coverCaption, article.slug).toBeTruthy();
      expect(article.cover.width).toBe(ILLUSTRATION_WIDTH);
      expect(article.cover.size, article.slug).toBeLessThan(80); // kB
      expect(article.sections.length, article.slug).toBeGreaterThanOrEqual(1);
    }
    const components = new Set(data.flatMap((article: any) => article.sections.map((section: any) => section.__component)));
    expect(components).toContain('sections.table');
    expect(components).toContain('sections.image');
  });

  it('has a schedule for this week, congresses with term targets and organisations with their history', async () => {
    const { year, week } = isoWeekOf(new Date());
    const { data: schedules } = await publicGet(`/api/schedules?filters[isoYear][$eq]=${year}&filters[isoWeek][$eq]=${week}&populate[entries]=true`);
    expect(schedules.length).toBeGreaterThanOrEqual(1);
    expect(schedules[0].entries.length).toBeGreaterThan(0);

    const { data: congresses } = await publicGet('/api/congresses?populate[termTargets][populate][indicator]=true&populate[secretary]=true');
    expect(congresses).toHaveLength(demoCongresses.length);
    const baChe = congresses.find((congress: any) => congress.ordinal === 25);
    expect(baChe).toMatchObject({ executiveCommitteeSize: 37, termStartYear: 2020, termEndYear: 2025 });
    expect(baChe.secretary.fullName).toBe('Nguyễn Minh Sơn');
    expect(baChe.termTargets.length).toBeGreaterThan(0);

    const { data: organisations } = await publicGet('/api/organisations?populate[mergedInto]=true&pagination[pageSize]=100');
    const binhSon = organisations.find((organisation: any) => organisation.slug === 'huyen-uy-binh-son');
    expect(binhSon).toMatchObject({ level: 'district', activeUntil: '2025-06-30' });
    expect(binhSon.mergedInto.name).toBe('Tỉnh ủy Quảng Ngãi');

    const { data: settings } = await publicGet('/api/site-setting?populate[linkedWebsites]=true&populate[homeSections]=true');
    expect(settings).toMatchObject({ ownerName: 'Ủy ban nhân dân huyện Bình Sơn' });
    expect(settings.editorInChiefName).toBeTruthy();
    expect(settings.linkedWebsites.length).toBeGreaterThanOrEqual(3);
  });
});
