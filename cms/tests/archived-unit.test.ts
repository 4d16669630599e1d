/**
 * A dissolved unit's archive is frozen (issue 17): its editors — and any unit-bound role — can read it but cannot
 * create, change, publish, unpublish or delete its entries, or change the unit, through the admin's routes; the
 * database is unchanged after each refusal. A platform administrator still can (imports, corrections). An active
 * unit's editor is unaffected (the control).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { bindToUnit, signUpAs, type AdminUser } from './helpers/admin-users.ts';
import { adminJwt, deleteCreatedEntries, getEntry, mustCreate, publishEntry, uniqueMarker } from './helpers/content-manager.ts';
import { request } from './helpers/http.ts';

const cms = inject('cms');
const run = uniqueMarker();
const ARTICLE = 'api::article.article';
const UNIT = 'api::unit.unit';
const cm = (uid: string) => `${cms.url}/content-manager/collection-types/${uid}`;
const connect = (documentId: string) => ({ connect: [{ documentId }] });

let archive: Record<string, any>;
let active: Record<string, any>;
let archived: Record<string, any>;
let archiveEditor: AdminUser;
let activeEditor: AdminUser;
const users: number[] = [];

beforeAll(async () => {
  active = await mustCreate(cms, UNIT, { name: `UBND xã Kế Thừa ${run.text}`, kind: 'commune-people-committee' });
  archive = await mustCreate(cms, UNIT, {
    name: `Huyện Giải Thể ${run.text}`,
    kind: 'dissolved-district-archive',
    state: 'archived',
    dissolvedOn: '2025-07-01',
    successors: connect(active.documentId),
  });
  archived = await mustCreate(cms, ARTICLE, { title: `Tin lưu trữ ${run.text}`, date: '2024-05-02T03:00:00.000Z', unit: connect(archive.documentId) });
  await publishEntry(cms, ARTICLE, archived.documentId);
  archiveEditor = await signUpAs(cms, 'Biên tập viên');
  activeEditor = await signUpAs(cms, 'Biên tập viên');
  users.push(archiveEditor.id, activeEditor.id);
  await bindToUnit(cms, archiveEditor, archive.documentId);
  await bindToUnit(cms, activeEditor, active.documentId);
});

afterAll(async () => {
  const jwt = await adminJwt(cms);
  for (const id of users) await request(`${cms.url}/admin/users/${id}`, { method: 'DELETE', token: jwt });
  await deleteCreatedEntries();
});

describe('an archived unit', () => {
  it('can be read by its editor', async () => {
    const { status, body } = await request(`${cm(ARTICLE)}/${archived.documentId}`, { token: archiveEditor.jwt });
    expect(status).toBe(200);
    expect(body.data.title).toBe(`Tin lưu trữ ${run.text}`);
  });

  it('refuses its editor every change, with a Vietnamese message, and changes nothing', async () => {
    const before = await getEntry(cms, ARTICLE, archived.documentId);
    const attempts: Array<[string, string, unknown]> = [
      ['PUT', `${cm(ARTICLE)}/${archived.documentId}`, { title: `Sửa ${run.text}` }],
      ['POST', `${cm(ARTICLE)}/${archived.documentId}/actions/unpublish`, {}],
      ['POST', `${cm(ARTICLE)}/${archived.documentId}/actions/publish`, {}],
      ['DELETE', `${cm(ARTICLE)}/${archived.documentId}`, undefined],
      ['POST', `${cm(ARTICLE)}/actions/bulkDelete`, { documentIds: [archived.documentId] }],
      ['POST', cm(ARTICLE), { title: `Tin mới ${run.text}`, date: '2026-01-02T03:00:00.000Z', unit: connect(archive.documentId) }],
      ['PUT', `${cm(UNIT)}/${archive.documentId}`, { portalName: `Đổi tên ${run.text}` }],
    ];
    for (const [method, url, body] of attempts) {
      const response = await request(url, { method, token: archiveEditor.jwt, ...(body === undefined ? {} : { body }) });
      expect(response.status, `${method} ${url}`).toBe(403);
      expect(JSON.stringify(response.body), `${method} ${url}`).toMatch(/đã giải thể|không có quyền|Forbidden/i);
    }
    const first = await request(`${cm(ARTICLE)}/${archived.documentId}`, { method: 'PUT', token: archiveEditor.jwt, body: { title: 'x' } });
    expect(first.body.error.message).toBe('Đơn vị này đã giải thể: nội dung lưu trữ chỉ quản trị nền tảng mới được thay đổi.');
    const after = await getEntry(cms, ARTICLE, archived.documentId);
    expect(after.title).toBe(before.title);
    expect(after.updatedAt).toBe(before.updatedAt);
    const published = await request(`${cms.url}/api/articles?filters[documentId][$eq]=${archived.documentId}`, { token: (await adminJwt(cms)) });
    expect(published.status).toBeLessThan(500);
    const unit = await getEntry(cms, UNIT, archive.documentId);
    expect(unit.portalName ?? null).toBe(archive.portalName ?? null);
  });

  it('stays open to a platform administrator', async () => {
    const response = await request(`${cm(ARTICLE)}/${archived.documentId}`, { method: 'PUT', token: await adminJwt(cms), body: { summary: `Đính chính ${run.text}` } });
    expect(response.status).toBe(200);
    expect((await getEntry(cms, ARTICLE, archived.documentId)).summary).toBe(`Đính chính ${run.text}`);
  });

  it('leaves an active unit’s editor free to write (control)', async () => {
    const created = await request(cm(ARTICLE), {
      method: 'POST',
      token: activeEditor.jwt,
      body: { title: `Tin xã kế thừa ${run.text}`, date: '2026-01-02T03:00:00.000Z', unit: connect(active.documentId) },
    });
    expect(created.status).toBe(201);
    const removed = await request(`${cm(ARTICLE)}/${created.body.data.documentId}`, { method: 'DELETE', token: activeEditor.jwt });
    expect(removed.status).toBe(200);
  });
});
