import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { importKeyFor } from '@portal/shared-types/docx';
import { FIXTURE, FIXTURE_SECTIONS, writeReportDocx } from '../../tests/import/word-fixture.ts';
import { bindToUnit, defaultUnit, signUpAs, type AdminUser } from './helpers/admin-users.ts';
import { adminJwt, getEntry } from './helpers/content-manager.ts';
import { request } from './helpers/http.ts';
import { makeUnit, removeUnit, type TestUnit } from './helpers/units.ts';

/**
 * The Word import route behind the admin's "Nhập từ Word" button (issue 24): an editor imports into their own unit
 * only, the same file again updates the same draft, and a bad file is refused with nothing saved.
 */
const cms = inject('cms');
const ARTICLE = 'api::article.article';
const FILE_NAME = 'bao-cao-nut-nhap.docx';

let home: { documentId: string; slug: string };
let second: TestUnit;
let editor: AdminUser;
let report: Buffer;
const media = new Set<number>();

async function importWord(token: string | null, file: { name: string; bytes: Buffer }, fields: Record<string, string> = {}) {
  const form = new FormData();
  form.append('files', new Blob([new Uint8Array(file.bytes)]), file.name);
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  const response = await fetch(`${cms.url}/api/editor/word-import`, {
    method: 'POST',
    headers: token ? { Authorization: `Bearer ${token}` } : {},
    body: form,
  });
  return { status: response.status, body: (await response.json()) as any };
}

/** Drafts of this test's file in a unit, read as the platform administrator. */
async function importedIn(unit: { slug: string }): Promise<Array<Record<string, any>>> {
  const query = `filters[importKey][$eq]=${encodeURIComponent(importKeyFor(unit.slug, FILE_NAME))}&page=1&pageSize=10`;
  const { status, body } = await request(`${cms.url}/content-manager/collection-types/${ARTICLE}?${query}`, { token: await adminJwt(cms) });
  expect(status).toBe(200);
  return body.results;
}

async function mediaCount(): Promise<number> {
  const { body } = await request(`${cms.url}/upload/files?filters[name][$startsWith]=word-&pageSize=1`, { token: await adminJwt(cms) });
  return body.pagination.total;
}

beforeAll(async () => {
  home = await defaultUnit(cms);
  second = await makeUnit(cms, 'nhap-word');
  editor = await signUpAs(cms, 'Biên tập viên');
  await bindToUnit(cms, editor, second.documentId);
  report = await writeReportDocx();
});

afterAll(async () => {
  const token = await adminJwt(cms);
  for (const unit of [home, second].filter(Boolean)) {
    for (const article of await importedIn(unit)) {
      await request(`${cms.url}/content-manager/collection-types/${ARTICLE}/${article.documentId}`, { method: 'DELETE', token });
    }
  }
  if (second) await removeUnit(cms, second, [ARTICLE]);
  for (const id of media) await request(`${cms.url}/upload/files/${id}`, { method: 'DELETE', token });
});

describe('POST /api/editor/word-import', () => {
  let documentId = '';

  it("makes a draft of the editor's own unit from a DOCX, with the CLI's sections", async () => {
    const { status, body } = await importWord(editor.jwt, { name: FILE_NAME, bytes: report });
    expect(status, JSON.stringify(body)).toBe(201);
    expect(body.data).toMatchObject({ outcome: 'created', title: FIXTURE.title, unit: second.slug });
    documentId = body.data.documentId;
    const article = await getEntry(cms, ARTICLE, documentId);
    expect(article.publishedAt).toBeNull();
    expect(article.unitDocumentId).toBe(second.documentId);
    expect(article.importKey).toBe(importKeyFor(second.slug, FILE_NAME));
    expect(article.sections.map((section: any) => section.__component)).toEqual(FIXTURE_SECTIONS);
    expect(article.sections[1].image.alternativeText).toBe(FIXTURE.captions[0]);
    expect(article.sections[2].rows[0]).toEqual([...FIXTURE.tableHeader]);
    for (const section of article.sections) if (section.image) media.add(section.image.id);
    // Written as the editor: the content manager shows it as theirs.
    const own = await request(`${cms.url}/content-manager/collection-types/${ARTICLE}/${documentId}`, { token: editor.jwt });
    expect(own.status).toBe(200);
  });

  it("never imports into another unit, and needs an admin's token", async () => {
    const before = (await importedIn(home)).length;
    const other = await importWord(editor.jwt, { name: FILE_NAME, bytes: report }, { unit: home.slug });
    expect(other.status).toBe(403);
    expect(other.body.error.details.code).toBe('unit-forbidden');
    expect(other.body.error.message).toMatch(/không có quyền/);
    expect((await importedIn(home)).length).toBe(before);
    expect((await importWord(null, { name: FILE_NAME, bytes: report })).status).toBe(401);
    // The platform administrator, with several units, is asked which one.
    const platform = await importWord(await adminJwt(cms), { name: FILE_NAME, bytes: report });
    expect(platform.status).toBe(400);
    expect(platform.body.error.details.code).toBe('unit-required');
    expect(platform.body.error.details.units.map((unit: any) => unit.documentId)).toEqual(expect.arrayContaining([home.documentId, second.documentId]));
  });

  it('updates the same draft when the same file is imported again', async () => {
    const mediaBefore = await mediaCount();
    const changed = await writeReportDocx('Phần bổ sung khi nhập lại từ nút.');
    const { status, body } = await importWord(editor.jwt, { name: FILE_NAME, bytes: changed });
    expect(status).toBe(200);
    expect(body.data).toMatchObject({ outcome: 'updated', documentId });
    expect((await importedIn(second)).map((article) => article.documentId)).toEqual([documentId]);
    expect(JSON.stringify((await getEntry(cms, ARTICLE, documentId)).sections)).toContain('Phần bổ sung khi nhập lại từ nút.');
    expect(await mediaCount()).toBe(mediaBefore);
  });

  it('refuses a corrupt file and a macro-enabled one with a Vietnamese message, saving nothing', async () => {
    const drafts = JSON.stringify(await importedIn(second));
    const mediaBefore = await mediaCount();
    const corrupt = await importWord(editor.jwt, { name: 'hong.docx', bytes: report.subarray(0, report.length / 2) });
    expect(corrupt.status).toBe(400);
    expect(corrupt.body.error).toMatchObject({ details: { code: 'corrupt' } });
    expect(corrupt.body.error.message).toMatch(/Tệp bị hỏng/);
    const macro = await importWord(editor.jwt, { name: FILE_NAME.replace('.docx', '.docm'), bytes: report });
    expect(macro.status).toBe(400);
    expect(macro.body.error.details.code).toBe('macro');
    expect(JSON.stringify(await importedIn(second))).toBe(drafts);
    expect(await mediaCount()).toBe(mediaBefore);
  });
});
