import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { type Article, articleSchema } from '@portal/shared-types';
import { articleSections } from '../src/lib/articles/article-body.ts';
import type { StoredArticle } from '../src/lib/articles/articles.ts';
import { COLLECTION_SOURCES } from '../src/collections.ts';
import { strapiLoader } from '../src/loaders/strapi-loader.ts';
import { makeArticles } from './support/fixtures.ts';
import { fakeLoaderContext } from './support/loader-context.ts';
import { type MockStrapi, startMockStrapi } from './support/strapi-server.ts';

type Json = Record<string, unknown>;

let server: MockStrapi | undefined;
const scratch: string[] = [];
afterEach(async () => {
  await server?.close();
  server = undefined;
  for (const dir of scratch.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** The articles collection as the site loads it (its body detached), against a fake CMS holding `articles`. */
async function articlesLoader(articles: Json[]) {
  server = await startMockStrapi({ collections: { '/api/articles': articles } });
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-detach-'));
  scratch.push(cacheDir);
  const fake = fakeLoaderContext('articles', articleSchema, [], pathToFileURL(`${cacheDir}/`));
  const { detach, query } = COLLECTION_SOURCES.articles;
  const loader = strapiLoader({ endpoint: '/api/articles', schema: articleSchema, query, detach, config: { url: server.url, token: 'test-token' }, retryDelayMs: 5 });
  const stored = (id: unknown) => fake.entries.get(String(id))?.data as unknown as StoredArticle;
  return { fake, cacheDir, load: () => loader.load(fake.context), stored };
}

const citingBody = (text: string): Json[] => [{ __component: 'sections.rich-text', id: 1, body: [{ type: 'paragraph', children: [{ type: 'text', text }] }] }];

describe('article bodies and category copies kept out of the data store', () => {
  it('stores each body in a file of its own and keeps the document numbers it cites', async () => {
    const articles = makeArticles(3);
    articles[1] = { ...articles[1], sections: citingBody('Thực hiện Nghị quyết số 12-NQ/TU của Ban Thường vụ Tỉnh ủy.') };
    const { fake, cacheDir, load, stored } = await articlesLoader(articles);
    await load();

    const entry = stored(articles[1]!['documentId']);
    expect(entry).not.toHaveProperty('sections');
    expect(path.dirname(entry.sectionsFile)).toBe(path.join(cacheDir, 'detached', 'articles'));
    expect(entry.citedNumberKeys).toEqual(['12-nq/tu']);
    // The category is a reference, resolved through the site index.
    expect(entry.category).toEqual({ documentId: (articles[1]!['category'] as Json)['documentId'] });
    const body = articleSections(entry);
    expect(body).toEqual(articleSchema.parse(articles[1]).sections);
    expect(fs.readdirSync(path.dirname(entry.sectionsFile))).toHaveLength(3);
    // The digest covers the body: it is that of the whole entry.
    expect(fake.entries.get(entry.documentId)?.digest).toBe(fake.context.generateDigest(articleSchema.parse(articles[1]) as Json));
  });

  it('rewrites the body of an edited article, refetches one whose file went missing and removes a deleted one', async () => {
    const articles = makeArticles(4);
    const { fake, load, stored } = await articlesLoader(articles);
    await load();
    const [edited, lost, deleted] = [articles[0]!, articles[1]!, articles[2]!].map((article) => stored(article['documentId']));
    const digestBefore = fake.entries.get(edited!.documentId)?.digest;

    articles[0] = { ...articles[0], updatedAt: '2022-01-01T00:00:00.000Z', sections: citingBody('Nội dung mới.') };
    articles.splice(2, 1);
    fs.rmSync(lost!.sectionsFile);
    await load();

    expect(fake.logs.at(-1)).toMatch(/3 entries \(incremental since .*: 2 fetched, 2 written, 1 deleted\)/);
    expect(articleSections(stored(edited!.documentId))).toEqual(articleSchema.parse(articles[0]).sections);
    expect(fake.entries.get(edited!.documentId)?.digest).not.toBe(digestBefore);
    expect(fs.existsSync(lost!.sectionsFile)).toBe(true);
    expect(fs.existsSync(deleted!.sectionsFile)).toBe(false);
  });

  it('rewrites entries stored whole by an earlier version of the loader', async () => {
    const articles = makeArticles(2);
    const { fake, load, stored } = await articlesLoader(articles);
    const whole = articleSchema.parse(articles[0]) as Article & Json;
    fake.entries.set(whole.documentId, { id: whole.documentId, data: whole, digest: fake.context.generateDigest(whole) });
    await load();
    expect(stored(whole.documentId)).not.toHaveProperty('sections');
    expect(articleSections(stored(whole.documentId))).toEqual(whole.sections);
  });

  it('fails with a clear message when a body is missing at render time', () => {
    expect(() => articleSections({ slug: 'bai-viet', sectionsFile: '/nonexistent/bai-viet.json' })).toThrow(
      /Article "bai-viet": its stored value is missing \(\/nonexistent\/bai-viet\.json.*delete the build cache/,
    );
  });
});
