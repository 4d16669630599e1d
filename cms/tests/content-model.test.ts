import {
  articleSchema,
  categorySchema,
  congressSchema,
  documentSchema,
  indicatorSchema,
  kpiReportSchema,
  organisationSchema,
  pageSchema,
  personSchema,
  scheduleSchema,
  siteSettingsSchema,
  slugify,
  strapiListResponse,
  strapiSingleResponse,
  tagSchema,
} from '@portal/shared-types';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  deleteCreatedEntries,
  ensureSiteSettings,
  mustCreate,
  publishEntry,
  strapiQuery,
  uniqueMarker,
  uploadImage,
  validData,
} from './helpers/content-manager.ts';
import { request } from './helpers/http.ts';

/**
 * The content model as the site receives it: entries of every type, linked to each other and published through the
 * admin, read back through the public REST API with an explicit populate and parsed with the shared zod schemas.
 */
const cms = inject('cms');
const marker = uniqueMarker();
const ids: Record<string, string> = {};
let removeSiteSettings = async () => {};

const media = { fields: ['url', 'alternativeText', 'caption', 'width', 'height', 'mime', 'size', 'name', 'formats'] };
const SECTIONS_POPULATE = {
  on: {
    'sections.rich-text': true,
    'sections.quote': true,
    'sections.image': { populate: { image: media } },
    'sections.table': true,
    'sections.gallery': { populate: { images: media } },
    'sections.document-card': { populate: { document: true } },
    'sections.kpi-chart': { populate: { indicator: true } },
  },
};

/** A zod schema, seen from the outside: what it parses to. */
interface Parser<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: unknown[] } };
}

/** Reads one published entry through the public API with the site token and parses it with the shared schema. */
async function publishedAs<T>(plural: string, documentId: string, schema: Parser<T>, populate: Record<string, unknown>): Promise<T> {
  const query = strapiQuery({ populate });
  const { status, body } = await request(`${cms.url}/api/${plural}/${documentId}?${query}`, { token: cms.token });
  expect(status, JSON.stringify(body)).toBe(200);
  expect(Object.keys(body).sort()).toEqual(['data', 'meta']);
  const parsed = schema.safeParse(body.data);
  if (!parsed.success) expect(parsed.error.issues).toEqual([]);
  return (parsed as { data: T }).data;
}

async function createPublished(uid: string, data: Record<string, unknown>): Promise<string> {
  const entry = await mustCreate(cms, uid, data);
  await publishEntry(cms, uid, entry.documentId);
  return entry.documentId;
}

beforeAll(async () => {
  const { text, number } = marker;
  const cover = await uploadImage(cms, 'Quang cảnh hội nghị');
  const photo = await uploadImage(cms, 'Chân dung');

  ids.category = (await mustCreate(cms, 'api::category.category', validData('api::category.category', marker))).documentId;
  ids.tag = (await mustCreate(cms, 'api::tag.tag', { name: `Đại hội Đảng ${text}` })).documentId;
  ids.province = (await mustCreate(cms, 'api::organisation.organisation', { name: `Tỉnh ủy Quảng Ngãi ${text}`, code: 'TU', kind: 'party-committee', level: 'province' })).documentId;
  ids.district = (
    await mustCreate(cms, 'api::organisation.organisation', {
      name: `Đảng bộ huyện Bình Sơn ${text}`,
      code: 'HU',
      kind: 'party-committee',
      level: 'district',
      activeUntil: '2025-06-30',
      parent: ids.province,
      mergedInto: ids.province,
    })
  ).documentId;
  ids.person = (
    await mustCreate(cms, 'api::person.person', {
      fullName: `Nguyễn Minh Đức ${text}`,
      photo: photo.id,
      positions: [{ title: 'Bí thư Huyện ủy', organisation: ids.district, from: '2020-08-01', until: '2025-06-30' }],
    })
  ).documentId;
  ids.indicator = (await mustCreate(cms, 'api::indicator.indicator', { ...validData('api::indicator.indicator', marker), organisation: ids.district })).documentId;

  ids.conclusion = await createPublished('api::legal-document.legal-document', {
    rawNumber: `${number}-KL/TU`,
    subject: `Kết luận xếp loại Đảng bộ ${text}`,
    term: '2020-2025',
    issuedDate: '2021-03-25',
    effectiveDate: '2021-03-25',
    issuerName: 'Ban Thường vụ Tỉnh ủy Quảng Ngãi',
    signingCapacity: 'on-behalf-of',
    areas: ['Xây dựng Đảng'],
    issuingOrganisation: ids.province,
  });
  ids.congress = await createPublished('api::congress.congress', {
    ...validData('api::congress.congress', marker),
    cover: cover.id,
    organisation: ids.district,
    secretary: ids.person,
    executiveCommitteeMembers: [ids.person],
    termTargets: [{ indicator: ids.indicator, target: 18, targetText: '18/21 xã đạt chuẩn nông thôn mới' }],
  });
  ids.guidance = await createPublished('api::legal-document.legal-document', {
    rawNumber: `${number}-HD/HU`,
    subject: `Hướng dẫn thực hiện kết luận ${text}`,
    term: '2020-2025',
    issuedDate: '2021-04-01',
    congress: ids.congress,
    relations: [
      { kind: 'guides', target: ids.conclusion },
      { kind: 'based-on', targetNumber: `Số: ${number} - KL/TU`, note: 'Mục 2' },
    ],
  });
  // A draft pointing at the conclusion: must never show up as an inverse relation.
  ids.draftRepeal = (
    await mustCreate(cms, 'api::legal-document.legal-document', {
      rawNumber: `${number}-QĐ/HU`,
      subject: `Dự thảo bãi bỏ ${text}`,
      term: '2020-2025',
      relations: [{ kind: 'repeals', target: ids.conclusion }],
    })
  ).documentId;

  ids.article = await createPublished('api::article.article', {
    title: `Đảng bộ huyện Bình Sơn tổng kết năm ${text}`,
    date: '2021-04-28T10:20:00.000Z',
    cover: cover.id,
    coverCaption: 'Ảnh minh họa',
    category: ids.category,
    tags: [ids.tag],
    organisation: ids.district,
    relatedDocuments: [ids.conclusion],
    seo: { metaTitle: 'Tổng kết năm', metaDescription: 'Đảng bộ huyện Bình Sơn tổng kết năm 2020.' },
    sections: [
      { __component: 'sections.rich-text', body: [{ type: 'paragraph', children: [{ type: 'text', text: `Theo Kết luận số ${number}-KL/TU…` }] }] },
      { __component: 'sections.quote', quote: 'Đoàn kết, đổi mới.', attribution: null },
      { __component: 'sections.image', image: cover.id, caption: 'Quang cảnh' },
      { __component: 'sections.table', caption: 'Kết quả', rows: [['Chỉ tiêu', 'Kết quả'], ['Ngô', '89,4%']] },
      { __component: 'sections.gallery', images: [cover.id, photo.id], caption: null },
      { __component: 'sections.document-card', document: ids.conclusion },
      { __component: 'sections.kpi-chart', indicator: ids.indicator, title: null },
    ],
  });
  ids.parentPage = await createPublished('api::page.page', { title: `Giới thiệu ${text}` });
  ids.page = await createPublished('api::page.page', {
    title: `Lịch sử Đảng bộ ${text}`,
    parent: ids.parentPage,
    menuOrder: 2,
    sections: [{ __component: 'sections.quote', quote: 'Truyền thống vẻ vang.', attribution: 'Ban Tuyên giáo' }],
  });
  ids.report = await createPublished('api::kpi-report.kpi-report', {
    ...validData('api::kpi-report.kpi-report', marker),
    organisation: ids.district,
    sourceDocument: ids.conclusion,
    values: [{ indicator: ids.indicator, plan: 13401, actual: 13999.5, previous: 13000, estimate: false }],
  });
  ids.schedule = await createPublished('api::schedule.schedule', {
    ...validData('api::schedule.schedule', marker),
    organisation: ids.district,
    entries: [{ day: '2020-07-13', time: '07:30', content: 'Họp Ban Thường vụ', chair: 'Bí thư', location: 'Hội trường' }],
  });
  removeSiteSettings = await ensureSiteSettings(cms, {
    ownerOrganisation: ids.district,
    linkedWebsites: [{ label: 'Cổng thông tin tỉnh Quảng Ngãi', url: 'https://quangngai.gov.vn' }],
    homeSections: [{ kind: 'latest-by-category', category: ids.category, limit: 5 }],
  });
});

afterAll(async () => {
  await deleteCreatedEntries();
  await removeSiteSettings();
});

describe('the public API serves every type in the shared contract', () => {
  it('articles, with every section component, tags, organisation, related documents and SEO', async () => {
    const article = await publishedAs('articles', ids.article!, articleSchema, {
      cover: media,
      category: true,
      tags: true,
      organisation: true,
      relatedDocuments: true,
      seo: { populate: { shareImage: media } },
      sections: SECTIONS_POPULATE,
    });
    expect(article.slug).toBe(slugify(`Đảng bộ huyện Bình Sơn tổng kết năm ${marker.text}`));
    expect(article.slug).toMatch(/^dang-bo-huyen-binh-son-tong-ket-nam-/);
    expect(article.sections.map((section) => section.__component)).toEqual([
      'sections.rich-text',
      'sections.quote',
      'sections.image',
      'sections.table',
      'sections.gallery',
      'sections.document-card',
      'sections.kpi-chart',
    ]);
    expect(article.cover?.alternativeText).toBe('Quang cảnh hội nghị');
    expect(article.relatedDocuments?.map((document) => document.documentId)).toEqual([ids.conclusion]);
    expect(article.tags?.map((tag) => tag.slug)).toEqual([slugify(`Đại hội Đảng ${marker.text}`)]);
  });

  it('documents, with derived number parts and both directions of every relation', async () => {
    const conclusion = await publishedAs('legal-documents', ids.conclusion!, documentSchema, {
      files: media,
      relations: { populate: { target: true } },
      issuingOrganisation: true,
      congress: true,
      articles: true,
    });
    expect(conclusion).toMatchObject({ normalizedNumber: `${marker.number}-KL/TU`, typeName: 'Kết luận', issuerCode: 'TU' });
    expect(conclusion.articles?.map((article) => article.documentId)).toEqual([ids.article]);
    expect(conclusion.referencedBy?.map(({ kind, source }) => [kind, source.documentId])).toEqual([
      ['guides', ids.guidance],
      ['based-on', ids.guidance],
    ]);

    const guidance = await publishedAs('legal-documents', ids.guidance!, documentSchema, {
      files: media,
      relations: { populate: { target: true } },
      congress: true,
    });
    expect(guidance.relations.map((relation) => [relation.kind, relation.target?.documentId ?? null, relation.targetNumber])).toEqual([
      ['guides', ids.conclusion, null],
      ['based-on', null, `${marker.number}-KL/TU`],
    ]);
    expect(guidance.congress?.documentId).toBe(ids.congress);
    expect(guidance.referencedBy).toEqual([]);
  });

  it('congresses, with term targets, elected people and their documents', async () => {
    const congress = await publishedAs('congresses', ids.congress!, congressSchema, {
      cover: media,
      termTargets: { populate: { indicator: true } },
      organisation: true,
      secretary: true,
      executiveCommitteeMembers: true,
      documents: true,
    });
    expect(congress.documents?.map((document) => document.documentId)).toEqual([ids.guidance]);
    expect(congress.termTargets[0]).toMatchObject({ target: 18, targetText: '18/21 xã đạt chuẩn nông thôn mới' });
    expect(congress.secretary?.documentId).toBe(ids.person);
  });

  it('KPI reports, with the derived values exposed', async () => {
    const report = await publishedAs('kpi-reports', ids.report!, kpiReportSchema, {
      values: { populate: { indicator: true } },
      organisation: true,
      sourceDocument: true,
    });
    // Rice 2020: 13.999,5 of 13.401 ha planned = 104,47%.
    expect(report.values[0]).toMatchObject({ percentOfPlan: 104.47, changeOnPrevious: 7.69, status: 'exceeded' });
    expect(report).toMatchObject({ metOrExceeded: 1, totalAssessed: 1, summaryLabel: 'đạt và vượt 1/1 chỉ tiêu' });
  });

  it('schedules, with the week’s dates', async () => {
    const schedule = await publishedAs('schedules', ids.schedule!, scheduleSchema, { entries: true, attachment: media, organisation: true });
    expect(schedule).toMatchObject({ isoYear: 2020, isoWeek: 29, startDate: '2020-07-13', endDate: '2020-07-19' });
    expect(schedule.entries[0]).toMatchObject({ day: '2020-07-13', time: '07:30' });
  });

  it('organisations with their history, people with positions, indicators, tags, categories and pages', async () => {
    const district = await publishedAs('organisations', ids.district!, organisationSchema, { parent: true, mergedInto: true });
    expect(district).toMatchObject({ level: 'district', activeUntil: '2025-06-30' });
    expect(district.mergedInto?.documentId).toBe(ids.province);
    const person = await publishedAs('people', ids.person!, personSchema, { photo: media, positions: { populate: { organisation: true } } });
    expect(person.positions[0]?.organisation?.documentId).toBe(ids.district);
    await publishedAs('indicators', ids.indicator!, indicatorSchema, { organisation: true });
    await publishedAs('tags', ids.tag!, tagSchema, {});
    await publishedAs('categories', ids.category!, categorySchema, { parent: true });
    const page = await publishedAs('pages', ids.page!, pageSchema, { sections: SECTIONS_POPULATE, seo: true, parent: true });
    expect(page.parent?.documentId).toBe(ids.parentPage);
  });

  it('site settings', async () => {
    const query = strapiQuery({ populate: { logo: media, linkedWebsites: true, socialLinks: true, homeSections: { populate: { category: true } }, ownerOrganisation: true } });
    const { status, body } = await request(`${cms.url}/api/site-setting?${query}`, { token: cms.token });
    expect(status).toBe(200);
    expect(strapiSingleResponse(siteSettingsSchema).safeParse(body).error?.issues ?? []).toEqual([]);
  });

  it('lists every published document, each valid against the shared schema', async () => {
    const query = strapiQuery({ populate: { files: media, relations: { populate: { target: true } } }, pagination: { pageSize: 100 } });
    const { status, body } = await request(`${cms.url}/api/legal-documents?${query}`, { token: cms.token });
    expect(status).toBe(200);
    expect(strapiListResponse(documentSchema).safeParse(body).error?.issues ?? []).toEqual([]);
    const numbers = body.data.map((document: { normalizedNumber: string }) => document.normalizedNumber);
    expect(numbers).not.toContain(`${marker.number}-QĐ/HU`);
  });
});
