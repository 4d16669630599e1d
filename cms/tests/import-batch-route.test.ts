import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { bindToUnit, signUpAs, type AdminUser } from './helpers/admin-users.ts';
import { adminJwt, mustCreate, uniqueMarker } from './helpers/content-manager.ts';
import { request } from './helpers/http.ts';
import { makeUnit, removeUnit, type TestUnit } from './helpers/units.ts';

/**
 * The legacy import's batch route (issue 17, import:nukeviet): a batch of one type's entries is written whole, in one
 * transaction, or not at all (a bad entry refuses it, named by its legacyId); an editor writes only their own unit's
 * entries; an archived unit's only by a platform administrator.
 */
const cms = inject('cms');
const ARTICLE = 'api::article.article';
const run = uniqueMarker();
const cm = (uid: string) => `${cms.url}/content-manager/collection-types/${uid}`;

let unitA: TestUnit;
let unitB: TestUnit;
let archive: { documentId: string; slug: string; name: string; pathPrefix: string | null };
let editorA: AdminUser;
let archiveEditor: AdminUser;

const legacy = (unit: { slug: string }, id: number | string) => `nukeviet:${unit.slug}:news:${id}`;
const article = (unit: { slug: string }, id: number, extra: Record<string, unknown> = {}) => ({
  legacyId: legacy(unit, id),
  data: { title: `Tin nhập số ${id} ${run.text}`, date: '2021-03-04T01:00:00.000Z', importDigest: `digest-${id}`, ...extra },
  publish: true,
});

async function batch(token: string, body: unknown) {
  const response = await fetch(`${cms.url}/api/editor/import-batch`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as any };
}

/** The unit's imported articles (drafts and published versions alike), read as the platform administrator. */
async function imported(unit: { slug: string }): Promise<any[]> {
  const { status, body } = await request(`${cm(ARTICLE)}?page=1&pageSize=100&sort=legacyId:asc&filters[$and][0][legacyId][$startsWith]=${encodeURIComponent(`nukeviet:${unit.slug}:`)}`, {
    token: await adminJwt(cms),
  });
  expect(status).toBe(200);
  return body.results;
}

beforeAll(async () => {
  unitA = await makeUnit(cms, 'nhap-lo-a');
  unitB = await makeUnit(cms, 'nhap-lo-b');
  const created = await mustCreate(cms, 'api::unit.unit', { name: `Huyện Nhập Lô ${run.text}`, kind: 'dissolved-district-archive', state: 'archived', dissolvedOn: '2025-07-01' });
  archive = { documentId: created.documentId, slug: created.slug, name: created.name, pathPrefix: created.pathPrefix };
  editorA = await signUpAs(cms, 'Biên tập viên');
  archiveEditor = await signUpAs(cms, 'Biên tập viên');
  await bindToUnit(cms, editorA, unitA.documentId);
  await bindToUnit(cms, archiveEditor, archive.documentId);
});

afterAll(async () => {
  const token = await adminJwt(cms);
  for (const user of [editorA, archiveEditor]) if (user) await request(`${cms.url}/admin/users/${user.id}`, { method: 'DELETE', token });
  for (const unit of [unitA, unitB, archive]) if (unit) await removeUnit(cms, unit as TestUnit, [ARTICLE]);
});

describe('POST /api/editor/import-batch', () => {
  it('writes each batch into its own unit: created, published or draft, then updated and unpublished', async () => {
    const admin = await adminJwt(cms);
    const first = await batch(admin, { type: ARTICLE, unit: unitA.slug, entries: [article(unitA, 1), article(unitA, 2), { ...article(unitA, 3), publish: false }] });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body.data.map((row: any) => [row.legacyId, row.outcome])).toEqual([1, 2, 3].map((id) => [legacy(unitA, id), 'created']));
    const second = await batch(admin, { type: ARTICLE, unit: unitB.documentId, entries: [article(unitB, 1)] });
    expect(second.status, JSON.stringify(second.body)).toBe(200);

    const inA = await imported(unitA);
    expect(inA.map((row) => [row.legacyId, row.unitDocumentId, row.status, row.importDigest])).toEqual([
      [legacy(unitA, 1), unitA.documentId, 'published', 'digest-1'],
      [legacy(unitA, 2), unitA.documentId, 'published', 'digest-2'],
      [legacy(unitA, 3), unitA.documentId, 'draft', 'digest-3'],
    ]);
    expect((await imported(unitB)).map((row) => [row.legacyId, row.unitDocumentId])).toEqual([[legacy(unitB, 1), unitB.documentId]]);

    const one = first.body.data[0];
    const update = await batch(admin, {
      type: ARTICLE,
      unit: unitA.slug,
      entries: [{ ...article(unitA, 1, { title: `Tin đã sửa ${run.text}`, importDigest: 'digest-1b' }), documentId: one.documentId, publish: false }],
    });
    expect(update.status, JSON.stringify(update.body)).toBe(200);
    expect(update.body.data).toEqual([expect.objectContaining({ legacyId: legacy(unitA, 1), documentId: one.documentId, outcome: 'updated' })]);
    const after = (await imported(unitA)).find((row) => row.legacyId === legacy(unitA, 1));
    expect([after.title, after.status, after.importDigest]).toEqual([`Tin đã sửa ${run.text}`, 'draft', 'digest-1b']);
  });

  it('refuses the whole batch for one bad entry, naming its legacyId, and writes nothing of it', async () => {
    const before = (await imported(unitB)).length;
    const refused = await batch(await adminJwt(cms), {
      type: ARTICLE,
      unit: unitB.slug,
      entries: [article(unitB, 10), article(unitB, 11, { date: 'không phải ngày' }), article(unitB, 12)],
    });
    expect(refused.status, JSON.stringify(refused.body)).toBe(400);
    expect(refused.body.error.details.legacyId).toBe(legacy(unitB, 11));
    expect(refused.body.error.message).toContain(`Entry ${legacy(unitB, 11)} was refused`);
    expect(refused.body.error.message).toContain('Nothing of this batch was written');
    // The entry before the bad one was rolled back with it.
    expect((await imported(unitB)).length).toBe(before);
  });

  it("lets an editor write their own unit's entries only", async () => {
    const own = await batch(editorA.jwt, { type: ARTICLE, unit: unitA.slug, entries: [article(unitA, 20)] });
    expect(own.status, JSON.stringify(own.body)).toBe(200);
    expect((await imported(unitA)).find((row) => row.legacyId === legacy(unitA, 20))?.status).toBe('published');

    const before = (await imported(unitB)).length;
    const other = await batch(editorA.jwt, { type: ARTICLE, unit: unitB.slug, entries: [article(unitB, 20)] });
    expect(other.status, JSON.stringify(other.body)).toBe(403);
    expect(other.body.error.message).toContain(`unit "${unitB.slug}"`);
    // Nor through their own unit's batch: an entry of unit B named by its documentId.
    const entryOfB = (await imported(unitB))[0]!;
    const moved = await batch(editorA.jwt, { type: ARTICLE, unit: unitA.slug, entries: [{ ...article(unitB, 1, { title: `Chiếm ${run.text}` }), documentId: entryOfB.documentId }] });
    expect(moved.status, JSON.stringify(moved.body)).toBe(403);
    expect(moved.body.error.details.legacyId).toBe(legacy(unitB, 1));
    const unchanged = await imported(unitB);
    expect(unchanged.length).toBe(before);
    expect(unchanged.find((row) => row.documentId === entryOfB.documentId)?.title).toBe(entryOfB.title);
  });

  it("writes an archived unit's entries for a platform administrator only", async () => {
    const refused = await batch(archiveEditor.jwt, { type: ARTICLE, unit: archive.slug, entries: [article(archive, 1)] });
    expect(refused.status, JSON.stringify(refused.body)).toBe(403);
    expect(refused.body.error.message).toContain('archived');
    expect(await imported(archive)).toHaveLength(0);
    const admin = await batch(await adminJwt(cms), { type: ARTICLE, unit: archive.slug, entries: [article(archive, 1)] });
    expect(admin.status, JSON.stringify(admin.body)).toBe(200);
    expect((await imported(archive)).map((row) => row.legacyId)).toEqual([legacy(archive, 1)]);
  });

  it('refuses a request without an admin session, or of a type the import does not write', async () => {
    expect((await batch('not-a-token', { type: ARTICLE, unit: unitA.slug, entries: [article(unitA, 30)] })).status).toBe(401);
    const wrongType = await batch(await adminJwt(cms), { type: 'api::unit.unit', unit: unitA.slug, entries: [article(unitA, 30)] });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.error.message).toContain('"type" must be one of');
  });
});
