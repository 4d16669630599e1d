import { afterEach, describe, expect, it, vi } from 'vitest';
import { articleSchema, categorySchema } from '@portal/shared-types';
import { astroCommandRecorder } from '../src/loaders/astro-command.ts';
import { StrapiLoadError } from '../src/loaders/errors.ts';
import { strapiLoader } from '../src/loaders/strapi-loader.ts';
import { categoryEntries, makeArticles } from './support/fixtures.ts';
import { fakeLoaderContext } from './support/loader-context.ts';
import { type MockStrapi, type MockStrapiOptions, startMockStrapi } from './support/strapi-server.ts';

let server: MockStrapi | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(options: MockStrapiOptions): Promise<MockStrapi> {
  server = await startMockStrapi(options);
  return server;
}

const articlesLoader = (url: string, overrides: Partial<Parameters<typeof strapiLoader>[0]> = {}) =>
  strapiLoader({
    endpoint: '/api/articles',
    schema: articleSchema,
    query: { populate: { category: true, cover: true, sections: true }, sort: ['date:desc'] },
    config: { url, token: 'test-token' },
    retryDelayMs: 5,
    ...overrides,
  });

const staleEntry = { id: 'stale-entry', data: { title: 'Tin cũ đã gỡ' }, digest: 'old' };

describe('strapiLoader', () => {
  it('stores every entry under its documentId, parsed by the schema, with a digest', async () => {
    const articles = makeArticles(250);
    const { url } = await serve({ collections: { '/api/articles': articles } });
    const fake = fakeLoaderContext('articles', articleSchema);

    await articlesLoader(url).load(fake.context);

    expect([...fake.entries.keys()]).toEqual(articles.map((article) => article['documentId']));
    const first = fake.entries.get(String(articles[0]?.['documentId']));
    expect(first?.data).toEqual(articleSchema.parse(articles[0]));
    expect(first?.digest).toMatch(/^[0-9a-f]{16}$/);
    expect(fake.logs.some((line) => line.startsWith('info: articles: 250 entries (full: 250 fetched, 250 written, 0 deleted)'))).toBe(true);
  });

  it('replaces the previous contents, so entries gone from the CMS disappear', async () => {
    const { url } = await serve({ collections: { '/api/categories': categoryEntries() } });
    const fake = fakeLoaderContext('categories', categorySchema, [staleEntry]);

    await strapiLoader({ endpoint: '/api/categories', schema: categorySchema, config: { url, token: 'test-token' } }).load(fake.context);

    expect(fake.entries.has('stale-entry')).toBe(false);
    expect(fake.entries.size).toBe(categoryEntries().length);
    expect(fake.entries.get('k4kiemtragiamsat000000000')?.data['parent']).toMatchObject({ slug: 'xay-dung-dang' });
  });

  it('leaves the store untouched when a later page fails', async () => {
    const { url } = await serve({
      collections: { '/api/articles': makeArticles(250) },
      fault: (request) => (request.page === 3 ? { status: 500 } : undefined),
    });
    const fake = fakeLoaderContext('articles', articleSchema, [staleEntry]);

    const error = await articlesLoader(url, { retries: 1 })
      .load(fake.context)
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(StrapiLoadError);
    expect((error as StrapiLoadError).message).toContain('"articles"');
    expect(fake.clears()).toBe(0);
    expect([...fake.entries.values()]).toEqual([staleEntry]);
  });

  it('leaves the store untouched when a page fails validation', async () => {
    const { url } = await serve({
      collections: { '/api/articles': makeArticles(150) },
      fault: (request) => (request.page === 2 ? { json: (normal) => ({ ...normal, data: [{ id: 1 }] }) } : undefined),
    });
    const fake = fakeLoaderContext('articles', articleSchema, [staleEntry]);

    await expect(articlesLoader(url).load(fake.context)).rejects.toThrow(StrapiLoadError);
    expect(fake.clears()).toBe(0);
    expect(fake.entries.size).toBe(1);
  });

  it('refuses an empty collection the site cannot do without, keeping the store', async () => {
    const { url } = await serve({ collections: { '/api/articles': [] } });
    const fake = fakeLoaderContext('articles', articleSchema, [staleEntry]);

    await expect(articlesLoader(url, { allowEmpty: false }).load(fake.context)).rejects.toThrow(/no published entries/);
    expect(fake.entries.size).toBe(1);
  });

  it('accepts an empty collection by default', async () => {
    const { url } = await serve({ collections: { '/api/categories': [] } });
    const fake = fakeLoaderContext('categories', categorySchema, [staleEntry]);

    await strapiLoader({ endpoint: '/api/categories', schema: categorySchema, config: { url, token: 'test-token' } }).load(fake.context);

    expect(fake.entries.size).toBe(0);
  });

  it('names errors after the collection label when one is given', async () => {
    const { url } = await serve({ collections: {} });
    const fake = fakeLoaderContext('articles', articleSchema);

    await expect(articlesLoader(url, { collection: 'tin-bai' }).load(fake.context)).rejects.toThrow(/collection "tin-bai"/);
  });
});

describe('strapiLoader under `astro sync`', () => {
  const recordCommand = (command: 'sync' | 'build') =>
    (astroCommandRecorder().hooks['astro:config:setup'] as (options: { command: string }) => void)({ command });

  afterEach(() => {
    vi.unstubAllEnvs();
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('portal.site.astroCommand')];
  });

  it('generates types without loading when STRAPI_URL is not set', async () => {
    vi.stubEnv('STRAPI_URL', '');
    recordCommand('sync');
    const fake = fakeLoaderContext('articles', articleSchema, [staleEntry]);

    await strapiLoader({ endpoint: '/api/articles', schema: articleSchema }).load(fake.context);

    expect(fake.entries.size).toBe(1);
    expect(fake.logs).toEqual([expect.stringMatching(/^warn: articles: STRAPI_URL is not set/)]);
  });

  it('still requires STRAPI_URL for a build', async () => {
    vi.stubEnv('STRAPI_URL', '');
    recordCommand('build');
    const fake = fakeLoaderContext('articles', articleSchema);

    await expect(strapiLoader({ endpoint: '/api/articles', schema: articleSchema }).load(fake.context)).rejects.toThrow(
      /STRAPI_URL is not set/,
    );
  });
});
