/**
 * The content API's response cache (src/response-cache/): repeated public reads are served from memory, and no
 * stale entry is served after an entry is updated, published or unpublished — per unit, since each unit's site
 * reads its own list. Draft, admin and signed-in requests are never cached.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminJwt, deleteCreatedEntries, mustCreate, publishEntry, uniqueMarker, updateEntry, validData } from './helpers/content-manager.ts';
import { request } from './helpers/http.ts';
import { makeUnit, removeUnit, type TestUnit } from './helpers/units.ts';

const cms = inject('cms');
const ARTICLE = 'api::article.article';

interface Read {
  status: number;
  cache: string | null;
  titles: string[];
}

/** `token` null: an anonymous visitor. */
async function read(path: string, token: string | null = cms.token): Promise<Read> {
  const response = await fetch(`${cms.url}${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  const body = (await response.json()) as { data?: Array<{ title: string }> | { title: string } | null };
  const data = body.data;
  const titles = Array.isArray(data) ? data.map((article) => article.title) : data ? [data.title] : [];
  return { status: response.status, cache: response.headers.get('x-cache'), titles };
}

/**
 * Reads until the answer comes from the cache, unchanged: background writes of the shared CMS (earlier test files'
 * leftovers) may bump the generation once or twice, but a working cache answers HIT within a few reads.
 */
async function readCached(path: string, token: string | null = cms.token): Promise<Read> {
  const first = await read(path, token);
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const again = await read(path, token);
    if (again.cache === 'HIT') {
      expect(again.titles).toEqual(first.titles);
      return again;
    }
  }
  throw new Error(`${path} was never served from the cache.`);
}

const listOf = (unit: TestUnit) =>
  `/api/articles?filters[unit][documentId][$eq]=${unit.documentId}&sort[0]=date:desc&populate[category]=true&pagination[pageSize]=20`;

describe('the API response cache', () => {
  const units: TestUnit[] = [];

  beforeAll(async () => {
    units.push(await makeUnit(cms, 'bo-nho-dem-a'), await makeUnit(cms, 'bo-nho-dem-b'));
  });

  afterAll(async () => {
    await deleteCreatedEntries();
    for (const unit of units) await removeUnit(cms, unit, [ARTICLE]);
  });

  it('serves a repeated list from memory and never a stale one after update, publish or unpublish, per unit', async () => {
    const jwt = await adminJwt(cms);
    for (const unit of units) {
      const marker = uniqueMarker();
      const article = await mustCreate(cms, ARTICLE, { ...validData(ARTICLE, marker), unit: unit.documentId });
      await publishEntry(cms, ARTICLE, article.documentId);
      const title = `Tin kiểm thử ${marker.text}`;

      expect((await readCached(listOf(unit))).titles).toEqual([title]);

      // Update + publish: the next read has the new title, not the cached one.
      const renamed = `${title} (đã sửa)`;
      expect((await updateEntry(cms, ARTICLE, article.documentId, { title: renamed })).status).toBe(200);
      await publishEntry(cms, ARTICLE, article.documentId);
      const afterPublish = await read(listOf(unit));
      expect(afterPublish.cache).not.toBe('HIT');
      expect(afterPublish.titles).toEqual([renamed]);
      expect((await readCached(listOf(unit))).titles).toEqual([renamed]);

      // A draft edit alone changes nothing published; the published list is still right.
      expect((await updateEntry(cms, ARTICLE, article.documentId, { title: `${title} (nháp)` })).status).toBe(200);
      expect((await read(listOf(unit))).titles).toEqual([renamed]);

      // Unpublish: gone from the list at once, for the token and for visitors.
      const unpublished = await request(
        `${cms.url}/content-manager/collection-types/${ARTICLE}/${article.documentId}/actions/unpublish`,
        { method: 'POST', token: jwt, body: {} },
      );
      expect(unpublished.status).toBe(200);
      expect((await read(listOf(unit))).titles).toEqual([]);
      expect((await read(`/api/articles/${article.documentId}`)).status).toBe(404);
    }
  });

  it('keeps the units apart: a write in one unit never shows in the other', async () => {
    const [a, b] = units as [TestUnit, TestUnit];
    const before = await readCached(listOf(b));
    const marker = uniqueMarker();
    const article = await mustCreate(cms, ARTICLE, { ...validData(ARTICLE, marker), unit: a.documentId });
    await publishEntry(cms, ARTICLE, article.documentId);
    expect((await read(listOf(a))).titles).toEqual([`Tin kiểm thử ${marker.text}`]);
    expect((await read(listOf(b))).titles).toEqual(before.titles);
  });

  it('caches per caller: a visitor never gets an entry stored for a token, and signed-in or draft reads are never cached', async () => {
    const path = `/api/articles?pagination[pageSize]=3&fields[0]=title&filters[title][$ne]=${uniqueMarker().text}`;
    expect((await read(path, cms.token)).cache).toBe('MISS');
    await readCached(path, cms.token);
    // The token's entry is not the visitor's: the visitor's first read is a miss of its own.
    expect((await read(path, null)).cache).toBe('MISS');
    await readCached(path, null);

    const drafts = `/api/articles?status=draft&pagination[pageSize]=3&filters[title][$ne]=${uniqueMarker().text}`;
    for (let n = 0; n < 2; n += 1) expect((await read(drafts)).cache).toBeNull();

    // The admin panel's own reads (drafts included) never go through the cache.
    const jwt = await adminJwt(cms);
    const admin = `/content-manager/collection-types/${ARTICLE}?page=1&pageSize=3`;
    for (let n = 0; n < 2; n += 1) {
      const response = await fetch(`${cms.url}${admin}`, { headers: { Authorization: `Bearer ${jwt}` } });
      expect(response.status).toBe(200);
      expect(response.headers.get('x-cache')).toBeNull();
    }
    // An admin JWT sent to the content API is refused and not cached either.
    for (let n = 0; n < 2; n += 1) expect((await read(path, jwt)).cache).toBeNull();
  });
});
