import { describe, expect, inject, it } from 'vitest';
import { articleSchema } from '@portal/shared-types';
import { demoArticles, demoDocuments } from '../../../cms/src/seed/demo-content.ts';
import { COLLECTION_SOURCES } from '../../src/collections.ts';
import { createStrapiClient } from '../../src/loaders/strapi-client.ts';
import { strapiLoader } from '../../src/loaders/strapi-loader.ts';
import { fakeLoaderContext } from '../support/loader-context.ts';

const cms = inject('cms');

describe('the loader against a live CMS', () => {
  it('reads every published article across several pages, with the build’s populate', async () => {
    const client = createStrapiClient({ baseUrl: cms.url, token: cms.token, pageSize: 3 });
    const { endpoint, query, schema } = COLLECTION_SOURCES.articles;
    const articles = await client.fetchCollection({ collection: 'articles', endpoint, query, itemSchema: schema });
    const published = demoArticles.filter((article) => !article.draft);
    // More entries than one page holds: the later pages were fetched too.
    expect(published.length).toBeGreaterThan(3);
    expect(articles.map((article) => article.slug).sort()).toEqual(published.map((article) => article.slug).sort());
    expect(new Set(articles.map((article) => article.documentId)).size).toBe(articles.length);
  });

  it("pages at the loader's default size: the CMS's REST maxLimit is 1,000 and caps what is asked beyond it", async () => {
    const pageSizeFor = async (asked: number) => {
      const response = await fetch(`${cms.url}/api/articles?fields[0]=slug&pagination[pageSize]=${asked}`, {
        headers: { Authorization: `Bearer ${cms.token}` },
      });
      return ((await response.json()) as { meta: { pagination: { pageSize: number } } }).meta.pagination.pageSize;
    };
    expect(await pageSizeFor(1000)).toBe(1000);
    expect(await pageSizeFor(5000)).toBe(1000);
  });

  it('fails with the collection, URL and status when the token is wrong', async () => {
    const client = createStrapiClient({ baseUrl: cms.url, token: 'not-a-token', retries: 0 });
    await expect(
      client.fetchCollection({ collection: 'articles', endpoint: '/api/articles', itemSchema: articleSchema }),
    ).rejects.toThrow(/articles.*\/api\/articles.*401|401.*articles/s);
  });

  it('syncs incrementally: a second load only sweeps, keeps every entry and rewrites none', async () => {
    const source = COLLECTION_SOURCES.documents;
    const loader = strapiLoader({ ...source, config: { url: cms.url, token: cms.token } });
    const fake = fakeLoaderContext('documents', source.schema);
    await loader.load(fake.context);
    const first = new Map(fake.entries);
    expect(first.size).toBe(demoDocuments.filter((document) => !document.draft).length);

    await loader.load(fake.context);

    expect(fake.logs.at(-1)).toMatch(/documents: \d+ entries \(incremental since .*: 0 fetched, 0 written, 0 deleted\)/);
    expect([...fake.entries].every(([id, entry]) => entry === first.get(id))).toBe(true);
  });
});
