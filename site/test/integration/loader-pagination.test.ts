import { articleSchema } from '@portal/shared-types';
import { describe, expect, inject, it } from 'vitest';
import { demoArticles } from '../../../cms/src/seed/demo-content.ts';
import { createStrapiClient } from '../../src/loaders/strapi-client.ts';

const cms = inject('cms');

describe('the loader client against a live CMS', () => {
  it('reads every published article across several pages', async () => {
    const client = createStrapiClient({ baseUrl: cms.url, token: cms.token, pageSize: 3 });
    const articles = await client.fetchCollection({
      collection: 'articles',
      endpoint: '/api/articles',
      query: { populate: { category: true, cover: true, sections: true }, sort: ['date:desc'] },
      itemSchema: articleSchema,
    });
    const published = demoArticles.filter((article) => !article.draft);
    // More entries than one page holds: the later pages were fetched too.
    expect(published.length).toBeGreaterThan(3);
    expect(articles.map((article) => article.slug).sort()).toEqual(published.map((article) => article.slug).sort());
    expect(new Set(articles.map((article) => article.documentId)).size).toBe(articles.length);
  });

  it('fails with the collection, URL and status when the token is wrong', async () => {
    const client = createStrapiClient({ baseUrl: cms.url, token: 'not-a-token', retries: 0 });
    await expect(
      client.fetchCollection({ collection: 'articles', endpoint: '/api/articles', itemSchema: articleSchema }),
    ).rejects.toThrow(/articles.*\/api\/articles.*401|401.*articles/s);
  });
});
