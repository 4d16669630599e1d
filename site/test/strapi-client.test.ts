import { afterEach, describe, expect, it } from 'vitest';
import { articleSchema, categorySchema } from '@portal/shared-types';
import { StrapiLoadError } from '../src/loaders/errors.ts';
import { type StrapiClientOptions, createStrapiClient } from '../src/loaders/strapi-client.ts';
import { categoryEntries, makeArticles } from './support/fixtures.ts';
import { type MockStrapiOptions, type MockStrapi, startMockStrapi } from './support/strapi-server.ts';

let server: MockStrapi | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(options: Partial<MockStrapiOptions> & Pick<MockStrapiOptions, 'collections'>): Promise<MockStrapi> {
  server = await startMockStrapi(options);
  return server;
}

const client = (url: string, options: Partial<StrapiClientOptions> = {}) =>
  createStrapiClient({ baseUrl: url, token: 'test-token', retryDelayMs: 5, ...options });

const articlesRequest = {
  collection: 'articles',
  endpoint: '/api/articles',
  itemSchema: articleSchema,
  query: { populate: { category: true, cover: true, sections: true }, sort: ['date:desc'] },
};

/** Runs `promise`, expecting a StrapiLoadError, and returns it. */
async function loadError(promise: Promise<unknown>): Promise<StrapiLoadError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(StrapiLoadError);
  return error as StrapiLoadError;
}

describe('reading a collection page by page', () => {
  it('reads 250 entries over 3 pages, requesting every page exactly once', async () => {
    const articles = makeArticles(250);
    const { url, requests } = await serve({ collections: { '/api/articles': articles } });

    const entries = await client(url).fetchCollection(articlesRequest);

    expect(entries.map((entry) => entry.documentId)).toEqual(articles.map((article) => article['documentId']));
    expect(requests.map((request) => request.page).sort()).toEqual([1, 2, 3]);
    expect(requests.every((request) => request.attempt === 1)).toBe(true);
  });

  it('asks for published entries, pageSize 1000, explicit populate and a total sort order, with the bearer token', async () => {
    const { url, requests } = await serve({ collections: { '/api/articles': makeArticles(3) } });

    await client(url).fetchCollection(articlesRequest);

    const [request] = requests;
    expect(request?.authorization).toBe('Bearer test-token');
    expect(Object.fromEntries(request?.query ?? [])).toEqual({
      'populate[category]': 'true',
      'populate[cover]': 'true',
      'populate[sections]': 'true',
      'sort[0]': 'date:desc',
      'sort[1]': 'id:asc',
      status: 'published',
      'pagination[page]': '1',
      'pagination[pageSize]': '1000',
    });
  });

  it('honours a configured page size', async () => {
    const { url, requests } = await serve({ collections: { '/api/articles': makeArticles(25) } });

    const entries = await client(url).fetchCollection({ ...articlesRequest, pageSize: 10 });

    expect(entries).toHaveLength(25);
    expect(requests.map((request) => request.query.get('pagination[pageSize]'))).toEqual(['10', '10', '10']);
  });

  it('returns nothing for an empty collection after one request', async () => {
    const { url, requests } = await serve({ collections: { '/api/categories': [] } });

    const entries = await client(url).fetchCollection({ collection: 'categories', endpoint: '/api/categories', itemSchema: categorySchema });

    expect(entries).toEqual([]);
    expect(requests).toHaveLength(1);
  });

  it('returns entries as sent, leaving schema transforms to the caller', async () => {
    const categories = categoryEntries();
    const { url } = await serve({ collections: { '/api/categories': categories } });

    const entries = await client(url).fetchCollection({ collection: 'categories', endpoint: '/api/categories', itemSchema: categorySchema });

    expect(entries).toEqual(categories);
  });
});

describe('reading a collection by id (keyset)', () => {
  const byId = { collection: 'articles', endpoint: '/api/articles', itemSchema: articleSchema, query: { populate: { category: true } } };

  it('reads 250 entries in id order, each page after the last id of the one before, at the page size the server applies', async () => {
    const articles = makeArticles(250).reverse();
    const { url, requests } = await serve({ collections: { '/api/articles': articles } });

    const entries = await client(url).fetchCollection(byId);

    expect(entries.map((entry) => entry.documentId)).toEqual([...articles].reverse().map((article) => article['documentId']));
    // The server caps pageSize 1000 at 100: 100 + 100 + 50, the short page is the last.
    expect(requests.map((request) => request.query.get('filters[id][$gt]'))).toEqual(['0', '1100', '1200']);
    expect(requests.every((request) => request.page === 1 && request.query.get('pagination[withCount]') === 'false')).toBe(true);
    expect(requests.every((request) => request.query.get('sort[0]') === 'id:asc' && !request.query.has('sort[1]'))).toBe(true);
  });

  it('keeps the later copy of an entry re-published (a new id) while the collection is read', async () => {
    const articles = makeArticles(150);
    const republished = { ...articles[0]!, id: 5000, title: 'Tiêu đề sau khi xuất bản lại' };
    const { url } = await serve({
      collections: { '/api/articles': articles },
      fault: (request) =>
        request.query.get('filters[id][$gt]') === '1100' ? { json: (normal) => ({ ...normal, data: [...normal.data, republished] }) } : undefined,
    });

    const entries = await client(url).fetchCollection(byId);

    expect(entries).toHaveLength(150);
    expect(entries.at(-1)).toMatchObject({ documentId: articles[0]!['documentId'], title: 'Tiêu đề sau khi xuất bản lại' });
  });

  it('fails on a page whose entries do not come after the last id read', async () => {
    const { url } = await serve({
      collections: { '/api/articles': makeArticles(150) },
      fault: (request) => (request.query.get('filters[id][$gt]') === '1100' ? { json: (normal) => ({ ...normal, data: [makeArticles(1)[0]] }) } : undefined),
    });

    const error = await loadError(client(url).fetchCollection(byId));
    expect(error.message).toMatch(/without an id above 1100/);
  });
});

describe('bounded concurrency', () => {
  it('never has more page requests in flight than the limit, and uses the limit', async () => {
    const mock = await serve({ collections: { '/api/articles': makeArticles(120) }, delayMs: 40 });

    await client(mock.url, { concurrency: 3 }).fetchCollection({ ...articlesRequest, pageSize: 10 });

    expect(mock.requests).toHaveLength(12);
    expect(mock.maxInFlight).toBe(3);
  });

  it('requests page 1 alone before the others', async () => {
    const { url, requests } = await serve({ collections: { '/api/articles': makeArticles(50) }, delayMs: 20 });

    await client(url, { concurrency: 4 }).fetchCollection({ ...articlesRequest, pageSize: 10 });

    expect(requests[0]?.page).toBe(1);
    expect(requests.slice(1).map((request) => request.page).sort()).toEqual([2, 3, 4, 5]);
  });
});

describe('retries', () => {
  it('retries a page that answered 500 and then succeeds', async () => {
    const { url, requests } = await serve({
      collections: { '/api/articles': makeArticles(250) },
      fault: (request) => (request.page === 2 && request.attempt === 1 ? { status: 500 } : undefined),
    });

    const entries = await client(url).fetchCollection(articlesRequest);

    expect(entries).toHaveLength(250);
    expect(requests.filter((request) => request.page === 2).map((request) => request.attempt)).toEqual([1, 2]);
    expect(requests.filter((request) => request.page !== 2).every((request) => request.attempt === 1)).toBe(true);
  });

  it('retries a dropped connection', async () => {
    const { url } = await serve({
      collections: { '/api/articles': makeArticles(5) },
      fault: (request) => (request.attempt === 1 ? { destroy: true } : undefined),
    });

    await expect(client(url).fetchCollection(articlesRequest)).resolves.toHaveLength(5);
  });

  it('gives up after the configured retries with the last status', async () => {
    const { url, requests } = await serve({
      collections: { '/api/articles': makeArticles(5) },
      fault: () => ({ status: 503, body: { data: null, error: { status: 503, name: 'ServiceUnavailableError', message: 'Down' } } }),
    });

    const error = await loadError(client(url, { retries: 2 }).fetchCollection(articlesRequest));

    expect(requests).toHaveLength(3);
    expect(error.status).toBe(503);
    expect(error.message).toContain('after 3 attempts');
    expect(error.message).toContain('ServiceUnavailableError: Down');
  });

  it.each([
    [401, 'a wrong token', { token: 'wrong' }, {}],
    [404, 'an unknown endpoint', {}, { endpoint: '/api/unknown' }],
  ])('does not retry HTTP %i (%s) and names collection, URL and status', async (status, _label, clientOptions, requestOverrides) => {
    const { url, requests } = await serve({ collections: { '/api/articles': makeArticles(5) } });

    const error = await loadError(client(url, clientOptions).fetchCollection({ ...articlesRequest, ...requestOverrides }));

    expect(requests).toHaveLength(1);
    expect(error.name).toBe('StrapiLoadError');
    expect(error.status).toBe(status);
    expect(error.collection).toBe('articles');
    expect(new URL(error.url).pathname).toBe(requests[0]?.path);
    expect([...new URL(error.url).searchParams]).toEqual([...(requests[0]?.query ?? [])]);
    expect(error.url).toContain('populate[category]=true&populate[cover]=true&populate[sections]=true&sort[0]=date:desc');
    expect(error.message).toContain('"articles"');
    expect(error.message).toContain(error.url);
    expect(error.message).toContain(`HTTP ${status}`);
  });

  it('times out a slow response, retries, then fails', async () => {
    const { url, requests } = await serve({
      collections: { '/api/articles': makeArticles(5) },
      fault: () => ({ delayMs: 2_000 }),
    });

    const started = performance.now();
    const error = await loadError(client(url, { timeoutMs: 100, retries: 2 }).fetchCollection(articlesRequest));

    expect(requests).toHaveLength(3);
    expect(error.message).toContain('no complete response within 100 ms after 3 attempts');
    expect(error.status).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(1_500);
  });
});

describe('validation', () => {
  it('rejects a page whose entries do not match the schema, naming the field', async () => {
    const { url } = await serve({
      collections: { '/api/articles': makeArticles(150) },
      fault: (request) =>
        request.page === 2
          ? { json: (normal) => ({ ...normal, data: normal.data.map((entry, index) => (index === 3 ? { ...(entry as object), title: 42 } : entry)) }) }
          : undefined,
    });

    const error = await loadError(client(url).fetchCollection(articlesRequest));

    expect(new URL(error.url).searchParams.get('pagination[page]')).toBe('2');
    expect(error.message).toContain('does not match the expected schema');
    expect(error.message).toContain('data[3].title');
  });

  it('rejects a body without the list envelope', async () => {
    const { url } = await serve({ collections: {}, fault: () => ({ rawBody: JSON.stringify({ data: [] }) }) });

    const error = await loadError(client(url).fetchCollection(articlesRequest));

    expect(error.message).toContain('meta');
  });

  it('rejects a body that is not JSON, without retrying', async () => {
    const { url, requests } = await serve({ collections: {}, fault: () => ({ rawBody: '<html>Bad gateway page</html>' }) });

    const error = await loadError(client(url).fetchCollection(articlesRequest));

    expect(error.message).toContain('not JSON');
    expect(requests).toHaveLength(1);
  });

  it('fails when the collection changes between pages instead of returning a skewed set', async () => {
    const { url } = await serve({
      collections: { '/api/articles': makeArticles(150) },
      fault: (request) =>
        request.page === 2
          ? { json: (normal) => ({ ...normal, meta: { pagination: { ...normal.meta.pagination, total: 149 } } }) }
          : undefined,
    });

    const error = await loadError(client(url).fetchCollection(articlesRequest));

    expect(error.message).toContain('changed while it was being read');
  });
});

describe('an unreachable server', () => {
  it('fails with a network error after the retries', async () => {
    const { url } = await serve({ collections: {} });
    await server?.close();
    server = undefined;

    const error = await loadError(client(url, { retries: 1 }).fetchCollection(articlesRequest));

    expect(error.message).toMatch(/network error \(ECONNREFUSED/);
    expect(error.message).toContain('after 2 attempts');
  });
});
