import { afterAll, describe, expect, inject, it } from 'vitest';
import {
  adminJwt,
  createEntry,
  deleteCreatedEntries,
  getEntry,
  mustCreate,
  publishEntry,
  uniqueMarker,
  updateEntry,
  validData,
  type ValidationErrorBody,
} from './helpers/content-manager.ts';
import { request } from './helpers/http.ts';
import { createApiToken } from '../../scripts/src/cms-admin-api.ts';

/** Issue 25 on a real CMS, written as an editor's script would: through the content-manager with the admin JWT. */
const cms = inject('cms');
const ARTICLE = 'api::article.article';
const REDIRECT = 'api::redirect.redirect';
const manager = (uid: string) => `${cms.url}/content-manager/collection-types/${uid}`;

/** Redirect records (as the site build reads them, with its read-only token) whose address contains `text`. */
async function recordsWith(text: string): Promise<Array<[string, string | null]>> {
  const { status, body } = await request(`${cms.url}/api/redirects?filters[fromPath][$contains]=${text}&pagination[pageSize]=100`, { token: cms.token });
  expect(status).toBe(200);
  return (body.data as Array<{ fromPath: string; toPath: string | null }>).map((record): [string, string | null] => [record.fromPath, record.toPath]).sort();
}

async function unpublish(uid: string, documentId: string): Promise<void> {
  const { status } = await request(`${manager(uid)}/${documentId}/actions/unpublish`, { method: 'POST', token: await adminJwt(cms), body: {} });
  expect(status).toBe(200);
}

async function publishedSlug(plural: string, slug: string): Promise<number> {
  const { body } = await request(`${cms.url}/api/${plural}?filters[slug][$eq]=${slug}`, { token: cms.token });
  return (body.data as unknown[]).length;
}

const sorted = (pairs: Array<[string, string | null]>) => [...pairs].sort();

const markers: string[] = [];
function marker() {
  const made = uniqueMarker();
  markers.push(made.text);
  return made;
}

afterAll(async () => {
  await deleteCreatedEntries();
  // The records this file left (deleting its entries records them as gone) would only clutter later builds.
  for (const text of markers) {
    const { body } = await request(`${manager(REDIRECT)}?filters[fromPath][$contains]=${text}&pageSize=100`, { token: await adminJwt(cms) });
    for (const record of body.results as Array<{ documentId: string }>) {
      await request(`${manager(REDIRECT)}/${record.documentId}`, { method: 'DELETE', token: await adminJwt(cms) });
    }
  }
});

async function publishedArticle() {
  const made = marker();
  const article = await mustCreate(cms, ARTICLE, validData(ARTICLE, made));
  await publishEntry(cms, ARTICLE, article.documentId);
  return { article, text: made.text };
}

describe('stable slugs', () => {
  it('a title-only update of a published article keeps its slug, and no redirect is needed', async () => {
    const { article, text } = await publishedArticle();
    const response = await updateEntry(cms, ARTICLE, article.documentId, { title: `Tiêu đề đã sửa hoàn toàn ${text}` });
    expect(response.status).toBe(200);
    expect(response.body.data.slug).toBe(article.slug);
    await publishEntry(cms, ARTICLE, article.documentId);
    expect(await publishedSlug('articles', article.slug)).toBe(1);
    // The admin form sends every field; an emptied slug field keeps the slug too.
    expect((await updateEntry(cms, ARTICLE, article.documentId, { title: `Lại sửa ${text}`, slug: '' })).body.data.slug).toBe(article.slug);
    expect(await recordsWith(text)).toEqual(sorted([]));
  });

  it('a title-only update through the REST route (an importer with a full-access token) keeps the slug too', async () => {
    const { article, text } = await publishedArticle();
    const token = await createApiToken(cms.url, await adminJwt(cms), { name: `nhap-lieu-${text}`, description: 'Kiểm thử nhập liệu', type: 'full-access' });
    // The REST API serves published content only (published-only middleware): an importer updates and publishes.
    for (const status of ['published']) {
      const response = await request(`${cms.url}/api/articles/${article.documentId}?status=${status}`, {
        method: 'PUT',
        token,
        body: { data: { title: `Tiêu đề nhập liệu ${status} ${text}` } },
      });
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      expect(response.body.data.slug).toBe(article.slug);
    }
    expect((await getEntry(cms, ARTICLE, article.documentId)).slug).toBe(article.slug);
    expect(await publishedSlug('articles', article.slug)).toBe(1);
    expect(await recordsWith(text)).toEqual([]);
  });

  it('refuses a slug of the wrong shape or one another entry has, in Vietnamese, saving nothing', async () => {
    const { article } = await publishedArticle();
    const { article: other } = await publishedArticle();
    for (const [slug, message] of [
      ['Tin-Có-Dấu', /không hợp lệ/],
      ['a--b', /không hợp lệ/],
      [other.slug, /đã được dùng cho một nội dung khác/],
    ] as const) {
      const response = await updateEntry<ValidationErrorBody>(cms, ARTICLE, article.documentId, { slug, title: 'Tiêu đề không được lưu' });
      expect(response.status, slug).toBe(400);
      expect(response.body.error.message).toMatch(message);
      expect(response.body.error.details.errors?.[0]?.path).toEqual(['slug']);
    }
    const stored = await getEntry(cms, ARTICLE, article.documentId);
    expect([stored.slug, stored.title]).toEqual([article.slug, article.title]);
    const created = await createEntry<ValidationErrorBody>(cms, ARTICLE, { ...validData(ARTICLE, marker()), slug: other.slug });
    expect(created.status).toBe(400);
  });
});

describe('old addresses', () => {
  it('a deliberate slug change leaves a 301 from the old address; twice in a row leaves no chain', async () => {
    const { article, text } = await publishedArticle();
    const first = `doi-lan-mot-${text}`;
    const second = `doi-lan-hai-${text}`;
    expect((await updateEntry(cms, ARTICLE, article.documentId, { slug: first })).status).toBe(200);
    // Only the published address counts: nothing moves before publishing.
    expect(await recordsWith(text)).toEqual(sorted([]));
    await publishEntry(cms, ARTICLE, article.documentId);
    expect(await recordsWith(text)).toEqual(sorted([[`/tin-tuc/${article.slug}/`, `/tin-tuc/${first}/`]]));
    await updateEntry(cms, ARTICLE, article.documentId, { slug: second });
    await publishEntry(cms, ARTICLE, article.documentId);
    expect(await recordsWith(text)).toEqual(sorted([
      [`/tin-tuc/${article.slug}/`, `/tin-tuc/${second}/`],
      [`/tin-tuc/${first}/`, `/tin-tuc/${second}/`],
    ]));

    // Another entry may not take an address that still redirects…
    const other = await mustCreate(cms, ARTICLE, validData(ARTICLE, marker()));
    const taken = await updateEntry<ValidationErrorBody>(cms, ARTICLE, other.documentId, { slug: first });
    expect(taken.status).toBe(400);
    expect(taken.body.error.message).toMatch(/vẫn đang được dùng: địa chỉ cũ “\/tin-tuc\/doi-lan-mot-.*” chuyển hướng sang/);
    // …nor gets it by generation.
    const generated = await mustCreate(cms, ARTICLE, { ...validData(ARTICLE, marker()), title: `doi lan mot ${text}` });
    expect(generated.slug).toBe(`${first}-2`);

    // Moving back to the first slug: that address is live again, no loop.
    await updateEntry(cms, ARTICLE, article.documentId, { slug: first });
    await publishEntry(cms, ARTICLE, article.documentId);
    expect(await recordsWith(text)).toEqual(sorted([
      [`/tin-tuc/${article.slug}/`, `/tin-tuc/${first}/`],
      [`/tin-tuc/${second}/`, `/tin-tuc/${first}/`],
    ]));
  });

  it('unpublishing leaves a gone record; publishing again takes the address back', async () => {
    const { article, text } = await publishedArticle();
    const moved = `da-doi-${text}`;
    await updateEntry(cms, ARTICLE, article.documentId, { slug: moved });
    await publishEntry(cms, ARTICLE, article.documentId);
    await unpublish(ARTICLE, article.documentId);
    expect(await recordsWith(text)).toEqual(sorted([
      [`/tin-tuc/${article.slug}/`, null],
      [`/tin-tuc/${moved}/`, null],
    ]));
    await publishEntry(cms, ARTICLE, article.documentId);
    expect(await recordsWith(text)).toEqual(sorted([[`/tin-tuc/${article.slug}/`, `/tin-tuc/${moved}/`]]));
  });

  it('deleting a published entry leaves a gone record', async () => {
    const { article, text } = await publishedArticle();
    const { status } = await request(`${manager(ARTICLE)}/${article.documentId}`, { method: 'DELETE', token: await adminJwt(cms) });
    expect(status).toBe(200);
    expect(await recordsWith(text)).toEqual(sorted([[`/tin-tuc/${article.slug}/`, null]]));
  });

  it('renaming a category redirects its address (types without drafts move at once)', async () => {
    const made = marker();
    const category = await mustCreate(cms, 'api::category.category', validData('api::category.category', made));
    expect((await updateEntry(cms, 'api::category.category', category.documentId, { name: `Tên mới ${made.text}` })).body.data.slug).toBe(category.slug);
    await updateEntry(cms, 'api::category.category', category.documentId, { slug: `chuyen-muc-moi-${made.text}` });
    expect(await recordsWith(made.text)).toEqual(sorted([[`/chuyen-muc/${category.slug}/`, `/chuyen-muc/chuyen-muc-moi-${made.text}/`]]));
  });

  it('a correction of a document number corrects its address and redirects the old one', async () => {
    const made = marker();
    const uid = 'api::legal-document.legal-document';
    const document = await mustCreate(cms, uid, validData(uid, made));
    await publishEntry(cms, uid, document.documentId);
    const corrected = await updateEntry(cms, uid, document.documentId, { rawNumber: `${made.number + 1}-NQ/ĐU`, slug: document.slug });
    expect(corrected.status).toBe(200);
    expect(corrected.body.data.slug).not.toBe(document.slug);
    expect(corrected.body.data.slug).toContain(String(made.number + 1));
    await publishEntry(cms, uid, document.documentId);
    expect(await recordsWith(String(made.number))).toEqual(sorted([[`/van-ban/${document.slug}/`, `/van-ban/${corrected.body.data.slug}/`]]));
    // Its subject is not its identity: editing it keeps the address.
    expect((await updateEntry(cms, uid, document.documentId, { subject: `Trích yếu khác ${made.text}` })).body.data.slug).toBe(corrected.body.data.slug);
  });

  it('a hand-written redirect that would loop is refused; one to a moved address is collapsed', async () => {
    const made = marker();
    const a = `/trang/a-${made.text}/`;
    const b = `/trang/b-${made.text}/`;
    const c = `/trang/c-${made.text}/`;
    expect((await createEntry(cms, REDIRECT, { fromPath: a, toPath: b })).status).toBe(201);
    const loop = await createEntry<ValidationErrorBody>(cms, REDIRECT, { fromPath: b, toPath: a });
    expect(loop.status).toBe(400);
    expect(loop.body.error.message).toMatch(/vòng lặp/);
    expect((await createEntry(cms, REDIRECT, { fromPath: c, toPath: a })).body.data.toPath).toBe(b);
    const bad = await createEntry<ValidationErrorBody>(cms, REDIRECT, { fromPath: 'https://example.com/x', toPath: b });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/bắt đầu bằng “\/”/);
  });
});
