import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { bindToUnit, defaultUnit, signUpAs, type AdminUser } from './helpers/admin-users.ts';
import { adminJwt, deleteCreatedEntries, mustCreate, publishEntry, uniqueMarker, validData } from './helpers/content-manager.ts';
import { makeUnit, removeUnit, type TestUnit } from './helpers/units.ts';
import { readZipParts } from '../../shared-types/src/formats/docx/index.ts';

/**
 * The admin's export buttons (issue 24): the feedback list exported with the list view's filters, and a draft's
 * comments, each confined like the list view to the units the editor works for.
 */
const cms = inject('cms');
const FEEDBACK = 'api::feedback.feedback';
const DOCUMENT = 'api::legal-document.legal-document';
const marker = uniqueMarker();

let home: { documentId: string; slug: string };
let second: TestUnit;
let editor: AdminUser;
let homeDocument: Record<string, any>;

const feedback = (unit: string, name: string, moderation: string) =>
  mustCreate(cms, FEEDBACK, { ...validData(FEEDBACK, uniqueMarker()), authorName: `${name} ${marker.text}`, moderation, unit });

async function exportFile(token: string, query: string) {
  const response = await fetch(`${cms.url}/api/editor/feedback-export?${query}`, { headers: { Authorization: `Bearer ${token}` } });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}

/** Data rows of a CSV export (after the BOM and the header). */
const csvRows = (bytes: Buffer) => bytes.subarray(3).toString('utf8').split('\r\n').slice(1).filter(Boolean);

/** The list view's query for "author name contains the marker" plus extra conditions, as the content manager writes it. */
const listQuery = (...extra: string[]) =>
  [`filters[$and][0][authorName][$contains]=${marker.text}`, ...extra.map((condition, index) => `filters[$and][${index + 1}]${condition}`)].join('&');

beforeAll(async () => {
  home = await defaultUnit(cms);
  second = await makeUnit(cms, 'xuat-gop-y');
  editor = await signUpAs(cms, 'Biên tập viên');
  await bindToUnit(cms, editor, second.documentId);
  await feedback(home.documentId, 'Bạn đọc nhà', 'approved');
  await feedback(second.documentId, 'Bạn đọc xã duyệt', 'approved');
  await feedback(second.documentId, 'Bạn đọc xã chờ', 'pending');
  homeDocument = await mustCreate(cms, DOCUMENT, { ...validData(DOCUMENT, uniqueMarker()), unit: home.documentId });
  await publishEntry(cms, DOCUMENT, homeDocument.documentId);
});

afterAll(async () => {
  await deleteCreatedEntries();
  if (second) await removeUnit(cms, second, [FEEDBACK]);
});

describe('GET /api/editor/feedback-export without a document: the list as filtered in the admin', () => {
  it("gives an editor their unit's entries only, with the list's filters, as CSV with a BOM", async () => {
    const all = await exportFile(editor.jwt, listQuery());
    expect(all.status).toBe(200);
    expect(all.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(all.headers.get('content-disposition')).toMatch(/^attachment; filename="y-kien-ban-doc-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect([...all.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(all.bytes.subarray(3).toString('utf8').split('\r\n')[0]).toBe('Loại,Về,Họ và tên,Email,Nội dung,Trạng thái,Trả lời,Thời gian gửi');
    const names = csvRows(all.bytes).map((row) => row.split(',')[2]).sort();
    expect(names).toEqual([`Bạn đọc xã chờ ${marker.text}`, `Bạn đọc xã duyệt ${marker.text}`]);
    expect(csvRows(all.bytes)[0]).toMatch(/^Góp ý chung,,/);

    // The list filtered on "Trạng thái = Chờ duyệt".
    const pending = await exportFile(editor.jwt, listQuery('[moderation][$eq]=pending'));
    expect(csvRows(pending.bytes).map((row) => row.split(',')[2])).toEqual([`Bạn đọc xã chờ ${marker.text}`]);

    // Asking for the other unit's entries by filter does not widen the confinement.
    const other = await exportFile(editor.jwt, listQuery(`[unit][documentId][$eq]=${home.documentId}`));
    expect(other.status).toBe(200);
    expect(csvRows(other.bytes)).toEqual([]);

    // The platform administrator sees every unit's entries.
    const platform = await exportFile(await adminJwt(cms), listQuery());
    expect(csvRows(platform.bytes)).toHaveLength(3);
  });

  it('writes the same list as an Excel workbook, and refuses visitors and unknown formats', async () => {
    const xlsx = await exportFile(editor.jwt, `${listQuery()}&format=xlsx`);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(xlsx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const parts = readZipParts(xlsx.bytes);
    const text = [...parts].filter(([name]) => /^xl\/(worksheets\/sheet1|sharedStrings)\.xml$/.test(name)).map(([, data]) => data.toString('utf8')).join('');
    expect(text).toContain(`Bạn đọc xã duyệt ${marker.text}`);
    expect(text).not.toContain('Bạn đọc nhà');

    expect((await fetch(`${cms.url}/api/editor/feedback-export?${listQuery()}`)).status).toBe(401);
    expect((await exportFile(editor.jwt, `${listQuery()}&format=pdf`)).status).toBe(400);
    expect((await exportFile(editor.jwt, 'filters=x')).status).toBe(400);
  });
});

describe('GET /api/editor/feedback-export?document=…', () => {
  it("does not give an editor another unit's draft", async () => {
    expect((await exportFile(editor.jwt, `document=${homeDocument.slug}`)).status).toBe(404);
    const platform = await exportFile(await adminJwt(cms), `document=${homeDocument.slug}`);
    expect(platform.status).toBe(200);
  });
});
