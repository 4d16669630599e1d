import crypto from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { adminJwt } from './helpers/content-manager.ts';
import { request } from './helpers/http.ts';

/**
 * The private satisfaction rating (Nghị định 224/2026): visitors vote 1–5 once a day through the public route, the
 * votes are never readable through the content API, and only signed-in editors get the summary.
 */
const cms = inject('cms');
const visitor = () => `Mozilla/5.0 (kiem-thu ${crypto.randomUUID()})`;

async function vote(body: Record<string, string>, userAgent = visitor(), form = false) {
  const response = await fetch(`${cms.url}/api/public/satisfaction`, {
    method: 'POST',
    redirect: 'manual',
    headers: form
      ? { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'text/html', 'User-Agent': userAgent }
      : { 'Content-Type': 'application/json', Accept: 'application/json', 'User-Agent': userAgent },
    body: form ? new URLSearchParams(body) : JSON.stringify(body),
  });
  return { status: response.status, location: response.headers.get('location'), body: (await response.json().catch(() => null)) as any };
}

async function summary() {
  const { status, body } = await request(`${cms.url}/api/editor/satisfaction-summary`, { token: await adminJwt(cms) });
  expect(status).toBe(200);
  return body.data as { all: { votes: number; distribution: Record<string, number> } };
}

describe('the satisfaction rating', () => {
  it('takes one vote per visitor and day, which editors see in the summary', async () => {
    const before = await summary();
    const userAgent = visitor();
    const first = await vote({ score: '4', comment: 'Dễ tìm văn bản.' }, userAgent);
    expect(first.status).toBe(201);
    expect(first.body.data.message).toBe('Cảm ơn bạn đã đánh giá cổng thông tin.');
    const again = await vote({ score: '1' }, userAgent);
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe('Bạn đã đánh giá cổng thông tin hôm nay. Cảm ơn bạn.');
    const after = await summary();
    expect(after.all.votes).toBe(before.all.votes + 1);
    expect(after.all.distribution['4']).toBe(before.all.distribution['4']! + 1);
  });

  it('refuses a score outside 1–5 in Vietnamese, and answers a no-JS form with a redirect', async () => {
    const bad = await vote({ score: '6' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.errors[0]).toMatchObject({ path: ['score'], message: 'Vui lòng chọn mức độ hài lòng từ 1 đến 5.' });
    const form = await vote({ score: '5', returnTo: '/danh-gia-hai-long/' }, visitor(), true);
    expect(form.status).toBe(303);
    expect(form.location).toBe('http://127.0.0.1:4321/cam-on/?loai=hai-long');
    const formError = await vote({ score: '', returnTo: '/danh-gia-hai-long/' }, visitor(), true);
    expect(formError.location).toBe('http://127.0.0.1:4321/danh-gia-hai-long/?loi=diem-khong-hop-le#y-kien');
  });

  it('keeps the results private: no content-API route, and the summary only for signed-in editors', async () => {
    expect((await request(`${cms.url}/api/satisfaction-votes`)).status).toBe(404);
    expect((await request(`${cms.url}/api/editor/satisfaction-summary`)).status).toBe(401);
  });
});
