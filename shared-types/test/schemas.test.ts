import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  DOCUMENT_VALIDITY_LABELS,
  SECTION_COMPONENTS,
  articleSchema,
  blocksSchema,
  blocksToPlainText,
  categorySchema,
  congressSchema,
  documentSchema,
  feedbackSchema,
  indicatorSchema,
  kpiReportSchema,
  mediaSchema,
  organisationSchema,
  pageSchema,
  personSchema,
  publicFeedbackSchema,
  scheduleSchema,
  siteSettingsSchema,
  strapiErrorResponseSchema,
  strapiListResponse,
  strapiSingleResponse,
  tagSchema,
  type Article,
} from '../src/index.js';
import { cloneFixture, loadFixture } from './helpers/fixtures.js';

/** All issue messages and paths of a failed parse, for asserting on content. */
function issuesOf(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  expect(result.success).toBe(false);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const articleList = strapiListResponse(articleSchema);

function firstArticle(): Record<string, unknown> {
  const list = cloneFixture('articles-list') as { data: Array<Record<string, unknown>> };
  const [article] = list.data;
  if (article === undefined) throw new Error('fixture has no article');
  return article;
}

describe('realistic Strapi responses parse', () => {
  it.each<[string, z.ZodType, string]>([
    ['article list envelope', articleList, 'articles-list'],
    ['category', categorySchema, 'category'],
    ['tag', tagSchema, 'tag'],
    ['page', pageSchema, 'page'],
    ['organisation', organisationSchema, 'organisation'],
    ['person', personSchema, 'person'],
    ['document', documentSchema, 'document'],
    ['congress', congressSchema, 'congress'],
    ['indicator', indicatorSchema, 'indicator'],
    ['kpi-report', kpiReportSchema, 'kpi-report'],
    ['schedule', scheduleSchema, 'schedule'],
    ['public feedback', publicFeedbackSchema, 'feedback-public'],
    ['feedback (admin)', feedbackSchema, 'feedback-private'],
    ['site settings single response', strapiSingleResponse(siteSettingsSchema), 'site-settings'],
    ['media', mediaSchema, 'media-cover'],
  ])('%s', (_label, schema, fixture) => {
    const result = schema.safeParse(loadFixture(fixture));
    expect(result.error?.issues ?? []).toEqual([]);
  });
});

describe('article', () => {
  const parsed = articleList.parse(loadFixture('articles-list'));
  const article: Article | undefined = parsed.data[0];

  it('keeps the CMS field names and values', () => {
    expect(parsed.meta.pagination).toEqual({ page: 1, pageSize: 25, pageCount: 1, total: 2 });
    expect(article).toMatchObject({
      title: 'Đảng bộ huyện Bình Sơn hoàn thành xuất sắc nhiệm vụ năm 2020',
      featured: true,
      hot: false,
      author: 'Vy Thuỷ',
      photoCredit: 'Tin ảnh: Thanh Nga',
      coverCaption: 'Ảnh minh họa',
      category: { slug: 'xay-dung-dang', order: 2 },
    });
    expect(article?.cover?.alternativeText).toBe('Quang cảnh hội nghị Ban Thường vụ Huyện ủy Bình Sơn');
  });

  it('parses every section component and strips unknown Strapi keys', () => {
    expect(article?.sections.map((section) => section.__component)).toEqual([
      'sections.rich-text',
      'sections.quote',
      'sections.image',
      'sections.table',
      'sections.gallery',
      'sections.gallery',
      'sections.document-card',
      'sections.kpi-chart',
    ]);
    expect(new Set(article?.sections.map((section) => section.__component))).toEqual(new Set(SECTION_COMPONENTS));
    expect(article?.cover).not.toHaveProperty('provider');
    expect(parsed.data[0]?.category).not.toHaveProperty('locale');
  });

  it('turns a null gallery into an empty list', () => {
    const gallery = article?.sections[5];
    expect(gallery?.__component === 'sections.gallery' ? gallery.images : undefined).toEqual([]);
  });

  it('gives the plain text of blocks, nested lists included', () => {
    const richText = article?.sections[0];
    if (richText?.__component !== 'sections.rich-text') throw new Error('expected rich text first');
    const text = blocksToPlainText(richText.body);
    expect(text).toContain('Theo Kết luận số 215-KL/TU ngày 25/03/2021');
    expect(text).toContain('143 đảng viên được công nhận chính thức');
    expect(text).toContain('Báo Quảng Ngãi');
  });

  it('accepts an article without optional relations and seo', () => {
    expect(parsed.data[1]?.category).toBeUndefined();
    expect(parsed.data[1]?.sections).toEqual([]);
  });

  it.each<[string, (article: Record<string, unknown>) => void, string[]]>([
    ['a missing title', (a) => delete a['title'], ['title']],
    ['an empty title', (a) => (a['title'] = '   '), ['title: Không được để trống.']],
    ['a slug with diacritics', (a) => (a['slug'] = 'đảng-bộ'), ['slug: Slug chỉ gồm chữ thường không dấu']],
    ['a date without zone', (a) => (a['date'] = '28/04/2021'), ['date']],
    ['featured as a string', (a) => (a['featured'] = 'true'), ['featured']],
    ['an unknown section component', (a) => (a['sections'] = [{ __component: 'sections.video', id: 1 }]), ['sections.0']],
    [
      'a section without id',
      (a) => (a['sections'] = [{ __component: 'sections.quote', quote: 'x', attribution: null }]),
      ['sections.0.id'],
    ],
    [
      'a table that is not string[][]',
      (a) => (a['sections'] = [{ __component: 'sections.table', id: 1, caption: null, rows: [['a', 1]] }]),
      ['sections.0.rows.0.1'],
    ],
    ['a cover without url', (a) => (a['cover'] = { ...(a['cover'] as object), url: undefined }), ['cover.url']],
    ['a missing cover key', (a) => delete a['cover'], ['cover']],
    ['a media size in text', (a) => (a['cover'] = { ...(a['cover'] as object), size: '212 KB' }), ['cover.size']],
  ])('rejects %s', (_label, mutate, fragments) => {
    const article = firstArticle();
    mutate(article);
    const issues = issuesOf(articleSchema, article).join('\n');
    for (const fragment of fragments) expect(issues).toContain(fragment);
  });
});

describe('blocks', () => {
  it.each<[string, unknown]>([
    ['an unknown node type', [{ type: 'table', children: [] }]],
    ['a heading of level 7', [{ type: 'heading', level: 7, children: [{ type: 'text', text: 'x' }] }]],
    ['a list of unknown format', [{ type: 'list', format: 'dotted', children: [] }]],
    ['a paragraph inside a list', [{ type: 'list', format: 'ordered', children: [{ type: 'paragraph', children: [] }] }]],
    ['a link without url', [{ type: 'paragraph', children: [{ type: 'link', children: [] }] }]],
    ['bold as a string', [{ type: 'paragraph', children: [{ type: 'text', text: 'x', bold: 'yes' }] }]],
    ['an image without url', [{ type: 'image', image: { name: 'a.png' }, children: [] }]],
    ['not an array', { type: 'paragraph', children: [] }],
  ])('rejects %s', (_label, value) => {
    expect(blocksSchema.safeParse(value).success).toBe(false);
  });

  it('accepts lists nested three deep', () => {
    const item = { type: 'list-item', children: [{ type: 'text', text: 'x' }] };
    const nested = { type: 'list', format: 'ordered', children: [item, { type: 'list', format: 'unordered', children: [item, { type: 'list', format: 'ordered', children: [item] }] }] };
    expect(blocksSchema.parse([nested])).toEqual([nested]);
  });
});

describe('category', () => {
  it('parses a shallow parent and rejects a bad order', () => {
    const category = cloneFixture('category');
    category['parent'] = { ...loadFixture('category'), id: 1, documentId: 'root', slug: 'tin-tuc', name: 'Tin tức' };
    expect(categorySchema.parse(category).parent?.slug).toBe('tin-tuc');
    category['order'] = 1.5;
    expect(issuesOf(categorySchema, category).join()).toContain('order');
  });
});

describe('document', () => {
  it('exposes parsed parts and relations', () => {
    const document = documentSchema.parse(loadFixture('document'));
    expect(document).toMatchObject({ normalizedNumber: '215-KL/TU', system: 'party', typeCode: 'KL', validity: 'in-force' });
    expect(document.relations.map((relation) => relation.kind)).toEqual(['based-on', 'related']);
    expect(document.files[0]?.mime).toBe('application/pdf');
    expect(DOCUMENT_VALIDITY_LABELS[document.validity]).toBe('Còn hiệu lực');
  });

  it('parses the inverse relations the CMS adds, checking each source like a document', () => {
    const document = documentSchema.parse(loadFixture('document'));
    expect(document.referencedBy?.map(({ kind, source }) => [kind, source.normalizedNumber])).toEqual([['guides', '16-HD/HU']]);
    const broken = cloneFixture('document');
    const [incoming] = broken['referencedBy'] as Array<{ source: Record<string, unknown> }>;
    incoming!.source['issuerCode'] = 'TU';
    expect(issuesOf(documentSchema, broken).join()).toContain('referencedBy.0.source.issuerCode');
  });

  it('rejects parsed parts that do not match the raw number, naming the field', () => {
    const document = cloneFixture('document');
    document['typeCode'] = 'NQ';
    document['normalizedNumber'] = '215-NQ/TU';
    const issues = issuesOf(documentSchema, document).join('\n');
    expect(issues).toContain('typeCode: Trường typeCode là "NQ" nhưng số ký hiệu “Số: 215 - KL/TU” cho "KL"');
    expect(issues).toContain('normalizedNumber');
  });

  it('rejects an unparseable raw number with the parser message', () => {
    const document = cloneFixture('document');
    document['rawNumber'] = '215-XY/TU';
    expect(issuesOf(documentSchema, document).join()).toContain('rawNumber: “XY” không phải là ký hiệu loại văn bản của Đảng');
  });

  it('rejects an unknown validity or relation kind', () => {
    const document = cloneFixture('document');
    document['validity'] = 'active';
    (document['relations'] as Array<Record<string, unknown>>)[0]!['kind'] = 'cites';
    const issues = issuesOf(documentSchema, document).join('\n');
    expect(issues).toContain('validity');
    expect(issues).toContain('relations.0.kind');
  });

  it('rejects a comment period that closes before it opens', () => {
    const document = cloneFixture('document');
    document['commentOpensAt'] = '2021-05-10T00:00:00.000Z';
    document['commentClosesAt'] = '2021-05-01T00:00:00.000Z';
    expect(issuesOf(documentSchema, document).join()).toContain('commentClosesAt: Thời hạn góp ý kết thúc trước khi bắt đầu.');
  });
});

describe('congress', () => {
  it('parses ordinal, term and targets', () => {
    const congress = congressSchema.parse(loadFixture('congress'));
    expect(congress.ordinal).toBe(27);
    expect(congress.termTargets[1]?.indicator).toBeUndefined();
    expect(congress.documents?.[0]?.normalizedNumber).toBe('215-KL/TU');
  });

  it('rejects a term ending before it starts', () => {
    const congress = cloneFixture('congress');
    congress['termEndYear'] = 2015;
    expect(issuesOf(congressSchema, congress).join()).toContain('termEndYear: Năm kết thúc nhiệm kỳ (2015) phải sau năm bắt đầu (2020).');
  });
});

describe('kpi-report', () => {
  it('parses values with derived fields', () => {
    const report = kpiReportSchema.parse(loadFixture('kpi-report'));
    expect(report.values.map((value) => value.status)).toEqual(['exceeded', 'not-met']);
    expect(report.summaryLabel).toBe('đạt và vượt 1/2 chỉ tiêu');
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a quarter on a yearly report', { quarter: 2 }, 'quarter: Chỉ báo cáo quý mới ghi quý'],
    ['a quarterly report without quarter', { period: 'quarter' }, 'quarter'],
    ['a term report without start year', { period: 'term' }, 'termStartYear: Báo cáo nhiệm kỳ cần năm bắt đầu nhiệm kỳ trước năm 2020.'],
    ['an unknown grading', { grading: 'A' }, 'grading'],
    ['an unknown status', { values: [{ ...(loadFixture('kpi-report')['values'] as object[])[0], status: 'ok' }] }, 'values.0.status'],
  ])('rejects %s', (_label, change, fragment) => {
    expect(issuesOf(kpiReportSchema, { ...loadFixture('kpi-report'), ...change }).join('\n')).toContain(fragment);
  });
});

describe('schedule', () => {
  it('cuts Strapi time values to HH:mm', () => {
    const schedule = scheduleSchema.parse(loadFixture('schedule'));
    expect(schedule.entries.map((entry) => entry.time)).toEqual(['07:30', '14:00', null]);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a week that does not exist', { isoYear: 2021, isoWeek: 53 }, 'isoWeek: Tuần 53 của năm 2021 không tồn tại.'],
    ['dates that are not the week', { startDate: '2020-07-12' }, 'startDate: Tuần 29/2020 là từ 2020-07-13 đến 2020-07-19'],
    [
      'an entry outside the week',
      { entries: [{ id: 1, day: '2020-07-20', time: null, content: 'Họp', chair: null, participants: null, location: null, preparingUnit: null }] },
      'entries.0.day: Ngày 2020-07-20 nằm ngoài tuần 29/2020',
    ],
    [
      'a time that is not HH:mm',
      { entries: [{ id: 1, day: '2020-07-14', time: '7h30', content: 'Họp', chair: null, participants: null, location: null, preparingUnit: null }] },
      'entries.0.time: Giờ phải có dạng HH:mm',
    ],
  ])('rejects %s', (_label, change, fragment) => {
    expect(issuesOf(scheduleSchema, { ...loadFixture('schedule'), ...change }).join('\n')).toContain(fragment);
  });
});

describe('feedback', () => {
  it('fails when the public API leaks the e-mail or fingerprint', () => {
    const leaked = { ...loadFixture('feedback-public'), email: 'an.tran@example.vn', clientFingerprint: 'abc' };
    const issues = issuesOf(publicFeedbackSchema, leaked).join('\n');
    expect(issues).toContain('email: Trường này không được công khai qua API.');
    expect(issues).toContain('clientFingerprint');
  });

  it('fails when the public API returns feedback that is not approved', () => {
    const pending = { ...loadFixture('feedback-public'), moderation: 'pending' };
    expect(issuesOf(publicFeedbackSchema, pending).join()).toContain('Chỉ ý kiến đã duyệt mới được công khai.');
  });

  it('requires a valid e-mail on the admin side', () => {
    const bad = { ...loadFixture('feedback-private'), email: 'không-phải-email' };
    expect(issuesOf(feedbackSchema, bad).join()).toContain('email: Địa chỉ email không hợp lệ.');
  });
});

describe('envelopes', () => {
  it.each<[string, unknown, string]>([
    ['a negative total', { data: [], meta: { pagination: { page: 1, pageSize: 25, pageCount: 0, total: -1 } } }, 'meta.pagination.total'],
    ['a page 0', { data: [], meta: { pagination: { page: 0, pageSize: 25, pageCount: 0, total: 0 } } }, 'meta.pagination.page'],
    ['a missing meta', { data: [] }, 'meta'],
    ['data that is not a list', { data: {}, meta: { pagination: { page: 1, pageSize: 25, pageCount: 0, total: 0 } } }, 'data'],
  ])('rejects a list response with %s', (_label, value, fragment) => {
    expect(issuesOf(articleList, value).join()).toContain(fragment);
  });

  it('parses a Strapi error body', () => {
    const body = { data: null, error: { status: 404, name: 'NotFoundError', message: 'Not Found', details: {} } };
    expect(strapiErrorResponseSchema.parse(body).error.status).toBe(404);
  });
});
