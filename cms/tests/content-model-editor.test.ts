import { afterAll, describe, expect, inject, it } from 'vitest';
import { mergeLabels } from '../src/bootstrap/admin-labels.ts';
import { COMPONENT_LABELS, CONTENT_TYPE_LABELS } from '../src/bootstrap/field-labels.ts';
import { draftPreviewUrl, previewOrigins, previewUrl, previewSettings } from '../src/preview/preview-url.ts';
import { adminJwt, deleteCreatedEntries, mustCreate, publishEntry, uniqueMarker, validData } from './helpers/content-manager.ts';
import { request } from './helpers/http.ts';

/** The editor's side of the content model: Vietnamese labels, list views, non-editable derived fields, preview. */
const cms = inject('cms');

afterAll(deleteCreatedEntries);

interface Configuration {
  settings: { mainField: string; defaultSortBy: string; defaultSortOrder: string };
  metadatas: Record<string, { edit: { label: string; description: string; editable: boolean }; list: { label: string } }>;
  layouts: { list: string[] };
}

async function configurationOf(uid: string): Promise<{ contentType: Configuration; components: Record<string, Configuration> }> {
  const { status, body } = await request(`${cms.url}/content-manager/content-types/${uid}/configuration`, { token: await adminJwt(cms) });
  expect(status).toBe(200);
  return body.data;
}

async function attributesOf(uid: string): Promise<string[]> {
  const { body } = await request(`${cms.url}/content-manager/content-types`, { token: await adminJwt(cms) });
  const type = body.data.find((candidate: { uid: string }) => candidate.uid === uid);
  return Object.keys(type.attributes);
}

const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;
const TECHNICAL_FIELDS = new Set(['id', 'documentId', 'locale', 'localizations', 'createdBy', 'updatedBy']);

describe('the admin in Vietnamese', () => {
  it.each(Object.keys(CONTENT_TYPE_LABELS))('labels every field of %s, its components included', async (uid) => {
    const { contentType, components } = await configurationOf(uid);
    for (const field of await attributesOf(uid)) {
      if (TECHNICAL_FIELDS.has(field)) continue;
      const metadata = contentType.metadatas[field];
      expect(metadata?.edit.label, `${uid}.${field}`).not.toBe(field);
      expect(metadata?.edit.label, `${uid}.${field}`).toBe(CONTENT_TYPE_LABELS[uid]!.fields[field]?.label);
      expect(metadata?.list.label).toBe(metadata?.edit.label);
    }
    for (const [componentUid, component] of Object.entries(components)) {
      for (const [field, metadata] of Object.entries(component.metadatas)) {
        if (TECHNICAL_FIELDS.has(field)) continue;
        expect(metadata.edit.label, `${componentUid}.${field}`).toBe(COMPONENT_LABELS[componentUid]?.fields[field]?.label);
      }
    }
  });

  it('writes labels with Vietnamese diacritics', () => {
    const labels = [...Object.values(CONTENT_TYPE_LABELS), ...Object.values(COMPONENT_LABELS)].flatMap((type) =>
      Object.values(type.fields).map((field) => field.label),
    );
    expect(labels.filter((text) => VIETNAMESE.test(text)).length / labels.length).toBeGreaterThan(0.9);
  });

  it('lists articles by title, category, date and flags, newest first', async () => {
    const { contentType } = await configurationOf('api::article.article');
    expect(contentType.layouts.list).toEqual(['title', 'category', 'date', 'featured', 'hot']);
    expect(contentType.settings).toMatchObject({ defaultSortBy: 'date', defaultSortOrder: 'DESC', mainField: 'title' });
  });

  it('lists documents by number, type, issuer, date and validity, newest first, named by their number', async () => {
    const { contentType } = await configurationOf('api::legal-document.legal-document');
    expect(contentType.layouts.list).toEqual(['normalizedNumber', 'typeName', 'issuerName', 'issuedDate', 'validity']);
    expect(contentType.settings).toMatchObject({ defaultSortBy: 'issuedDate', defaultSortOrder: 'DESC', mainField: 'normalizedNumber' });
  });

  it('shows derived values without letting anyone type them', async () => {
    const document = await configurationOf('api::legal-document.legal-document');
    for (const field of ['normalizedNumber', 'system', 'sequence', 'typeCode', 'issuerCode', 'unitCode', 'numberYear', 'numberKey']) {
      expect(document.contentType.metadatas[field]?.edit.editable, field).toBe(false);
    }
    expect(document.contentType.metadatas.rawNumber?.edit.editable).toBe(true);
    const report = await configurationOf('api::kpi-report.kpi-report');
    for (const field of ['metOrExceeded', 'totalAssessed', 'summaryLabel']) expect(report.contentType.metadatas[field]?.edit.editable).toBe(false);
    for (const field of ['percentOfPlan', 'changeOnPrevious', 'status']) {
      expect(report.components['kpi.value']?.metadatas[field]?.edit.editable, field).toBe(false);
    }
    const schedule = await configurationOf('api::schedule.schedule');
    for (const field of ['startDate', 'endDate']) expect(schedule.contentType.metadatas[field]?.edit.editable).toBe(false);
  });
});

describe('slugs an editor leaves empty', () => {
  it('are optional in the admin form, so that Strapi does not prefill them with the type name', async () => {
    const { body } = await request(`${cms.url}/content-manager/content-types`, { token: await adminJwt(cms) });
    for (const type of body.data as Array<{ uid: string; attributes: Record<string, { type: string; required?: boolean }> }>) {
      if (type.attributes.slug?.type === 'uid') expect(type.attributes.slug.required ?? false, type.uid).toBe(false);
    }
  });

  it('come from the title, numbered when another document has the same one', async () => {
    const data = validData('api::article.article', uniqueMarker());
    const first = await mustCreate(cms, 'api::article.article', data);
    const second = await mustCreate(cms, 'api::article.article', { ...data, slug: '' });
    expect(first.slug).toMatch(/^tin-kiem-thu-kt\d+$/);
    expect(second.slug).toBe(`${first.slug}-2`);
    // Saving the first again keeps its own slug.
    await publishEntry(cms, 'api::article.article', first.documentId);
    expect((await request(`${cms.url}/api/articles?filters[slug][$eq]=${first.slug}`, { token: cms.token })).body.data).toHaveLength(1);
  });
});

describe('merging labels into a stored configuration', () => {
  const labels = {
    fields: { title: { label: 'Tiêu đề' }, total: { label: 'Tổng', derived: true } },
    list: ['title'],
    sort: ['title', 'ASC'] as const,
  };
  const stored = () => ({
    settings: { defaultSortBy: 'id', defaultSortOrder: 'ASC' },
    metadatas: {
      title: { edit: { label: 'title', editable: true }, list: { label: 'title' } },
      total: { edit: { label: 'total', editable: true }, list: { label: 'total' } },
    },
    layouts: { list: ['id', 'title'] },
  });

  it('writes everything the first time, and nothing the second', () => {
    const config = stored();
    const applied = {};
    expect(mergeLabels(config, labels, applied, 'x')).toBe(true);
    expect(config.metadatas.title.edit.label).toBe('Tiêu đề');
    expect(config.metadatas.total.edit).toEqual({ label: 'Tổng', editable: false });
    expect(config.layouts.list).toEqual(['title']);
    expect(config.settings).toEqual({ defaultSortBy: 'title', defaultSortOrder: 'ASC' });
    expect(mergeLabels(config, labels, applied, 'x')).toBe(false);
  });

  it('keeps what an editor changed in the admin, but updates what is still ours', () => {
    const config = stored();
    const applied = {};
    mergeLabels(config, labels, applied, 'x');
    config.metadatas.title.edit.label = 'Tít bài';
    config.layouts.list = ['title', 'total'];
    config.metadatas.total.edit.editable = true;
    const renamed = { ...labels, fields: { ...labels.fields, title: { label: 'Tên bài' } }, sort: ['total', 'DESC'] as const };
    expect(mergeLabels(config, renamed, applied, 'x')).toBe(true);
    expect(config.metadatas.title.edit.label).toBe('Tít bài');
    expect(config.metadatas.title.list.label).toBe('Tên bài');
    expect(config.layouts.list).toEqual(['title', 'total']);
    expect(config.settings).toEqual({ defaultSortBy: 'total', defaultSortOrder: 'DESC' });
    // Derived values are never editable, whatever was changed.
    expect(config.metadatas.total.edit.editable).toBe(false);
  });
});

describe('the preview button', () => {
  async function previewOf(uid: string, documentId: string, status: 'draft' | 'published') {
    return request(`${cms.url}/content-manager/preview/url/${uid}?documentId=${documentId}&status=${status}`, { token: await adminJwt(cms) });
  }

  it('opens the published page on the site for articles, documents, congresses, reports and schedules', async () => {
    const cases = [
      ['api::article.article', (entry: Record<string, any>) => `/tin-tuc/${entry.slug}/`],
      ['api::legal-document.legal-document', (entry: Record<string, any>) => `/van-ban/${entry.slug}/`],
      ['api::congress.congress', (entry: Record<string, any>) => `/dai-hoi/${entry.slug}/`],
      ['api::kpi-report.kpi-report', (entry: Record<string, any>) => `/bao-cao/${entry.slug}/`],
      ['api::schedule.schedule', () => '/lich-cong-tac/2020-tuan-29/'],
    ] as const;
    for (const [uid, path] of cases) {
      const entry = await mustCreate(cms, uid, validData(uid, uniqueMarker()));
      await publishEntry(cms, uid, entry.documentId);
      const { status, body } = await previewOf(uid, entry.documentId, 'published');
      expect(status, uid).toBe(200);
      expect(new URL(body.data.url).pathname).toBe(path(entry));
    }
  });

  it('offers no preview for types the site has no page for', async () => {
    const tag = await mustCreate(cms, 'api::tag.tag', validData('api::tag.tag', uniqueMarker()));
    const { body } = await previewOf('api::tag.tag', tag.documentId, 'published');
    expect(body?.data?.url ?? null).toBeNull();
  });

  it('sends drafts to the site’s draft route with the preview secret', async () => {
    const settings = previewSettings({ SITE_URL: 'https://portal.example.vn/', PREVIEW_SECRET: 'bi-mat' });
    expect(draftPreviewUrl(settings, 'api::article.article', 'abc123')).toBe(
      'https://portal.example.vn/xem-truoc/?type=api%3A%3Aarticle.article&documentId=abc123&secret=bi-mat',
    );
    expect(draftPreviewUrl(previewSettings({ SITE_URL: 'https://portal.example.vn' }), 'api::article.article', 'abc123')).toBeNull();
    const noStrapi = {} as Parameters<typeof previewUrl>[0];
    expect(await previewUrl(noStrapi, 'api::schedule.schedule', { documentId: 'x1', status: 'draft' }, settings)).toBe(
      'https://portal.example.vn/xem-truoc/?type=api%3A%3Aschedule.schedule&documentId=x1&secret=bi-mat',
    );
  });

  it('allows the site and the listed origins to frame previews', () => {
    expect(previewOrigins({ SITE_URL: 'https://portal.example.vn/', PREVIEW_ORIGINS: 'http://localhost:4321/, https://staging.example.vn' })).toEqual([
      'https://portal.example.vn',
      'http://localhost:4321',
      'https://staging.example.vn',
    ]);
  });
});
