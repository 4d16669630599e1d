import { afterAll, describe, expect, inject, it } from 'vitest';
import { defaultUnit } from './helpers/admin-users.ts';
import { adminJwt, deleteCreatedEntries, mustCreate, publishEntry, uniqueMarker, validData, type ValidationErrorBody } from './helpers/content-manager.ts';
import { request } from './helpers/http.ts';

/** Units (đơn vị): the rules of the type, and the public API's filter by unit the site builds will use. */
const cms = inject('cms');
const UNIT = 'api::unit.unit';
const UNITS = `${cms.url}/content-manager/collection-types/${UNIT}`;
const run = uniqueMarker();
const made: string[] = [];

async function createUnit(data: Record<string, unknown>) {
  const response = await request<ValidationErrorBody & { data: { documentId: string } }>(UNITS, {
    method: 'POST',
    token: await adminJwt(cms),
    body: { kind: 'commune-party-committee', ...data },
  });
  if (response.status === 201) made.push(response.body.data.documentId);
  return response;
}

async function unitCount(filter: string): Promise<number> {
  const { body } = await request(`${UNITS}?${filter}`, { token: await adminJwt(cms) });
  return body.pagination.total;
}

afterAll(async () => {
  await deleteCreatedEntries();
  for (const documentId of made.reverse()) await request(`${UNITS}/${documentId}`, { method: 'DELETE', token: await adminJwt(cms) });
});

describe('a unit', () => {
  it('gets a slug from its name, and takes a hostname and a path prefix', async () => {
    const created = await createUnit({ name: `Đảng ủy xã Bình Sơn ${run.text}`, hostname: `binhson-${run.number}.quangngai.gov.vn`, pathPrefix: `/xa/binh-son-${run.number}/` });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ slug: `dang-uy-xa-binh-son-${run.text}`, state: 'active' });
  });

  it.each([
    ['https://binhson.quangngai.gov.vn', 'không kèm “https://”'],
    ['BinhSon.gov.vn', 'viết thường'],
    ['binhson', 'hai phần'],
  ])('refuses the hostname %s in Vietnamese, saving nothing', async (hostname, words) => {
    const name = `Xã sai tên miền ${uniqueMarker().text}`;
    const response = await createUnit({ name, hostname });
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors).toEqual([expect.objectContaining({ path: ['hostname'], message: expect.stringContaining(words) })]);
    expect(await unitCount(`filters[name][$eq]=${encodeURIComponent(name)}`)).toBe(0);
  });

  it('refuses a path prefix of the wrong shape', async () => {
    const response = await createUnit({ name: `Xã sai tiền tố ${uniqueMarker().text}`, pathPrefix: 'xa/binh-son' });
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0]).toMatchObject({ path: ['pathPrefix'] });
  });

  it('refuses a slug, hostname or path prefix another unit has, naming that unit', async () => {
    const first = await createUnit({ name: `Xã gốc ${run.text}`, slug: `xa-goc-${run.text}`, hostname: `goc-${run.number}.example.vn`, pathPrefix: `/xa/goc-${run.number}/` });
    expect(first.status).toBe(201);
    const name = `Xã trùng ${run.text}`;
    const response = await createUnit({ name, slug: `xa-goc-${run.text}`, hostname: `goc-${run.number}.example.vn`, pathPrefix: `/xa/goc-${run.number}/` });
    expect(response.status).toBe(400);
    const paths = response.body.error.details.errors!.map((error) => error.path[0]);
    expect(paths).toEqual(['slug', 'hostname', 'pathPrefix']);
    expect(response.body.error.details.errors![1]!.message).toBe(`Tên miền “goc-${run.number}.example.vn” đã được đơn vị “Xã gốc ${run.text}” sử dụng; hãy chọn giá trị khác.`);
    expect(await unitCount(`filters[name][$eq]=${encodeURIComponent(name)}`)).toBe(0);
  });

  it('refuses a parent chain that loops, keeping the stored parent', async () => {
    const top = await createUnit({ name: `Tỉnh vòng ${run.text}`, kind: 'province-party-committee' });
    const middle = await createUnit({ name: `Xã vòng ${run.text}`, parent: { connect: [{ documentId: top.body.data.documentId }] } });
    expect(middle.status).toBe(201);
    const loop = await request<ValidationErrorBody>(`${UNITS}/${top.body.data.documentId}`, {
      method: 'PUT',
      token: await adminJwt(cms),
      body: { parent: { connect: [{ documentId: middle.body.data.documentId }] } },
    });
    expect(loop.status).toBe(400);
    expect(loop.body.error.details.errors![0]).toMatchObject({ path: ['parent'], message: expect.stringContaining('vòng lặp') });
    const self = await request<ValidationErrorBody>(`${UNITS}/${top.body.data.documentId}`, {
      method: 'PUT',
      token: await adminJwt(cms),
      body: { parent: { connect: [{ documentId: top.body.data.documentId }] } },
    });
    expect(self.status).toBe(400);
    const stored = await request(`${UNITS}/${top.body.data.documentId}?populate[parent]=true`, { token: await adminJwt(cms) });
    expect(stored.body.data.parent ?? null).toBeNull();
  });

  it('needs a dissolution date once archived, and names its successors', async () => {
    const successor = await createUnit({ name: `Xã kế thừa ${run.text}` });
    const archive = await createUnit({
      name: `Lưu trữ huyện cũ ${run.text}`,
      kind: 'dissolved-district-archive',
      state: 'archived',
    });
    expect(archive.status).toBe(400);
    expect(archive.body.error.details.errors![0]).toMatchObject({ path: ['dissolvedOn'], message: 'Đơn vị đã giải thể phải có ngày giải thể.' });
    const dated = await createUnit({
      name: `Lưu trữ huyện cũ ${run.text}`,
      kind: 'dissolved-district-archive',
      state: 'archived',
      dissolvedOn: '2025-07-01',
      dissolutionDecision: 'Nghị quyết số 1656/NQ-UBTVQH15',
      successors: { connect: [{ documentId: successor.body.data.documentId }] },
    });
    expect(dated.status).toBe(201);
  });
});

describe('the editors of a unit', () => {
  it('are picked in the admin among the admin users', async () => {
    const { status, body } = await request(`${UNITS.replace('/collection-types/' + UNIT, '')}/relations/${UNIT}/editors?pageSize=100`, { token: await adminJwt(cms) });
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body.results.length).toBeGreaterThan(0);
  });
});

describe('the public API of units', () => {
  it('lists units without their editors, and stays read-only', async () => {
    const { status, body } = await request(`${cms.url}/api/units?populate=*`, { token: cms.token });
    expect(status).toBe(200);
    expect(body.data.length).toBeGreaterThan(0);
    expect(body.data.every((unit: Record<string, unknown>) => !('editors' in unit))).toBe(true);
    const write = await request(`${cms.url}/api/units`, { method: 'POST', token: cms.token, body: { data: { name: 'Đơn vị lạ', kind: 'agency' } } });
    expect([401, 403, 405]).toContain(write.status);
  });

  it('filters published entries by unit slug, as each unit’s site build will', async () => {
    const home = await defaultUnit(cms);
    const other = await createUnit({ name: `Xã lọc ${run.text}` });
    const article = await mustCreate(cms, 'api::article.article', { ...validData('api::article.article', uniqueMarker()), unit: other.body.data.documentId });
    await publishEntry(cms, 'api::article.article', article.documentId);
    const otherSlug = (other.body.data as unknown as { slug: string }).slug;

    const ofOther = await request(`${cms.url}/api/articles?filters[unit][slug][$eq]=${otherSlug}&pagination[pageSize]=100`, { token: cms.token });
    expect(ofOther.status).toBe(200);
    expect(ofOther.body.data.map((entry: { documentId: string }) => entry.documentId)).toEqual([article.documentId]);

    const ofHome = await request(`${cms.url}/api/articles?filters[unit][slug][$eq]=${home.slug}&pagination[pageSize]=100`, { token: cms.token });
    expect(ofHome.status).toBe(200);
    expect(ofHome.body.data.length).toBeGreaterThan(0);
    expect(ofHome.body.data.map((entry: { documentId: string }) => entry.documentId)).not.toContain(article.documentId);

    // A visitor's feedback on that article belongs to the article's unit (its moderators handle it).
    const authorName = `Bạn đọc ${uniqueMarker().text}`;
    const posted = await fetch(`${cms.url}/api/public/feedback`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'User-Agent': `Mozilla/5.0 (kiem-thu ${run.text})` },
      body: JSON.stringify({ targetType: 'article', target: article.slug, authorName, email: 'ban-doc@example.vn', content: 'Góp ý về tin của xã, kiểm thử đơn vị.' }),
    });
    expect(posted.status).toBeLessThan(300);
    const FEEDBACKS = `${cms.url}/content-manager/collection-types/api::feedback.feedback`;
    const feedback = await request(`${FEEDBACKS}?filters[authorName][$eq]=${encodeURIComponent(authorName)}&populate[unit][fields][0]=documentId`, { token: await adminJwt(cms) });
    expect(feedback.body.results.map((entry: any) => entry.unit?.documentId)).toEqual([other.body.data.documentId]);
    await request(`${FEEDBACKS}/${feedback.body.results[0].documentId}`, { method: 'DELETE', token: await adminJwt(cms) });

    // A unit that still has content, or the default unit, cannot be deleted.
    for (const documentId of [other.body.data.documentId, home.documentId]) {
      const removal = await request<ValidationErrorBody>(`${UNITS}/${documentId}`, { method: 'DELETE', token: await adminJwt(cms) });
      expect(removal.status).toBe(400);
      expect(removal.body.error.message).toMatch(/^(Đơn vị còn nội dung|Không thể xóa đơn vị mặc định)/);
      expect((await request(`${UNITS}/${documentId}`, { token: await adminJwt(cms) })).status).toBe(200);
    }
  });
});
