import { afterEach, describe, expect, it } from 'vitest';
import { articleSchema, siteSettingsSchema } from '@portal/shared-types';
import fs from 'node:fs';
import { StrapiLoadError } from '../src/loaders/errors.ts';
import { strapiLoader, strapiSingleLoader } from '../src/loaders/strapi-loader.ts';
import { makeArticles } from './support/fixtures.ts';
import { type FakeContext, fakeLoaderContext } from './support/loader-context.ts';
import { type MockStrapi, type MockStrapiOptions, type RecordedRequest, startMockStrapi } from './support/strapi-server.ts';

let server: MockStrapi | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(options: MockStrapiOptions): Promise<MockStrapi> {
  server = await startMockStrapi(options);
  return server;
}

const populate = { category: true, cover: true, sections: true };
const loader = (url: string, overrides: Partial<Parameters<typeof strapiLoader>[0]> = {}) =>
  strapiLoader({
    endpoint: '/api/articles',
    schema: articleSchema,
    query: { populate, sort: ['date:desc'] },
    config: { url, token: 'test-token' },
    retryDelayMs: 5,
    ...overrides,
  });

type Json = Record<string, unknown>;
const touch = (entry: Json, updatedAt: string, changes: Json = {}): Json => ({ ...entry, ...changes, updatedAt });
const isSweep = (request: RecordedRequest) => request.query.get('fields[0]') === 'documentId';
const isCursorQuery = (request: RecordedRequest) => request.query.has('filters[updatedAt][$gt]');

/** Loads once in full, then clears the recorded requests so that the second load is observed alone. */
async function loadedTwice(articles: Json[], change: (articles: Json[]) => void): Promise<{ fake: FakeContext; requests: RecordedRequest[]; before: Map<string, unknown> }> {
  const mock = await serve({ collections: { '/api/articles': articles } });
  const fake = fakeLoaderContext('articles', articleSchema);
  await loader(mock.url).load(fake.context);
  const before = new Map([...fake.entries].map(([id, entry]) => [id, entry]));
  change(articles);
  mock.requests.length = 0;
  await loader(mock.url).load(fake.context);
  return { fake, requests: mock.requests, before };
}

describe('incremental sync', () => {
  it('fetches only entries updated since the cursor and rewrites only those', async () => {
    const articles = makeArticles(150);
    const { fake, requests, before } = await loadedTwice(articles, (list) => {
      list[7] = touch(list[7]!, '2021-05-01T00:00:00.000Z', { title: 'Tiêu đề đã sửa' });
    });

    const cursorQuery = requests.find(isCursorQuery);
    expect(cursorQuery?.query.get('filters[updatedAt][$gt]')).toBe('2020-10-14T04:41:07.230Z');
    expect(cursorQuery?.query.get('populate[sections]')).toBe('true');
    // Full entries came only from the cursor query: one page, holding the one changed entry.
    expect(requests.filter((request) => !isSweep(request))).toHaveLength(1);
    // The sweep asks for ids and update times only, every page, read by id: each page after the last id of the one before.
    const sweeps = requests.filter(isSweep);
    const lastIdOfFirstPage = String(Math.max(...articles.map((article) => Number(article['id']))) - 50);
    expect(sweeps.map((request) => request.query.get('filters[id][$gt]'))).toEqual(['0', lastIdOfFirstPage]);
    expect(sweeps.every((request) => request.query.get('sort[0]') === 'id:asc' && request.query.get('pagination[withCount]') === 'false')).toBe(true);
    expect(sweeps[0]?.query.get('fields[1]')).toBe('updatedAt');
    expect(sweeps[0]?.query.has('populate[category]')).toBe(false);

    const changedId = String(articles[7]!['documentId']);
    expect(fake.entries.get(changedId)?.data['title']).toBe('Tiêu đề đã sửa');
    expect(fake.entries.get(changedId)).not.toBe(before.get(changedId));
    // Unchanged entries are the very same stored objects: skipped by digest, never rewritten.
    const unchanged = [...fake.entries].filter(([id]) => id !== changedId);
    expect(unchanged).toHaveLength(149);
    expect(unchanged.every(([id, entry]) => entry === before.get(id))).toBe(true);
    expect(fake.logs.at(-1)).toMatch(/^info: articles: 150 entries \(incremental since 2020-10-14T04:41:07.230Z: 1 fetched, 1 written, 0 deleted\)/);
  });

  it('deletes entries that were deleted or unpublished, found by the documentId sweep', async () => {
    const articles = makeArticles(30);
    const goneIds = [articles[0]!['documentId'], articles[29]!['documentId']];
    const { fake, requests } = await loadedTwice(articles, (list) => {
      list.splice(29, 1);
      list.splice(0, 1);
    });

    expect(fake.entries.size).toBe(28);
    for (const id of goneIds) expect(fake.entries.has(String(id))).toBe(false);
    expect(requests.filter((request) => !isSweep(request) && !isCursorQuery(request))).toHaveLength(0);
  });

  it('picks up a newly published entry whose updatedAt is older than the cursor', async () => {
    const articles = makeArticles(10);
    const late: Json = { ...makeArticles(11)[10]!, updatedAt: '2019-01-01T00:00:00.000Z' };
    const { fake, requests } = await loadedTwice(articles, (list) => list.push(late));

    expect(fake.entries.get(String(late['documentId']))?.data['title']).toBe(late['title']);
    const refetch = requests.find((request) => request.query.has('filters[documentId][$in][0]'));
    expect(refetch?.query.get('filters[documentId][$in][0]')).toBe(late['documentId']);
    expect(refetch?.query.get('populate[cover]')).toBe('true');
  });

  it('reloads everything when the populate changes', async () => {
    const articles = makeArticles(5);
    const mock = await serve({ collections: { '/api/articles': articles } });
    const fake = fakeLoaderContext('articles', articleSchema);
    await loader(mock.url).load(fake.context);
    mock.requests.length = 0;

    await loader(mock.url, { query: { populate: { ...populate, tags: true } } }).load(fake.context);

    expect(mock.requests.some((request) => isCursorQuery(request) || isSweep(request))).toBe(false);
    // Every entry is rewritten: the stored ones may have been shaped by an older loader.
    expect(fake.logs.at(-1)).toContain('(full: 5 fetched, 5 written');
  });

  it('leaves the store and the cursor untouched when the sweep fails, and resumes from the same cursor', async () => {
    const articles = makeArticles(20);
    let failSweep = false;
    const mock = await serve({
      collections: { '/api/articles': articles },
      fault: (request) => (failSweep && isSweep(request) ? { status: 500 } : undefined),
    });
    const fake = fakeLoaderContext('articles', articleSchema);
    await loader(mock.url).load(fake.context);
    const snapshot = new Map(fake.entries);
    articles[3] = touch(articles[3]!, '2022-01-01T00:00:00.000Z', { title: 'Đã sửa lần một' });
    articles.splice(10, 1);
    failSweep = true;

    const error = await loader(mock.url, { retries: 1 })
      .load(fake.context)
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(StrapiLoadError);
    expect((error as StrapiLoadError).message).toMatch(/"articles".*fields\[0\]=documentId.*HTTP 500/);
    expect(fake.entries).toEqual(snapshot);

    failSweep = false;
    mock.requests.length = 0;
    await loader(mock.url).load(fake.context);
    expect(mock.requests.find(isCursorQuery)?.query.get('filters[updatedAt][$gt]')).toBe('2020-10-14T04:41:07.230Z');
    expect(fake.entries.size).toBe(19);
    expect(fake.entries.get(String(articles[3]!['documentId']))?.data['title']).toBe('Đã sửa lần một');
  });

  it('fails the build on an invalid changed entry, naming the field, without touching the store', async () => {
    const articles = makeArticles(5);
    const { url } = await serve({ collections: { '/api/articles': articles } });
    const fake = fakeLoaderContext('articles', articleSchema);
    await loader(url).load(fake.context);
    const snapshot = new Map(fake.entries);
    articles[1] = touch(articles[1]!, '2022-01-01T00:00:00.000Z', { slug: 'Không Hợp Lệ' });

    await expect(loader(url).load(fake.context)).rejects.toThrow(/data\[0\]\.slug/);
    expect(fake.entries).toEqual(snapshot);
  });
});

describe('content types the CMS may not have', () => {
  it("empties the collection on HTTP 404 when ifMissing is 'empty', with a warning", async () => {
    const { url } = await serve({ collections: {} });
    const fake = fakeLoaderContext('documents', articleSchema, [{ id: 'old', data: {}, digest: 'x' }]);

    await loader(url, { endpoint: '/api/legal-documents', ifMissing: 'empty' }).load(fake.context);

    expect(fake.entries.size).toBe(0);
    expect(fake.logs).toEqual([expect.stringMatching(/^warn: documents: the CMS has no such content type.*HTTP 404.*\/api\/legal-documents/)]);
  });

  it('still fails on any other error, e.g. a 403 or a 500', async () => {
    for (const status of [403, 500]) {
      const { url } = await serve({ collections: {}, fault: () => ({ status }) });
      await expect(loader(url, { endpoint: '/api/legal-documents', ifMissing: 'empty', retries: 0 }).load(fakeLoaderContext('documents', articleSchema).context)).rejects.toThrow(
        new RegExp(`HTTP ${status}`),
      );
      await server?.close();
      server = undefined;
    }
  });

  it('fails on a 404 by default', async () => {
    const { url } = await serve({ collections: {} });
    await expect(loader(url, { endpoint: '/api/legal-documents' }).load(fakeLoaderContext('documents', articleSchema).context)).rejects.toThrow(/HTTP 404/);
  });
});

describe('strapiSingleLoader', () => {
  const settings = (JSON.parse(fs.readFileSync(new URL('../../shared-types/test/fixtures/site-settings.json', import.meta.url), 'utf8')) as { data: Json }).data;
  const single = (url: string, ifMissing: 'fail' | 'empty' = 'fail') =>
    strapiSingleLoader({ endpoint: '/api/site-setting', schema: siteSettingsSchema, query: { populate: { linkedWebsites: true } }, config: { url, token: 'test-token' }, ifMissing });

  it('stores the one entry under its documentId, asking for the populate', async () => {
    const mock = await serve({ collections: {}, singles: { '/api/site-setting': settings } });
    const fake = fakeLoaderContext('siteSettings', siteSettingsSchema);

    await single(mock.url).load(fake.context);

    expect([...fake.entries.keys()]).toEqual(['ss1']);
    expect(fake.entries.get('ss1')?.data['portalName']).toBe('Cổng thông tin điện tử huyện Bình Sơn');
    expect(mock.requests[0]?.query.get('populate[linkedWebsites]')).toBe('true');
  });

  it('fails on an invalid entry and on a missing one unless allowed', async () => {
    const bad = await serve({ collections: {}, singles: { '/api/site-setting': { ...settings, email: 42 } } });
    await expect(single(bad.url).load(fakeLoaderContext('siteSettings', siteSettingsSchema).context)).rejects.toThrow(/email/);
    await bad.close();
    const empty = await serve({ collections: {} });
    await expect(single(empty.url).load(fakeLoaderContext('siteSettings', siteSettingsSchema).context)).rejects.toThrow(/HTTP 404/);
    const fake = fakeLoaderContext('siteSettings', siteSettingsSchema);
    await single(empty.url, 'empty').load(fake.context);
    expect(fake.entries.size).toBe(0);
  });
});
