import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { deleteCreatedEntries, mustCreate, publishEntry, uniqueMarker, validData } from './helpers/content-manager.ts';
import { request } from './helpers/http.ts';

/** Article ratings (one vote per visitor, article and day), the page-view beacon, visitor statistics and CORS. */
const cms = inject('cms');
const SITE = 'http://127.0.0.1:4321';
const visitor = () => `Mozilla/5.0 (kiem-thu ${crypto.randomUUID()})`;

async function post(path: string, body: string, contentType: string, userAgent = visitor(), extra: Record<string, string> = {}) {
  const response = await fetch(`${cms.url}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': contentType, 'User-Agent': userAgent, ...extra },
    body,
  });
  const text = await response.text();
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: response.status, headers: response.headers, body: json };
}

const rate = (article: string, score: unknown, userAgent?: string) =>
  post('/api/public/ratings', JSON.stringify({ article, score }), 'application/json', userAgent);

let article: Record<string, any>;

beforeAll(async () => {
  article = await mustCreate(cms, 'api::article.article', validData('api::article.article', uniqueMarker()));
  await publishEntry(cms, 'api::article.article', article.documentId);
});

afterAll(deleteCreatedEntries);

describe('article ratings', () => {
  it('counts one vote per visitor per article per day and serves "điểm trung bình / số lượt đánh giá"', async () => {
    const empty = await request(`${cms.url}/api/public/ratings?article=${article.slug}`);
    expect(empty.status).toBe(200);
    expect(empty.body.data).toEqual({ article: article.documentId, average: null, votes: 0 });

    const first = visitor();
    const counted = await rate(article.slug, 5, first);
    expect(counted.status).toBe(201);
    expect(counted.body.data).toMatchObject({ article: article.documentId, average: 5, votes: 1, message: 'Cảm ơn bạn đã đánh giá bài viết.' });

    const again = await rate(article.documentId, 1, first);
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe('Bạn đã đánh giá bài viết này hôm nay. Mời bạn quay lại vào ngày mai.');

    // Two visitors at once: both count, the aggregate is updated atomically.
    const [second, third] = await Promise.all([rate(article.slug, 4), rate(article.slug, 4)]);
    expect([second.status, third.status]).toEqual([201, 201]);

    const { body } = await request(`${cms.url}/api/public/ratings?article=${article.documentId}`);
    expect(body.data).toEqual({ article: article.documentId, average: 4.3, votes: 3 });
    const all = await request(`${cms.url}/api/public/ratings?pageSize=100`);
    expect(all.body.data).toContainEqual({ article: article.documentId, average: 4.3, votes: 3 });
  });

  it.each([
    ['a score of 0', 0],
    ['a score of 6', 6],
    ['a fractional score', 4.5],
    ['no score', ''],
  ])('refuses %s', async (_case, score) => {
    const { status, body } = await rate(article.slug, score);
    expect(status).toBe(400);
    expect(body.error.message).toBe('Vui lòng chọn điểm đánh giá từ 1 đến 5.');
  });

  it('refuses an unknown article, and answers a no-JS form with 303', async () => {
    const unknown = await rate('khong-co-bai-nay', 3);
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toBe('Không tìm thấy bài viết đã đăng để đánh giá.');
    expect((await request(`${cms.url}/api/public/ratings?article=khong-co-bai-nay`)).status).toBe(404);

    const userAgent = visitor();
    const form = (score: string) =>
      post('/api/public/ratings', new URLSearchParams({ article: article.slug, score, returnTo: `/tin-tuc/${article.slug}/` }).toString(),
        'application/x-www-form-urlencoded', userAgent, { Accept: 'text/html' });
    const counted = await form('3');
    expect(counted.status).toBe(303);
    expect(counted.headers.get('location')).toBe(`${SITE}/cam-on/?loai=danh-gia`);
    const duplicate = await form('3');
    expect(duplicate.status).toBe(303);
    expect(duplicate.headers.get('location')).toBe(`${SITE}/tin-tuc/${article.slug}/?loi=da-danh-gia#y-kien`);
  });
});

describe('visitor statistics', () => {
  const path = () => `/tin-tuc/kiem-thu-${crypto.randomUUID()}/`;
  const stats = async (page?: string) => {
    const { status, body } = await request(`${cms.url}/api/public/stats${page ? `?path=${encodeURIComponent(page)}` : ''}`);
    expect(status).toBe(200);
    return body.data;
  };
  const settle = () => new Promise((resolve) => setTimeout(resolve, 1100)); // STATS_CACHE_SECONDS=1 in tests

  it('counts beacons sent as sendBeacon text, form or JSON, per page and for the whole portal, without cookies', async () => {
    const page = path();
    const before = await stats();
    const userAgent = visitor();
    const sent = [
      await post('/api/public/views', page, 'text/plain;charset=UTF-8', userAgent),
      await post('/api/public/views', new URLSearchParams({ path: `${page}?utm=x#top` }).toString(), 'application/x-www-form-urlencoded', userAgent),
      await post('/api/public/views', JSON.stringify({ path: page }), 'application/json', visitor()),
    ];
    for (const response of sent) {
      expect(response.status).toBe(204);
      expect(response.headers.get('set-cookie')).toBeNull();
    }
    await settle();
    const after = await stats(page);
    expect(after.page).toEqual({ path: page, today: 3, month: 3, total: 3 });
    expect(after.today - before.today).toBeGreaterThanOrEqual(3);
    expect(after.month).toBeGreaterThanOrEqual(after.today);
    expect(after.total).toBeGreaterThanOrEqual(after.month);
    // Two distinct visitors were just seen.
    expect(after.online).toBeGreaterThanOrEqual(2);
  });

  it('refuses paths that are not site paths, and other body types', async () => {
    for (const bad of ['https://evil.example/', 'tin-tuc/', '/<script>/', `/${'a'.repeat(400)}`]) {
      const { status, body } = await post('/api/public/views', JSON.stringify({ path: bad }), 'application/json');
      expect(status).toBe(400);
      expect(body.error.message).toBe('Đường dẫn trang không hợp lệ.');
    }
    expect((await post('/api/public/views', '<path>/</path>', 'application/xml')).status).toBe(415);
    expect((await request(`${cms.url}/api/public/stats?path=${encodeURIComponent('javascript:alert(1)')}`)).status).toBe(400);
  });

  it('serves stats from a short cache', async () => {
    const page = path();
    expect((await stats(page)).page.total).toBe(0);
    await post('/api/public/views', page, 'text/plain');
    expect((await stats(page)).page.total).toBe(0);
    await settle();
    expect((await stats(page)).page.total).toBe(1);
  });
});

describe('the counters themselves', () => {
  it('have no content-API route: visitors reach them only through the public routes above', async () => {
    for (const plural of ['page-views', 'ratings', 'rating-votes']) {
      for (const method of ['GET', 'POST', 'PUT', 'DELETE']) {
        const { status } = await request(`${cms.url}/api/${plural}${method === 'PUT' || method === 'DELETE' ? '/x' : ''}`, {
          method,
          body: method === 'POST' || method === 'PUT' ? { data: { views: 1000000 } } : undefined,
        });
        expect([403, 404, 405]).toContain(status);
      }
    }
  });
});

describe('CORS', () => {
  it('lets the site origin call the public routes from a browser, and no other origin', async () => {
    const preflight = (origin: string) =>
      fetch(`${cms.url}/api/public/feedback`, {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
      });
    const site = await preflight(SITE);
    expect(site.headers.get('access-control-allow-origin')).toBe(SITE);
    const other = await preflight('https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).not.toBe('*');
  });
});
