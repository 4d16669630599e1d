import crypto from 'node:crypto';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { downloadKey, type DownloadTarget } from '@portal/shared-types';
import { defaultUnit } from './helpers/admin-users.ts';
import { adminJwt, deleteCreatedEntries, mustCreate, publishEntry, uniqueMarker, validData } from './helpers/content-manager.ts';
import { request } from './helpers/http.ts';
import { makeUnit, removeUnit, type TestUnit } from './helpers/units.ts';

/**
 * Download counts ("lượt tải", issue 24): every beacon of a visitor under the limit is one download, counted exactly
 * for the file of its own entry (and so of its own unit), with nothing about the visitor stored.
 */
const cms = inject('cms');
const DOCUMENT = 'api::legal-document.legal-document';
const SCHEDULE = 'api::schedule.schedule';
/** DOWNLOAD_RATE_LIMIT of the shared test CMS (tests/helpers/test-cms.ts). */
const LIMIT = 20;
const visitor = () => `Mozilla/5.0 (kiem-thu ${crypto.randomUUID()})`;
const settle = () => new Promise((resolve) => setTimeout(resolve, 1100)); // STATS_CACHE_SECONDS=1 in tests

async function beacon(body: string, userAgent = visitor(), contentType = 'text/plain;charset=UTF-8') {
  const response = await fetch(`${cms.url}/api/public/downloads`, { method: 'POST', headers: { 'Content-Type': contentType, 'User-Agent': userAgent }, body });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as any) : null };
}
const download = (target: DownloadTarget, userAgent?: string) => beacon(downloadKey(target), userAgent);
/** A reader without JavaScript following a file link: the file itself, served by the CMS, with the link's query. */
const fetchFile = (url: string, query: string, userAgent = visitor()) => fetch(`${cms.url}${url}${query}`, { headers: { 'User-Agent': userAgent } });

async function counts(...entries: string[]): Promise<Array<DownloadTarget & { total: number }>> {
  const { status, body } = await request(`${cms.url}/api/public/stats?downloads=${entries.join(',')}`);
  expect(status).toBe(200);
  return body.data.downloads;
}
const totalOf = (list: Array<DownloadTarget & { total: number }>, target: DownloadTarget) =>
  list.find((count) => count.kind === target.kind && count.entry === target.entry && count.file === target.file)?.total ?? 0;

/** The stored rows of the download counters, read from the shared CMS's own database. */
async function storedRows(): Promise<Array<Record<string, unknown>>> {
  const query = 'SELECT * FROM engagement_file_downloads';
  if (cms.database.client === 'sqlite') {
    const db = new Database(cms.database.env.DATABASE_FILENAME!, { readonly: true });
    try {
      return db.prepare(query).all() as Array<Record<string, unknown>>;
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: cms.database.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(query)).rows;
  } finally {
    await client.end();
  }
}

const uploads: number[] = [];
async function upload(name: string): Promise<{ id: number; documentId: string; url: string }> {
  const form = new FormData();
  form.append('files', new Blob([`Tệp kiểm thử ${name}\n`], { type: 'text/plain' }), name);
  const response = await fetch(`${cms.url}/upload`, { method: 'POST', headers: { Authorization: `Bearer ${await adminJwt(cms)}` }, body: form });
  const body = (await response.json()) as Array<{ id: number; documentId: string; url: string }>;
  if (!response.ok) throw new Error(`Upload failed (${response.status}): ${JSON.stringify(body)}`);
  uploads.push(body[0]!.id);
  return body[0]!;
}

let home: { documentId: string };
let second: TestUnit;
let files: Array<{ id: number; documentId: string; url: string }>;
let documentA: string;
let documentB: string;
let draft: string;
let schedule: string;

beforeAll(async () => {
  home = await defaultUnit(cms);
  second = await makeUnit(cms, 'tai-tep');
  files = [await upload('quyet-dinh.txt'), await upload('phu-luc.txt'), await upload('lich-tuan.txt')];
  const [shared, appendix, agenda] = files as [(typeof files)[0], (typeof files)[0], (typeof files)[0]];
  // The same media file is attached to a document of each unit: its counts stay apart.
  documentA = (await mustCreate(cms, DOCUMENT, { ...validData(DOCUMENT, uniqueMarker()), unit: home.documentId, files: [shared.id, appendix.id] })).documentId;
  documentB = (await mustCreate(cms, DOCUMENT, { ...validData(DOCUMENT, uniqueMarker()), unit: second.documentId, files: [shared.id] })).documentId;
  draft = (await mustCreate(cms, DOCUMENT, { ...validData(DOCUMENT, uniqueMarker()), unit: home.documentId, files: [shared.id] })).documentId;
  schedule = (await mustCreate(cms, SCHEDULE, { ...validData(SCHEDULE, uniqueMarker()), unit: second.documentId, attachment: agenda.id })).documentId;
  for (const [uid, documentId] of [[DOCUMENT, documentA], [DOCUMENT, documentB], [SCHEDULE, schedule]] as const) await publishEntry(cms, uid, documentId);
}, 60_000);

afterAll(async () => {
  await deleteCreatedEntries();
  if (second) await removeUnit(cms, second, [DOCUMENT, SCHEDULE]);
  for (const id of uploads) await request(`${cms.url}/upload/files/${id}`, { method: 'DELETE', token: await adminJwt(cms) });
});

describe('download counts', () => {
  it('count every download made, at once and repeated, per file of its own entry and unit, storing nothing of the visitor', async () => {
    const inA: DownloadTarget = { kind: 'document', entry: documentA, file: files[0]!.documentId };
    const inB: DownloadTarget = { kind: 'document', entry: documentB, file: files[0]!.documentId };
    expect(totalOf(await counts(documentA, documentB), inA)).toBe(0);

    // 200 visitors at once in unit A, one of them three more times the same day; 7 visitors in unit B.
    const regular = visitor();
    const sent = await Promise.all([
      ...Array.from({ length: 199 }, () => download(inA)),
      download(inA, regular),
      ...Array.from({ length: 7 }, () => download(inB)),
    ]);
    for (let again = 0; again < 3; again += 1) sent.push(await download(inA, regular));
    for (const response of sent) {
      expect(response.status).toBe(204);
      expect(response.headers.get('set-cookie')).toBeNull();
    }

    await settle();
    const after = await counts(documentA, documentB);
    expect(totalOf(after, inA)).toBe(203);
    expect(totalOf(after, inB)).toBe(7);
    // The other file of document A was not downloaded.
    expect(totalOf(after, { ...inA, file: files[1]!.documentId })).toBe(0);

    // One row per file and day, holding the unit of the entry; no IP address, user agent or fingerprint anywhere.
    const rows = (await storedRows()).filter((row) => row.entry_key === documentA || row.entry_key === documentB);
    expect(rows.map((row) => [row.entry_key, row.unit_key, Number(row.downloads)]).sort()).toEqual(
      [[documentA, home.documentId, 203], [documentB, second.documentId, 7]].sort(),
    );
    const stored = JSON.stringify(rows);
    for (const trace of ['127.0.0.1', '::1', 'kiem-thu', regular]) expect(stored).not.toContain(trace);
    expect(Object.keys(rows[0]!).sort()).toEqual(
      ['created_at', 'created_by_id', 'day', 'document_id', 'downloads', 'entry_key', 'entry_kind', 'file_key', 'id', 'locale', 'published_at', 'unit_key', 'updated_at', 'updated_by_id'].sort(),
    );
  });

  it('count the attachment of a published schedule', async () => {
    const agenda: DownloadTarget = { kind: 'schedule', entry: schedule, file: files[2]!.documentId };
    expect((await download(agenda)).status).toBe(204);
    expect((await beacon(JSON.stringify({ file: downloadKey(agenda) }), visitor(), 'application/json')).status).toBe(204);
    expect((await beacon(new URLSearchParams({ file: downloadKey(agenda) }).toString(), visitor(), 'application/x-www-form-urlencoded')).status).toBe(204);
    await settle();
    expect(await counts(schedule)).toEqual([{ ...agenda, total: 3 }]);
  });

  it('stop counting a visitor over DOWNLOAD_RATE_LIMIT with 429 and Retry-After', async () => {
    const appendix: DownloadTarget = { kind: 'document', entry: documentA, file: files[1]!.documentId };
    const userAgent = visitor();
    const answers = [];
    for (let attempt = 0; attempt <= LIMIT; attempt += 1) answers.push(await download(appendix, userAgent));
    expect(answers.slice(0, LIMIT).every((answer) => answer.status === 204)).toBe(true);
    const refused = answers[LIMIT]!;
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.body.error.message).toMatch(/^Bạn gửi quá nhiều yêu cầu\. Vui lòng thử lại sau \d+ giây\.$/);
    // The limit is the visitor's in all: the file is still served to them without JavaScript, but not counted.
    const served = await fetchFile(files[1]!.url, `?tai=${encodeURIComponent(downloadKey(appendix))}`, userAgent);
    expect(served.status).toBe(200);
    expect(await served.text()).toContain('Tệp kiểm thử');
    // Another visitor is not held back by it.
    expect((await download(appendix)).status).toBe(204);
    await settle();
    expect(totalOf(await counts(documentA), appendix)).toBe(LIMIT + 1);
  });

  it('count a reader without JavaScript when the CMS serves the file named by the link\'s key, and only then', async () => {
    const inB: DownloadTarget = { kind: 'document', entry: documentB, file: files[0]!.documentId };
    const before = totalOf(await counts(documentB), inB);
    const withKey = await fetchFile(files[0]!.url, `?tai=${encodeURIComponent(downloadKey(inB))}`);
    expect(withKey.status).toBe(200);
    expect(await withKey.text()).toBe('Tệp kiểm thử quyet-dinh.txt\n');
    // Served, never counted: the plain URL (the script took the key off and sent a beacon instead), a key naming
    // another file, a malformed key, a file under a key of another entry's file.
    for (const query of ['', `?tai=${encodeURIComponent(downloadKey({ ...inB, file: files[2]!.documentId }))}`, '?tai=document%2Fx', `?tai=${encodeURIComponent(downloadKey({ kind: 'schedule', entry: schedule, file: files[2]!.documentId }))}`]) {
      expect((await fetchFile(files[0]!.url, query)).status).toBe(200);
    }
    await settle();
    expect(totalOf(await counts(documentB), inB)).toBe(before + 1);
  });

  it('count only files of published entries, and refuse anything that is not a download key', async () => {
    const notFound = 'Không tìm thấy tệp này trong văn bản hoặc lịch công tác đã đăng.';
    for (const target of [
      { kind: 'document', entry: draft, file: files[0]!.documentId }, // a draft
      { kind: 'document', entry: documentA, file: files[2]!.documentId }, // a file of another entry
      { kind: 'schedule', entry: documentA, file: files[0]!.documentId }, // the wrong kind
    ] as const) {
      const { status, body } = await download(target);
      expect(status).toBe(404);
      expect(body.error.message).toBe(notFound);
    }
    for (const bad of ['/uploads/quyet-dinh.txt', `article/${documentA}/${files[0]!.documentId}`, '']) {
      const { status, body } = await beacon(bad);
      expect(status).toBe(400);
      expect(body.error.message).toBe('Tệp tải về không hợp lệ.');
    }
    expect((await beacon('<file/>', visitor(), 'application/xml')).status).toBe(415);
    expect((await request(`${cms.url}/api/public/stats?downloads=${encodeURIComponent('x;drop')}`)).status).toBe(400);
    expect((await request(`${cms.url}/api/public/stats?downloads=${Array.from({ length: 51 }, (_, i) => `e${i}`).join(',')}`)).status).toBe(400);
    expect((await request(`${cms.url}/api/file-downloads`)).status).toBe(404);
  });
});
