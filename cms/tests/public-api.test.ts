import { describe, expect, inject, it } from 'vitest';
import { demoArticles, demoCategories } from '../src/seed/demo-content.ts';
import { adminJwt } from './helpers/content-manager.ts';
import { request } from './helpers/http.ts';

const cms = inject('cms');
const published = demoArticles.filter((article) => !article.draft);
const draft = demoArticles.find((article) => article.draft)!;

async function articleCount(): Promise<number> {
  const jwt = await adminJwt(cms);
  const { body } = await request(`${cms.url}/content-manager/collection-types/api::article.article?page=1&pageSize=1`, { token: jwt });
  return body.pagination.total;
}

describe.each([
  ['an anonymous visitor', undefined],
  ['the read-only site token', cms.token],
] as const)('the public content API as %s', (_who, token) => {
  it('lists every published demo article and no draft', async () => {
    const { status, body } = await request(`${cms.url}/api/articles?pagination[pageSize]=100`, { token });
    expect(status).toBe(200);
    const titles = body.data.map((article: { title: string }) => article.title);
    expect(titles).toEqual(expect.arrayContaining(published.map((article) => article.title)));
    expect(titles).not.toContain(draft.title);
    expect(body.data.every((article: { publishedAt: string | null }) => article.publishedAt !== null)).toBe(true);
  });

  it('does not hand out drafts when asked for them', async () => {
    const { status, body } = await request(`${cms.url}/api/articles?status=draft&pagination[pageSize]=100`, { token });
    const titles = status === 200 ? body.data.map((article: { title: string }) => article.title) : [];
    expect(titles).not.toContain(draft.title);
    expect(status === 200 ? body.data.every((a: { publishedAt: string | null }) => a.publishedAt !== null) : true).toBe(true);
  });

  it('lists the categories', async () => {
    const { status, body } = await request(`${cms.url}/api/categories`, { token });
    expect(status).toBe(200);
    expect(body.data.map((category: { slug: string }) => category.slug).sort()).toEqual(
      demoCategories.map((category) => category.slug).sort(),
    );
  });

  it('refuses to create, update or delete, and changes nothing', async () => {
    const before = await articleCount();
    const { body: list } = await request(`${cms.url}/api/articles?pagination[pageSize]=1`, { token });
    const documentId: string = list.data[0].documentId;
    const attempts = [
      request(`${cms.url}/api/articles`, { method: 'POST', token, body: { data: { title: 'Tin giả mạo từ bên ngoài', date: new Date().toISOString() } } }),
      request(`${cms.url}/api/articles/${documentId}`, { method: 'PUT', token, body: { data: { title: 'Đã bị sửa' } } }),
      request(`${cms.url}/api/articles/${documentId}`, { method: 'DELETE', token }),
      request(`${cms.url}/api/categories`, { method: 'POST', token, body: { data: { name: 'Chuyên mục lạ' } } }),
    ];
    for (const response of await Promise.all(attempts)) {
      expect([401, 403, 405]).toContain(response.status);
    }
    expect(await articleCount()).toBe(before);
    const { body: after } = await request(`${cms.url}/api/articles/${documentId}`, { token });
    expect(after.data.title).toBe(list.data[0].title);
  });
});

describe('drafts', () => {
  it('are not reachable by documentId', async () => {
    const jwt = await adminJwt(cms);
    const { body } = await request(
      `${cms.url}/content-manager/collection-types/api::article.article?filters[slug][$eq]=${draft.slug}`,
      { token: jwt },
    );
    const documentId: string = body.results[0].documentId;
    for (const token of [undefined, cms.token]) {
      const { status } = await request(`${cms.url}/api/articles/${documentId}`, { token });
      expect(status).toBe(404);
      const drafted = await request(`${cms.url}/api/articles/${documentId}?status=draft`, { token });
      expect(drafted.status === 404 || drafted.body?.data?.publishedAt !== null).toBe(true);
    }
  });
});
