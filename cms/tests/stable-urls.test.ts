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
import { defaultUnit } from './helpers/admin-users.ts';
import { makeUnit, removeUnit, type TestUnit } from './helpers/units.ts';
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

  it('an old NukeViet query-string address is stored in its one canonical form; no other query is', async () => {
    const made = marker();
    const to = `/trang/moi-${made.text}/`;
    const canonical = `/index.php?language=vi&nv=news&op=thoi-su/bai-${made.text}-12`;
    // As an editor pastes it from an old page's source: any order, `&amp;`, an encoded slash.
    const typed = await createEntry<{ data: { fromPath: string; toPath: string } }>(cms, REDIRECT, {
      fromPath: `/index.php?op=thoi-su%2Fbai-${made.text}-12&amp;nv=news&amp;language=vi`,
      toPath: to,
    });
    expect(typed.status, JSON.stringify(typed.body)).toBe(201);
    expect(typed.body.data.fromPath).toBe(canonical);
    expect(await recordsWith(made.text)).toEqual([[canonical, to]]);
    // The same address again, in another order, is the same record's.
    const twice = await createEntry<ValidationErrorBody>(cms, REDIRECT, { fromPath: `/index.php?nv=news&language=vi&op=thoi-su/bai-${made.text}-12`, toPath: to });
    expect(twice.status).toBe(400);
    expect(twice.body.error.message).toMatch(/đã có bản ghi chuyển hướng/);
    for (const fromPath of [`/index.php?language=vi&nv=news&op=bai-${made.text}&page=2`, `/index.php?language=vi`, `/tin-tuc/?nv=news&op=${made.text}`]) {
      const bad = await createEntry<ValidationErrorBody>(cms, REDIRECT, { fromPath, toPath: to });
      expect(bad.status, fromPath).toBe(400);
      expect(bad.body.error.message, fromPath).toMatch(/language, nv, op|bắt đầu bằng “\/”/);
    }
    // A target is a page of the site, never a query address.
    const query = await createEntry<ValidationErrorBody>(cms, REDIRECT, { fromPath: `/trang/x-${made.text}/`, toPath: canonical });
    expect(query.status).toBe(400);
  });
});

describe('URLs per unit', () => {
  let second: TestUnit;
  let home: { documentId: string; slug: string };
  afterAll(async () => {
    // Removing the unit also removes its redirect records.
    if (second) await removeUnit(cms, second, [ARTICLE, REDIRECT]);
  });

  /** A unit's records (as the site of that unit reads them) whose address contains `text`. */
  async function unitRecords(slug: string, text: string): Promise<Array<[string, string | null]>> {
    const { status, body } = await request(
      `${cms.url}/api/redirects?filters[unit][slug][$eq]=${slug}&filters[fromPath][$contains]=${text}&pagination[pageSize]=100`,
      { token: cms.token },
    );
    expect(status).toBe(200);
    return (body.data as Array<{ fromPath: string; toPath: string | null }>).map((record): [string, string | null] => [record.fromPath, record.toPath]).sort();
  }

  it('lets two units publish the same slug, but not one unit twice (Vietnamese message)', async () => {
    second = await makeUnit(cms, 'dia-chi');
    home = await defaultUnit(cms);
    const made = marker();
    const slug = `khai-mac-${made.text}`;
    const inHome = await mustCreate(cms, ARTICLE, { ...validData(ARTICLE, made), slug, unit: home.documentId });
    const inSecond = await mustCreate(cms, ARTICLE, { ...validData(ARTICLE, marker()), slug, unit: second.documentId });
    expect([inHome.slug, inSecond.slug]).toEqual([slug, slug]);
    await publishEntry(cms, ARTICLE, inHome.documentId);
    await publishEntry(cms, ARTICLE, inSecond.documentId);
    const published = async (unit: string) =>
      ((await request(`${cms.url}/api/articles?filters[slug][$eq]=${slug}&filters[unit][slug][$eq]=${unit}`, { token: cms.token })).body.data as unknown[]).length;
    expect([await published(home.slug), await published(second.slug)]).toEqual([1, 1]);

    const twice = await createEntry<ValidationErrorBody>(cms, ARTICLE, { ...validData(ARTICLE, marker()), slug, unit: second.documentId });
    expect(twice.status).toBe(400);
    expect(twice.body.error.details.errors?.[0]).toMatchObject({
      path: ['slug'],
      message: `Đường dẫn “${slug}” đã được dùng cho một nội dung khác cùng loại của đơn vị này. Hãy chọn đường dẫn khác.`,
    });
    // A generated slug is made free within the unit only.
    const generated = await mustCreate(cms, ARTICLE, { ...validData(ARTICLE, marker()), title: `Khai mạc ${made.text}`, unit: second.documentId });
    expect(generated.slug).toBe(`${slug}-2`);
  });

  it('records a slug change in the unit’s own map, leaving the other unit’s same address alone', async () => {
    const made = marker();
    const slug = `hoi-nghi-${made.text}`;
    const inHome = await mustCreate(cms, ARTICLE, { ...validData(ARTICLE, made), slug, unit: home.documentId });
    const inSecond = await mustCreate(cms, ARTICLE, { ...validData(ARTICLE, marker()), slug, unit: second.documentId });
    await publishEntry(cms, ARTICLE, inHome.documentId);
    await publishEntry(cms, ARTICLE, inSecond.documentId);
    await updateEntry(cms, ARTICLE, inSecond.documentId, { slug: `${slug}-moi` });
    await publishEntry(cms, ARTICLE, inSecond.documentId);
    expect(await unitRecords(second.slug, made.text)).toEqual([[`/tin-tuc/${slug}/`, `/tin-tuc/${slug}-moi/`]]);
    expect(await unitRecords(home.slug, made.text)).toEqual([]);
    // The home unit's article still answers at the address the other unit's record redirects.
    expect((await getEntry(cms, ARTICLE, inHome.documentId)).slug).toBe(slug);
    // In the second unit the old address is held by its redirect; in the home unit a new entry may not take the
    // home article's slug, but the second unit's freed-and-redirected address does not block the home unit.
    const held = await createEntry<ValidationErrorBody>(cms, ARTICLE, { ...validData(ARTICLE, marker()), slug, unit: second.documentId });
    expect(held.status).toBe(400);
    expect(held.body.error.message).toMatch(/vẫn đang được dùng/);
  });

  it('refuses loops within a unit’s map only; the same pair in two units is no loop', async () => {
    const made = marker();
    const a = `/trang/a-${made.text}/`;
    const b = `/trang/b-${made.text}/`;
    expect((await createEntry(cms, REDIRECT, { fromPath: a, toPath: b, unit: second.documentId })).status).toBe(201);
    // The other unit may redirect b → a on its own site.
    expect((await createEntry(cms, REDIRECT, { fromPath: b, toPath: a, unit: home.documentId })).status).toBe(201);
    const loop = await createEntry<ValidationErrorBody>(cms, REDIRECT, { fromPath: b, toPath: a, unit: second.documentId });
    expect(loop.status).toBe(400);
    expect(loop.body.error.message).toMatch(/vòng lặp/);
    // The same old address twice in one unit is refused; chains collapse within the unit.
    const twice = await createEntry<ValidationErrorBody>(cms, REDIRECT, { fromPath: a, toPath: `/trang/x-${made.text}/`, unit: second.documentId });
    expect(twice.status).toBe(400);
    expect(twice.body.error.details.errors?.[0]?.message).toBe(`Địa chỉ “${a}” đã có bản ghi chuyển hướng của đơn vị này; hãy sửa bản ghi đó.`);
    const c = `/trang/c-${made.text}/`;
    expect((await createEntry(cms, REDIRECT, { fromPath: c, toPath: a, unit: second.documentId })).body.data.toPath).toBe(b);
    expect((await createEntry(cms, REDIRECT, { fromPath: `/trang/d-${made.text}/`, toPath: b, unit: home.documentId })).body.data.toPath).toBe(a);
  });

  it('redirects a unit’s old path prefix and hostname to the new ones, collapsing chains and never looping', async () => {
    const unitRecordsOf = async () => {
      const { body } = await request(
        `${manager(REDIRECT)}?page=1&pageSize=100&filters[unit][documentId][$eq]=${second.documentId}&filters[entryType][$eq]=api::unit.unit`,
        { token: await adminJwt(cms) },
      );
      return (body.results as Array<Record<string, string | null>>)
        .map((record) => `${record.fromHost ?? ''}${record.fromPath} → ${record.toHost ?? ''}${record.toPath}`)
        .sort();
    };
    const setUnit = async (data: Record<string, unknown>) => {
      const response = await request(`${cms.url}/content-manager/collection-types/api::unit.unit/${second.documentId}`, { method: 'PUT', token: await adminJwt(cms), body: data });
      expect(response.status, JSON.stringify(response.body)).toBe(200);
    };
    const first = second.pathPrefix!;
    const moved = first.replace(/\/$/, '-moi/');
    const again = first.replace(/\/$/, '-ba/');
    await setUnit({ portalName: 'Không đổi địa chỉ' });
    expect(await unitRecordsOf()).toEqual([]);
    await setUnit({ pathPrefix: moved });
    expect(await unitRecordsOf()).toEqual([`${first} → ${moved}`]);
    await setUnit({ pathPrefix: again });
    expect(await unitRecordsOf()).toEqual([`${first} → ${again}`, `${moved} → ${again}`].sort());
    // Back to the first prefix: it is live again, so no record leaves it (no loop).
    await setUnit({ pathPrefix: first });
    expect(await unitRecordsOf()).toEqual([`${again} → ${first}`, `${moved} → ${first}`].sort());

    // Its own hostname: the old address on the shared host leads there, and so does a later host change.
    const host = `${second.slug}.example.vn`;
    await setUnit({ hostname: host, pathPrefix: null });
    expect(await unitRecordsOf()).toEqual([`${again} → ${host}/`, `${first} → ${host}/`, `${moved} → ${host}/`].sort());
    const newHost = `moi-${second.slug}.example.vn`;
    await setUnit({ hostname: newHost });
    expect(await unitRecordsOf()).toEqual([`${again} → ${newHost}/`, `${first} → ${newHost}/`, `${host}/ → ${newHost}/`, `${moved} → ${newHost}/`].sort());
  });
});
