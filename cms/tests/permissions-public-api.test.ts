import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  COLLECTION_TYPES,
  countEntries,
  deleteCreatedEntries,
  ensureSiteSettings,
  getEntry,
  mustCreate,
  publishEntry,
  uniqueMarker,
  validData,
} from './helpers/content-manager.ts';
import { request } from './helpers/http.ts';

/**
 * The public content API, enumerated: every content type × every action, as an anonymous visitor and with the
 * site's read-only token. Reading published content is the only thing allowed; feedback is not readable at all.
 */
const cms = inject('cms');

const READABLE = COLLECTION_TYPES.filter((type) => type.uid !== 'api::feedback.feedback');
const FEEDBACK = COLLECTION_TYPES.find((type) => type.uid === 'api::feedback.feedback')!;
const SITE_SETTINGS = 'api::site-setting.site-setting';

interface Fixture {
  published: Record<string, any>;
  draft?: Record<string, any>;
}
const fixtures = new Map<string, Fixture>();
let removeSiteSettings = async () => {};

beforeAll(async () => {
  for (const type of COLLECTION_TYPES) {
    const published = await mustCreate(cms, type.uid, validData(type.uid, uniqueMarker()));
    if (type.draftAndPublish) await publishEntry(cms, type.uid, published.documentId);
    const draft = type.draftAndPublish ? await mustCreate(cms, type.uid, validData(type.uid, uniqueMarker())) : undefined;
    fixtures.set(type.uid, { published, draft });
  }
  removeSiteSettings = await ensureSiteSettings(cms);
});

afterAll(async () => {
  await deleteCreatedEntries();
  await removeSiteSettings();
});

const REFUSED = [401, 403, 404, 405];

describe.each([
  ['an anonymous visitor', undefined],
  ['the read-only site token', cms.token],
] as const)('the content API as %s', (_who, token) => {
  describe.each(READABLE)('$uid', (type) => {
    const api = `${cms.url}/api/${type.plural}`;

    it('find lists published entries only', async () => {
      const { published, draft } = fixtures.get(type.uid)!;
      const { status, body } = await request(`${api}?pagination[pageSize]=100&sort=id:desc`, { token });
      expect(status).toBe(200);
      const ids = body.data.map((entry: { documentId: string }) => entry.documentId);
      expect(ids).toContain(published.documentId);
      if (draft) expect(ids).not.toContain(draft.documentId);
      expect(body.data.every((entry: { publishedAt: string | null }) => entry.publishedAt !== null)).toBe(true);
    });

    it('findOne returns a published entry and never a draft', async () => {
      const { published, draft } = fixtures.get(type.uid)!;
      const found = await request(`${api}/${published.documentId}`, { token });
      expect(found.status).toBe(200);
      expect(found.body.data.documentId).toBe(published.documentId);
      if (draft) {
        expect((await request(`${api}/${draft.documentId}`, { token })).status).toBe(404);
        expect(REFUSED).toContain((await request(`${api}/${draft.documentId}?status=draft`, { token })).status);
      }
    });

    it('create is refused and stores nothing', async () => {
      const before = await countEntries(cms, type.uid);
      const { status } = await request(api, { method: 'POST', token, body: { data: validData(type.uid, uniqueMarker()) } });
      expect(REFUSED).toContain(status);
      expect(await countEntries(cms, type.uid)).toBe(before);
    });

    it('update is refused and changes nothing', async () => {
      const { published } = fixtures.get(type.uid)!;
      const { status } = await request(`${api}/${published.documentId}`, { method: 'PUT', token, body: { data: { slug: 'da-bi-sua' } } });
      expect(REFUSED).toContain(status);
      expect((await getEntry(cms, type.uid, published.documentId)).slug).toBe(published.slug);
    });

    it('delete is refused and the entry stays', async () => {
      const { published } = fixtures.get(type.uid)!;
      const { status } = await request(`${api}/${published.documentId}`, { method: 'DELETE', token });
      expect(REFUSED).toContain(status);
      expect((await getEntry(cms, type.uid, published.documentId)).documentId).toBe(published.documentId);
    });
  });

  describe('api::feedback.feedback', () => {
    const api = `${cms.url}/api/${FEEDBACK.plural}`;

    it('find and findOne are refused: feedback is never readable, e-mail addresses least of all', async () => {
      const { published } = fixtures.get(FEEDBACK.uid)!;
      for (const url of [api, `${api}/${published.documentId}`, `${api}?filters[moderation][$eq]=approved`]) {
        const { status, body } = await request(url, { token });
        expect(REFUSED).toContain(status);
        expect(JSON.stringify(body)).not.toContain(published.email);
      }
    });

    it('create, update and delete are refused and change nothing', async () => {
      const { published } = fixtures.get(FEEDBACK.uid)!;
      const before = await countEntries(cms, FEEDBACK.uid);
      const attempts = await Promise.all([
        request(api, { method: 'POST', token, body: { data: validData(FEEDBACK.uid, uniqueMarker()) } }),
        request(`${api}/${published.documentId}`, { method: 'PUT', token, body: { data: { moderation: 'approved' } } }),
        request(`${api}/${published.documentId}`, { method: 'DELETE', token }),
      ]);
      for (const { status } of attempts) expect(REFUSED).toContain(status);
      expect(await countEntries(cms, FEEDBACK.uid)).toBe(before);
      expect((await getEntry(cms, FEEDBACK.uid, published.documentId)).moderation).toBe('pending');
    });
  });

  describe(SITE_SETTINGS, () => {
    const api = `${cms.url}/api/site-setting`;

    it('find returns the settings', async () => {
      const { status, body } = await request(api, { token });
      expect(status).toBe(200);
      expect(body.data.portalName).toEqual(expect.any(String));
    });

    it('update and delete are refused and change nothing', async () => {
      const before = (await request(api, { token })).body.data.portalName;
      for (const method of ['PUT', 'DELETE'] as const) {
        const { status } = await request(api, { method, token, body: method === 'PUT' ? { data: { portalName: 'Đã bị sửa' } } : undefined });
        expect(REFUSED).toContain(status);
      }
      expect((await request(api, { token })).body.data.portalName).toBe(before);
    });
  });
});
