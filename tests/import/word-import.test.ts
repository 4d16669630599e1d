import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminJwt, getEntry } from '../../cms/tests/helpers/content-manager.ts';
import { request } from '../../cms/tests/helpers/http.ts';
import { formatReport, importMany } from '../../scripts/import/word/import-many.ts';
import type { WordImportResult } from '../../scripts/import/word/import-word.ts';
import { docConverter, findSoffice } from '../../cms/src/word-import/libreoffice.ts';
import { importKeyFor, readZipParts, wordToArticle } from '../../shared-types/src/formats/docx/index.ts';
import { ensureLibreOffice, saveAsDoc } from './libreoffice.ts';
import { FIXTURE, FIXTURE_SECTIONS, writeReportDocx } from './word-fixture.ts';
import { writeZip } from './zip-writer.ts';

/**
 * The Word import against the real shared CMS: a report written with the `docx` library becomes a draft article with
 * every construct carried over; the same file imported again updates that draft; every kind of bad input is refused
 * with a Vietnamese message, saves nothing, and fetches nothing from outside the file. Old binary `.doc` files go
 * through LibreOffice (installed when missing), and are refused when it is absent.
 */
const cms = inject('cms');
/** The platform's default unit (units, issue #16): imports go to a unit that exists. */
let unit = '';
let unitDocumentId = '';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'word-import-test-'));
const ARTICLE = 'api::article.article';
const createdArticles = new Set<string>();
const createdMedia = new Set<number>();

// Anything that tries to fetch an external reference of a hostile file lands here.
const outsideRequests: string[] = [];
const outside = http.createServer((req, res) => {
  outsideRequests.push(req.url ?? '');
  res.end('x');
});
let outsideUrl = '';
let soffice = '';

beforeAll(async () => {
  soffice = ensureLibreOffice();
  const units = await request(`${cms.url}/content-manager/collection-types/api::unit.unit?page=1&pageSize=1&sort=id:asc`, { token: await adminJwt(cms) });
  expect(units.status).toBe(200);
  unit = units.body.results[0].slug;
  unitDocumentId = units.body.results[0].documentId;
  await new Promise<void>((resolve) => outside.listen(0, '127.0.0.1', resolve));
  outsideUrl = `http://127.0.0.1:${(outside.address() as { port: number }).port}`;
});

afterAll(async () => {
  const token = await adminJwt(cms);
  for (const documentId of createdArticles) {
    await request(`${cms.url}/content-manager/collection-types/${ARTICLE}/${documentId}`, { method: 'DELETE', token });
  }
  for (const id of createdMedia) await request(`${cms.url}/upload/files/${id}`, { method: 'DELETE', token });
  outside.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function runImport(inputs: string[]): Promise<WordImportResult[]> {
  const results = await importMany(inputs, { cms: { url: cms.url, jwt: await adminJwt(cms) }, unit }, { write: () => true });
  for (const result of results) if (result.outcome !== 'refused') createdArticles.add(result.documentId);
  return results;
}

async function articlesWithKeyPrefix(): Promise<number> {
  const query = `filters[importKey][$startsWith]=${encodeURIComponent(`word:${unit}:`)}&page=1&pageSize=1`;
  const { status, body } = await request(`${cms.url}/content-manager/collection-types/${ARTICLE}?${query}`, { token: await adminJwt(cms) });
  expect(status).toBe(200);
  return body.pagination.total;
}

async function wordMedia(): Promise<Array<{ id: number; name: string; alternativeText: string | null; caption: string | null }>> {
  const { status, body } = await request(`${cms.url}/upload/files?filters[name][$startsWith]=word-&pageSize=100`, { token: await adminJwt(cms) });
  expect(status).toBe(200);
  return body.results;
}

const blocksText = (nodes: any[]): string =>
  nodes.map((node) => (node.type === 'text' ? node.text : blocksText(node.children ?? []))).join('\n');

describe('Word import', () => {
  const reportFile = path.join(dir, 'bao-cao-quy-1.docx');
  let documentId = '';

  it('turns a DOCX into a draft article with headings, marks, lists, table, images with captions and notes', async () => {
    fs.writeFileSync(reportFile, await writeReportDocx());
    const mediaBefore = (await wordMedia()).length;
    const [result] = await runImport([reportFile]);
    expect(result).toMatchObject({ outcome: 'created', title: FIXTURE.title });
    documentId = (result as { documentId: string }).documentId;

    const article = await getEntry(cms, ARTICLE, documentId);
    expect(article.title).toBe(FIXTURE.title);
    expect(article.publishedAt).toBeNull();
    expect(article.importKey).toBe(importKeyFor(unit, reportFile));
    expect(article.unitDocumentId).toBe(unitDocumentId);
    const sections: any[] = article.sections;
    expect(sections.map((section) => section.__component)).toEqual(FIXTURE_SECTIONS);
    const body: any[] = sections[0].body;
    expect(body[0]).toEqual({ type: 'heading', level: 2, children: [{ type: 'text', text: FIXTURE.heading }] });
    const paragraph = body[1].children;
    expect(paragraph).toContainEqual({ type: 'text', text: FIXTURE.bold, bold: true });
    expect(paragraph).toContainEqual({ type: 'text', text: FIXTURE.italic, italic: true });
    const text = blocksText(paragraph);
    // Stored composed (NFC) although the file had it decomposed; the document number kept as text for the site to link.
    expect(text).toContain(FIXTURE.nfdPhrase.normalize('NFC'));
    expect(text).not.toContain(FIXTURE.nfdPhrase);
    expect(text).toContain(FIXTURE.documentNumber);
    expect(body[2]).toMatchObject({ type: 'heading', level: 3 });
    expect(body[3]).toMatchObject({ type: 'list', format: 'unordered' });
    expect(blocksText(body[3].children).split('\n')).toEqual([...FIXTURE.bullets]);
    expect(body[4]).toMatchObject({ type: 'list', format: 'ordered' });
    expect(blocksText(body[4].children).split('\n')).toEqual([...FIXTURE.numbered]);

    expect(sections[2].rows).toEqual([[...FIXTURE.tableHeader], ...FIXTURE.tableRows.map((row) => [...row])]);

    const [first, second, again] = [sections[1], sections[3], sections[4]];
    expect(first.caption).toBe(FIXTURE.captions[0]);
    expect(first.image.alternativeText).toBe(FIXTURE.captions[0]);
    expect(second.caption).toBe(FIXTURE.captions[1]);
    expect(second.image.alternativeText).toBe(FIXTURE.captions[1]);
    // The same picture twice in the file: one media file.
    expect(again.image.id).toBe(first.image.id);
    expect(second.image.id).not.toBe(first.image.id);
    createdMedia.add(first.image.id).add(second.image.id);
    expect((await wordMedia()).length).toBe(mediaBefore + 2);

    expect(blocksText(sections[5].body)).toBe('Đề nghị các chi bộ triển khai thực hiện.');
    expect(sections[6].body[0]).toMatchObject({ type: 'heading', children: [{ text: 'Ghi chú' }] });
    expect(blocksText(sections[6].body[1].children)).toBe(`[1] ${FIXTURE.footnote}`);
  });

  it('updates the same draft when the same file is imported again, uploading no image twice', async () => {
    const mediaBefore = (await wordMedia()).length;
    fs.writeFileSync(reportFile, await writeReportDocx('Phần bổ sung sau khi lấy ý kiến.'));
    const [result] = await runImport([reportFile]);
    expect(result).toMatchObject({ outcome: 'updated', documentId });
    expect(await articlesWithKeyPrefix()).toBe(1);
    expect((await wordMedia()).length).toBe(mediaBefore);
    const article = await getEntry(cms, ARTICLE, documentId);
    expect(blocksText(article.sections[5].body)).toContain('Phần bổ sung sau khi lấy ý kiến.');
    expect(article.publishedAt).toBeNull();
  });

  it('refuses every kind of bad input with a Vietnamese reason, saving and fetching nothing', async () => {
    const good = readZipParts(fs.readFileSync(reportFile));
    const entries = () => [...good].map(([name, data]) => ({ name, data }));
    const bad = path.join(dir, 'bad');
    fs.mkdirSync(bad);
    const write = (name: string, data: Buffer) => fs.writeFileSync(path.join(bad, name), data);
    const docx = fs.readFileSync(reportFile);
    write('hong.docx', docx.subarray(0, Math.floor(docx.length / 2)));
    // An encrypted Word file is an OLE compound file, not a zip.
    write('mat-khau.docx', Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(4096)]));
    write('ma-hoa-zip.docx', writeZip(entries().map((entry) => ({ ...entry, flags: 1 }))));
    write('macro.docm', docx);
    write('macro-doi-duoi.docx', writeZip([...entries(), { name: 'word/vbaProject.bin', data: Buffer.from('macro') }]));
    const tooLarge = path.join(bad, 'qua-lon.docx');
    fs.writeFileSync(tooLarge, '');
    fs.truncateSync(tooLarge, 60 * 1024 * 1024);
    write('bom-nen.docx', writeZip([...entries(), { name: 'word/media/bom.xml', data: Buffer.alloc(40 * 1024 * 1024) }]));
    const documentXml = good.get('word/document.xml')!.toString('utf8');
    write(
      'xxe.docx',
      writeZip(
        entries().map((entry) =>
          entry.name === 'word/document.xml'
            ? {
                name: entry.name,
                data: Buffer.from(
                  documentXml.replace('?>', `?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "${outsideUrl}/xxe">]>`).replace('<w:t>', '<w:t>&xxe;'),
                ),
              }
            : entry,
        ),
      ),
    );
    const rels = good.get('word/_rels/document.xml.rels')!.toString('utf8');
    const linked = `<Relationship Id="rIdNgoai" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="${outsideUrl}/anh.png" TargetMode="External"/>`;
    write(
      'anh-ngoai.docx',
      writeZip(entries().map((entry) => (entry.name === 'word/_rels/document.xml.rels' ? { name: entry.name, data: Buffer.from(rels.replace('</Relationships>', `${linked}</Relationships>`)) } : entry))),
    );
    // A damaged old Word file: LibreOffice cannot load it.
    write('cu.doc', Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(4096)]));
    write('ghi-chu.txt', Buffer.from('không phải Word'));

    const articlesBefore = await articlesWithKeyPrefix();
    const mediaBefore = (await wordMedia()).length;
    const results = await runImport([bad]);
    const byFile = Object.fromEntries(results.map((result) => [path.basename(result.file), result]));
    const expected: Record<string, string> = {
      'hong.docx': 'corrupt',
      'mat-khau.docx': 'encrypted',
      'ma-hoa-zip.docx': 'encrypted',
      'macro.docm': 'macro',
      'macro-doi-duoi.docx': 'macro',
      'qua-lon.docx': 'too-large',
      'bom-nen.docx': 'zip-bomb',
      'xxe.docx': 'xml-entities',
      'anh-ngoai.docx': 'external-reference',
      'cu.doc': 'doc-conversion-failed',
      'ghi-chu.txt': 'not-word',
    };
    for (const [file, code] of Object.entries(expected)) {
      expect(byFile[file], file).toMatchObject({ outcome: 'refused', code });
      // A sentence in Vietnamese for the editor.
      expect((byFile[file] as { reason: string }).reason, file).toMatch(/[ệạảếốờớ]/);
    }
    expect(results).toHaveLength(Object.keys(expected).length);
    expect(await articlesWithKeyPrefix()).toBe(articlesBefore);
    expect((await wordMedia()).length).toBe(mediaBefore);
    expect(outsideRequests).toEqual([]);
    const report = formatReport(results);
    expect(report).toContain('từ chối 11 tệp');
    expect(report).toContain('bom-nen.docx');
  });

  it('runs as `pnpm run import:word` over a folder and reports created, updated and refused files', async () => {
    const folder = path.join(dir, 'thu-muc');
    fs.mkdirSync(folder);
    fs.copyFileSync(reportFile, path.join(folder, 'bao-cao-quy-1.docx'));
    fs.writeFileSync(path.join(folder, 'to-trinh.docx'), await writeReportDocx('Tờ trình bổ sung.'));
    fs.writeFileSync(path.join(folder, 'hong.docx'), Buffer.from('PK hỏng'));
    const run = await promisify(execFile)('pnpm', ['run', '--silent', 'import:word', '--', '--unit', unit, folder], {
      cwd: path.resolve(import.meta.dirname, '../..'),
      env: { ...process.env, STRAPI_URL: cms.url, STRAPI_ADMIN_JWT: await adminJwt(cms) },
    }).catch((error: { code: number; stdout: string; stderr: string }) => error);
    expect('code' in run ? run.code : 0, run.stderr).toBe(1);
    expect(run.stdout).toContain('Đã tạo 1, cập nhật 1, từ chối 1 tệp.');
    expect(run.stdout).toMatch(/✓ .*bao-cao-quy-1\.docx: cập nhật bản nháp/);
    expect(run.stdout).toMatch(/✓ .*to-trinh\.docx: tạo bản nháp/);
    expect(run.stdout).toMatch(/✗ .*hong\.docx: Tệp bị hỏng/);
    const created = /to-trinh\.docx: tạo bản nháp "[^"]*" \((\w+)\)/.exec(run.stdout)?.[1];
    expect(created).toBeTruthy();
    createdArticles.add(created!);
    expect(await articlesWithKeyPrefix()).toBe(2);
  });

  it('refuses the whole run for a unit that does not exist', async () => {
    const run = await promisify(execFile)('pnpm', ['run', '--silent', 'import:word', '--', '--unit', 'khong-co-don-vi-nay', reportFile], {
      cwd: path.resolve(import.meta.dirname, '../..'),
      env: { ...process.env, STRAPI_URL: cms.url, STRAPI_ADMIN_JWT: await adminJwt(cms) },
    }).catch((error: { code: number; stdout: string; stderr: string }) => error);
    expect('code' in run ? run.code : 0).toBe(2);
    expect(run.stderr).toContain('Không tìm thấy đơn vị "khong-co-don-vi-nay"');
  });
});


describe('Old Word files (.doc) through LibreOffice', () => {
  const docFile = () => path.join(dir, 'bao-cao-cu.doc');
  let documentId = '';

  it('turns a Word 97 .doc into a draft article with the headings, marks, lists, table and captioned images', async () => {
    await saveAsDoc(soffice, { name: 'input.docx', bytes: await writeReportDocx() }, dir, 'bao-cao-cu.doc');
    const [result] = await runImport([docFile()]);
    expect(result, JSON.stringify(result)).toMatchObject({ outcome: 'created', title: FIXTURE.title });
    documentId = (result as { documentId: string }).documentId;

    const article = await getEntry(cms, ARTICLE, documentId);
    expect(article.publishedAt).toBeNull();
    expect(article.importKey).toBe(importKeyFor(unit, docFile()));
    expect(article.unitDocumentId).toBe(unitDocumentId);
    const sections: any[] = article.sections;
    expect(sections.map((section) => section.__component)).toEqual(FIXTURE_SECTIONS);
    const body: any[] = sections[0].body;
    expect(body[0]).toEqual({ type: 'heading', level: 2, children: [{ type: 'text', text: FIXTURE.heading }] });
    expect(body[1].children).toContainEqual({ type: 'text', text: FIXTURE.bold, bold: true });
    expect(body[1].children).toContainEqual({ type: 'text', text: FIXTURE.italic, italic: true });
    expect(blocksText(body[1].children)).toContain(FIXTURE.documentNumber);
    expect(body[2]).toMatchObject({ type: 'heading', level: 3 });
    expect(body[3]).toMatchObject({ type: 'list', format: 'unordered' });
    expect(blocksText(body[3].children).split('\n')).toEqual([...FIXTURE.bullets]);
    expect(body[4]).toMatchObject({ type: 'list', format: 'ordered' });
    expect(blocksText(body[4].children).split('\n')).toEqual([...FIXTURE.numbered]);
    expect(sections[2].rows).toEqual([[...FIXTURE.tableHeader], ...FIXTURE.tableRows.map((row) => [...row])]);
    // The pictures come through unchanged: the media files of the same pictures in the DOCX, captions kept.
    expect(sections[1].caption).toBe(FIXTURE.captions[0]);
    expect(sections[3].caption).toBe(FIXTURE.captions[1]);
    expect(sections[4].image.id).toBe(sections[1].image.id);
    const names = new Set((await wordMedia()).map((file) => file.id));
    for (const section of [sections[1], sections[3]]) {
      expect(names.has(section.image.id)).toBe(true);
      createdMedia.add(section.image.id);
    }
    expect(blocksText(sections[6].body)).toContain(FIXTURE.footnote);
  });

  it('updates the same draft when the same .doc is imported again', async () => {
    const mediaBefore = (await wordMedia()).length;
    await saveAsDoc(soffice, { name: 'input.docx', bytes: await writeReportDocx('Phần bổ sung của tệp .doc.') }, dir, 'bao-cao-cu.doc');
    const [result] = await runImport([docFile()]);
    expect(result).toMatchObject({ outcome: 'updated', documentId });
    const query = `filters[importKey][$eq]=${encodeURIComponent(importKeyFor(unit, docFile()))}&page=1&pageSize=10`;
    const drafts = await request(`${cms.url}/content-manager/collection-types/${ARTICLE}?${query}`, { token: await adminJwt(cms) });
    expect(drafts.body.results.map((entry: { documentId: string }) => entry.documentId)).toEqual([documentId]);
    expect(JSON.stringify((await getEntry(cms, ARTICLE, documentId)).sections)).toContain('Phần bổ sung của tệp .doc.');
    expect((await wordMedia()).length).toBe(mediaBefore);
  });

  it('never fetches an image a .doc links from outside, and refuses the file', async () => {
    const html = `<!doctype html><html lang="vi"><meta charset="utf-8"><h1>Thông báo</h1><p>Ảnh liên kết:</p><p><img src="${outsideUrl}/anh-lien-ket.png" width="40" height="30"></p></html>`;
    await saveAsDoc(soffice, { name: 'input.html', bytes: Buffer.from(html) }, dir, 'anh-lien-ket.doc');
    // Writing the fixture may have read the picture; only the import is watched.
    outsideRequests.length = 0;
    const articlesBefore = await articlesWithKeyPrefix();
    const [result] = await runImport([path.join(dir, 'anh-lien-ket.doc')]);
    expect(result).toMatchObject({ outcome: 'refused', code: 'external-reference' });
    expect(outsideRequests).toEqual([]);
    expect(await articlesWithKeyPrefix()).toBe(articlesBefore);
  });

  it('converts .doc files side by side, each with its own LibreOffice profile, leaving no temporary files', async () => {
    const tmp = fs.mkdtempSync(path.join(dir, 'tmp-'));
    const previous = process.env.TMPDIR;
    process.env.TMPDIR = tmp;
    try {
      const convert = docConverter(soffice)!;
      const bytes = fs.readFileSync(docFile());
      const converted = await Promise.all([convert(bytes), convert(bytes)]);
      for (const docx of converted) expect(readZipParts(docx).has('word/document.xml')).toBe(true);
      expect(fs.readdirSync(tmp)).toEqual([]);
    } finally {
      if (previous === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = previous;
    }
  });

  it('refuses a .doc with a clear message when LibreOffice is absent (SOFFICE_BIN names no file)', async () => {
    const absent = { SOFFICE_BIN: path.join(dir, 'khong-co', 'soffice'), PATH: process.env.PATH };
    expect(findSoffice(absent)).toBeNull();
    // SOFFICE_BIN wins over the PATH, where LibreOffice is installed.
    expect(findSoffice({ PATH: process.env.PATH })).not.toBeNull();
    const refusal = await wordToArticle({ name: 'bao-cao-cu.doc', bytes: fs.readFileSync(docFile()) }, { convertDoc: docConverter(findSoffice(absent)) }).catch(
      (error: { code: string; message: string }) => error,
    );
    expect(refusal).toMatchObject({ code: 'doc-without-libreoffice' });
    expect((refusal as { message: string }).message).toMatch(/LibreOffice.*libreoffice-writer-nogui.*\.docx/);
  });
});
