import { execFileSync } from 'node:child_process';
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminJwt, deleteCreatedEntries, getEntry, mustCreate, publishEntry, uniqueMarker, validData } from '../../cms/tests/helpers/content-manager.ts';
import { request } from '../../cms/tests/helpers/http.ts';
import { launchChromium } from '../e2e/browser.ts';
import { ensureDebianPackages, HEADER, PARAGRAPHS, printPdf, scanOf } from './pdf-fixtures.ts';
import { buildAndServeSite } from '../e2e/built-site.ts';
import { htmlErrors } from '../e2e/nu-html-checker.ts';
import { FIXTURE, writeReportDocx } from '../import/word-fixture.ts';

/**
 * Full text of documents against the real shared CMS: files attached to documents are read by the CMS's background
 * worker — a PDF printed by Chromium from Vietnamese HTML through its text layer, the same PDF rasterised (a scan)
 * through OCR with Tesseract's Vietnamese data, a DOCX through mammoth — and a broken file fails its own job only.
 */
const cms = inject('cms');
const DOCUMENT = 'api::legal-document.legal-document';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'full-text-test-'));
const uploads: number[] = [];

async function upload(file: string, mime: string): Promise<number> {
  const form = new FormData();
  form.append('files', new Blob([fs.readFileSync(file)], { type: mime }), path.basename(file));
  const response = await fetch(`${cms.url}/upload`, { method: 'POST', headers: { Authorization: `Bearer ${await adminJwt(cms)}` }, body: form });
  const body = (await response.json()) as Array<{ id: number }>;
  if (!response.ok) throw new Error(`Upload failed (${response.status}): ${JSON.stringify(body)}`);
  uploads.push(body[0]!.id);
  return body[0]!.id;
}

/** updatedAt of each document as created (before its text was extracted). */
const createdAt = new Map<string, string>();

async function documentWith(fileId: number): Promise<string> {
  const created = await mustCreate(cms, DOCUMENT, { ...validData(DOCUMENT, uniqueMarker()), files: [fileId] });
  createdAt.set(created.documentId, created.updatedAt);
  return created.documentId;
}

async function settled(documentId: string, timeoutMs = 240_000): Promise<Record<string, any>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const entry = await getEntry(cms, DOCUMENT, documentId);
    if (entry.fullTextStatus === 'done' || entry.fullTextStatus === 'failed') return entry;
    if (Date.now() > deadline) throw new Error(`Full text of ${documentId} still ${entry.fullTextStatus}`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

const flat = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/** Character error rate: edit distance over the reference length. */
function characterErrorRate(reference: string, hypothesis: string): number {
  let previous = Array.from({ length: hypothesis.length + 1 }, (_, index) => index);
  for (let i = 1; i <= reference.length; i++) {
    const current = [i];
    for (let j = 1; j <= hypothesis.length; j++) {
      const substitution = previous[j - 1]! + (reference[i - 1] === hypothesis[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
    }
    previous = current;
  }
  return previous[hypothesis.length]! / reference.length;
}

// A webhook receiver standing in for the rebuild service.
const webhookEvents: Array<{ event: string; model?: string; entry?: { documentId?: string } }> = [];
const receiver = http.createServer((req, res) => {
  let body = '';
  req.on('data', (chunk) => (body += chunk));
  req.on('end', () => {
    webhookEvents.push(JSON.parse(body));
    res.end();
  });
});
let webhookId = '';

const ids: Record<'printed' | 'broken' | 'scanned' | 'docx', string> = { printed: '', broken: '', scanned: '', docx: '' };

beforeAll(async () => {
  ensureDebianPackages();
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const hook = await request(`${cms.url}/admin/webhooks`, {
    method: 'POST',
    token: await adminJwt(cms),
    body: { name: `full-text-${process.pid}`, url: `http://127.0.0.1:${(receiver.address() as { port: number }).port}/`, headers: {}, events: ['entry.update'] },
  });
  expect(hook.status).toBe(201);
  webhookId = hook.body.data.id;
  const printed = path.join(dir, 'nghi-quyet.pdf');
  await printPdf(printed);
  const scanned = path.join(dir, 'nghi-quyet-scan.pdf');
  scanOf(printed, scanned);
  expect(execFileSync('pdftotext', [scanned, '-'], { encoding: 'utf8' }).trim()).toBe('');
  const broken = path.join(dir, 'hong.pdf');
  fs.writeFileSync(broken, '%PDF-1.7\nthis is not really a PDF');
  const docx = path.join(dir, 'bao-cao.docx');
  fs.writeFileSync(docx, await writeReportDocx());

  // In this order: the broken file's job runs before the others, which must still be done.
  ids.printed = await documentWith(await upload(printed, 'application/pdf'));
  ids.broken = await documentWith(await upload(broken, 'application/pdf'));
  ids.scanned = await documentWith(await upload(scanned, 'application/pdf'));
  ids.docx = await documentWith(await upload(docx, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'));
}, 600_000);

afterAll(async () => {
  await deleteCreatedEntries();
  const token = await adminJwt(cms);
  if (webhookId) await request(`${cms.url}/admin/webhooks/${webhookId}`, { method: 'DELETE', token });
  receiver.close();
  for (const id of uploads) await request(`${cms.url}/upload/files/${id}`, { method: 'DELETE', token });
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('full text of documents', () => {
  it('saves a document at once and extracts the text of its printed PDF in the background', async () => {
    const entry = await settled(ids.printed);
    expect(entry.fullTextStatus).toBe('done');
    expect(entry.fullTextMachineRead).toBe(false);
    const text = flat(entry.fullText);
    for (const paragraph of PARAGRAPHS) expect(text).toContain(paragraph);
    // The site's incremental sync refetches a document only when its updatedAt moved.
    expect(Date.parse(entry.updatedAt)).toBeGreaterThan(Date.parse(createdAt.get(ids.printed)!));
  });

  it('proposes the metadata read from the first page, for the editor to confirm, leaving the fields as typed', async () => {
    const entry = await settled(ids.printed);
    expect(entry.metadataProposal).toMatchObject({
      number: { normalized: '05-NQ/ĐU' },
      typeName: 'Nghị quyết',
      issuerName: 'Đảng ủy xã Bình Sơn',
      place: 'Bình Sơn',
      issuedDate: '2021-03-05',
      subject: 'Về phát triển kinh tế - xã hội năm 2021',
    });
    // The editor's own values stay.
    expect(entry.issuedDate).toBe('2021-03-01');
    expect(entry.rawNumber).not.toBe('05-NQ/ĐU');
  });

  it('reads a scanned PDF by OCR with character error rate of at most 3%, marked as machine-read', async () => {
    const entry = await settled(ids.scanned, 400_000);
    expect(entry.fullTextStatus).toBe('done');
    expect(entry.fullTextMachineRead).toBe(true);
    const reference = flat([...HEADER, ...PARAGRAPHS].join(' '));
    const rate = characterErrorRate(reference, flat(entry.fullText));
    console.log(`OCR character error rate on the clean scan: ${(rate * 100).toFixed(2)}%`);
    expect(rate).toBeLessThanOrEqual(0.03);
  }, 600_000);

  it('takes the raw text of an attached DOCX', async () => {
    const entry = await settled(ids.docx);
    expect(entry.fullTextStatus).toBe('done');
    const text = flat(entry.fullText);
    expect(text).toContain(FIXTURE.title);
    expect(text).toContain(FIXTURE.tableRows[0][0]);
    expect(text).toContain(FIXTURE.documentNumber);
  });

  it('fails the job of a broken file with its reason, visible in the admin, and the worker carries on', async () => {
    const entry = await settled(ids.broken);
    expect(entry.fullTextStatus).toBe('failed');
    const jobs = await request(
      `${cms.url}/content-manager/collection-types/api::file-job.file-job?filters[targetDocumentId][$eq]=${ids.broken}`,
      { token: await adminJwt(cms) },
    );
    expect(jobs.status).toBe(200);
    expect(jobs.body.results.at(-1)).toMatchObject({ state: 'failed' });
    expect(jobs.body.results.at(-1).failure).toMatch(/pdftotext/);
    // Jobs queued after it finished.
    expect((await getEntry(cms, DOCUMENT, ids.docx)).fullTextStatus).toBe('done');
  });

  it('publishes the full text to the site through the public API, without its private source list', async () => {
    await publishEntry(cms, DOCUMENT, ids.printed);
    const { status, body } = await request(`${cms.url}/api/legal-documents/${ids.printed}`, { token: cms.token });
    expect(status).toBe(200);
    expect(flat(body.data.fullText)).toContain(PARAGRAPHS[0]);
    expect(body.data.fullTextMachineRead).toBe(false);
    expect(body.data).not.toHaveProperty('fullTextSource');
    expect(body.data).not.toHaveProperty('metadataProposal');
  });

  it('announces the ready text with an entry.update event, which the rebuild webhook sends on', async () => {
    await settled(ids.printed);
    await expect
      .poll(() => webhookEvents.some((event) => event.event === 'entry.update' && event.model === 'legal-document' && event.entry?.documentId === ids.printed), { timeout: 20_000 })
      .toBe(true);
  });

  it('shows the scan\'s text on the built document page, marked machine-read, and finds it through the site search', async () => {
    await settled(ids.scanned, 400_000);
    await publishEntry(cms, DOCUMENT, ids.scanned);
    const scanned = await getEntry(cms, DOCUMENT, ids.scanned);
    const site = await buildAndServeSite(cms);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`${site.url}/van-ban/${scanned.slug}/`);
      const section = page.getByRole('region', { name: 'Toàn văn' });
      await expect.poll(() => section.count()).toBe(1);
      expect(await section.innerText()).toContain('máy đọc');
      expect(flat(await section.innerText())).toContain('nông thôn mới nâng cao');
      expect(await htmlErrors([path.join(site.dir, 'van-ban', scanned.slug, 'index.html')])).toEqual([]);
      await page.goto(`${site.url}/tim-kiem/`);
      await page.getByLabel('Từ khóa hoặc số ký hiệu văn bản').fill('nông thôn mới nâng cao');
      await page.getByRole('group', { name: 'Lọc văn bản' }).waitFor({ state: 'visible', timeout: 30_000 });
      await page.getByRole('button', { name: 'Tìm', exact: true }).click();
      await expect.poll(() => page.locator('#search-results > li > a').evaluateAll((links) => links.map((link) => link.getAttribute('href'))), { timeout: 30_000 })
        .toContainEqual(expect.stringContaining(`/van-ban/${scanned.slug}/`));
    } finally {
      await browser.close();
      await site.close();
    }
  }, 900_000);
});
