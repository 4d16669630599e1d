import crypto from 'node:crypto';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { bindToUnit, defaultUnit, signUpAs } from './helpers/admin-users.ts';
import { adminJwt } from './helpers/content-manager.ts';
import { request } from './helpers/http.ts';
import { makeUnit, removeUnit, type TestUnit } from './helpers/units.ts';

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

async function summary(query = '', token?: string) {
  const { status, body } = await request(`${cms.url}/api/editor/satisfaction-summary${query}`, { token: token ?? (await adminJwt(cms)) });
  expect(status).toBe(200);
  return body.data as { unit: { slug: string }; all: { votes: number; distribution: Record<string, number> } };
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

describe('the satisfaction rating per unit', () => {
  let second: TestUnit;
  const users: number[] = [];
  afterAll(async () => {
    if (users.length > 0) await request(`${cms.url}/admin/users/batch-delete`, { method: 'POST', token: await adminJwt(cms), body: { ids: users } });
    if (second) await removeUnit(cms, second, ['api::satisfaction-vote.satisfaction-vote']);
  });

  it('counts votes per unit, once a day per visitor and unit, and shows an editor only their unit’s results', async () => {
    second = await makeUnit(cms, 'hai-long');
    const home = await defaultUnit(cms);
    const homeBefore = await summary(`?unit=${home.slug}`);
    const userAgent = visitor();
    expect((await vote({ score: '2', unit: second.slug }, userAgent)).status).toBe(201);
    // The same visitor rates another unit's portal the same day; the same unit again is refused.
    expect((await vote({ score: '5', unit: home.slug }, userAgent)).status).toBe(201);
    expect((await vote({ score: '3', unit: second.slug }, userAgent)).status).toBe(409);

    const ofSecond = await summary(`?unit=${second.slug}`);
    expect(ofSecond).toMatchObject({ unit: { slug: second.slug }, all: { votes: 1, distribution: { '2': 1, '5': 0 } } });
    const ofHome = await summary(`?unit=${home.slug}`);
    expect(ofHome.all.votes).toBe(homeBefore.all.votes + 1);
    expect(ofHome.all.distribution['5']).toBe(homeBefore.all.distribution['5']! + 1);

    // An editor of the second unit: their unit by default, the other unit refused.
    const editor = await signUpAs(cms, 'Biên tập viên');
    users.push(editor.id);
    await bindToUnit(cms, editor, second.documentId);
    expect(await summary('', editor.jwt)).toMatchObject({ unit: { slug: second.slug }, all: { votes: 1 } });
    const other = await request(`${cms.url}/api/editor/satisfaction-summary?unit=${home.slug}`, { token: editor.jwt });
    expect(other.status).toBe(403);
    expect(other.body.error.message).toBe('Bạn chỉ được xem đánh giá của đơn vị mình.');
    // In the admin, too, the editor lists only their unit's votes.
    const listed = await request(`${cms.url}/content-manager/collection-types/api::satisfaction-vote.satisfaction-vote?page=1&pageSize=100`, { token: editor.jwt });
    expect(listed.status).toBe(200);
    expect((listed.body.results as Array<{ score: number }>).map((entry) => entry.score)).toEqual([2]);
  });

  it('refuses a vote for an unknown unit in Vietnamese', async () => {
    const response = await vote({ score: '4', unit: 'khong-co-don-vi-nay' });
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0]).toMatchObject({ path: ['unit'], message: 'Không tìm thấy đơn vị “khong-co-don-vi-nay” trên cổng thông tin. Vui lòng gửi từ trang của đơn vị.' });
  });
});
