/**
 * The admin's feedback exports (issue 24) in a real Chromium: on the feedback list, filtered, "Xuất danh sách (CSV)"
 * downloads that list and nothing else; on a draft document's edit view, "Xuất góp ý (Excel)" downloads its comments.
 * The downloads go through the editor's admin token, not a plain link.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it, onTestFailed } from 'vitest';
import { deleteCreatedEntries, mustCreate, publishEntry, uniqueMarker, validData } from '../../cms/tests/helpers/content-manager.ts';
import { repoRoot } from '../../scripts/src/paths.ts';
import { readZipParts } from '../../shared-types/src/formats/docx/index.ts';
import { openAdminSignedIn } from './admin-sign-in.ts';
import { closeContext, launchChromium } from './browser.ts';
import { adminLabel } from './fixtures/admin-labels.ts';

const SCREENSHOT_DIR = path.join(process.env.ARTIFACTS_DIR || path.join(repoRoot, 'artifacts'), 'screenshots');
const FEEDBACK = 'api::feedback.feedback';
const DOCUMENT = 'api::legal-document.legal-document';

const cms = inject('cms');
const marker = uniqueMarker();
let document: Record<string, any>;
let browser: Browser;
let context: BrowserContext;

const feedback = (name: string, extra: Record<string, unknown> = {}) =>
  mustCreate(cms, FEEDBACK, { ...validData(FEEDBACK, uniqueMarker()), authorName: `${name} ${marker.text}`, ...extra });

beforeAll(async () => {
  document = await mustCreate(cms, DOCUMENT, validData(DOCUMENT, marker));
  await publishEntry(cms, DOCUMENT, document.documentId);
  await feedback('Bạn đọc duyệt', { moderation: 'approved' });
  await feedback('Bạn đọc chờ', { moderation: 'pending' });
  await feedback('Bạn đọc góp ý dự thảo', {
    targetType: 'document',
    document: { connect: [{ documentId: document.documentId }] },
    content: 'Đề nghị sửa Điều 2.',
    moderation: 'approved',
  });

  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', acceptDownloads: true });
  context.setDefaultTimeout(60_000);
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
});

afterAll(async () => {
  await closeContext(context).catch(() => {});
  await browser?.close();
  await deleteCreatedEntries();
});

/** An admin page, signed in as the platform administrator; a screenshot lands in artifacts/screenshots/ on failure. */
async function adminPage(name: string, url: string): Promise<Page> {
  const page = await context.newPage();
  onTestFailed(async () => {
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `feedback-exports-${name}.png`), fullPage: true }).catch(() => {});
  });
  await openAdminSignedIn(page, url, cms.admin);
  return page;
}

/** Clicks the button and returns the file the browser downloaded. */
async function download(page: Page, label: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: label, exact: true }).click()]);
  const saved = await file.path();
  return { name: file.suggestedFilename(), bytes: fs.readFileSync(saved) };
}

describe('Feedback exports in the admin', () => {
  it('downloads the feedback list with the filters applied in the list view', async () => {
    const filters = `filters[$and][0][authorName][$contains]=${marker.text}&filters[$and][1][moderation][$eq]=pending`;
    const page = await adminPage('list', `${cms.url}/admin/content-manager/collection-types/${FEEDBACK}?page=1&pageSize=10&${filters}`);
    // The list shows the filtered entry: the export is asked for once the list is what the editor sees.
    await page.getByRole('main').getByText(`Bạn đọc chờ ${marker.text}`).first().waitFor();

    const file = await download(page, 'Xuất danh sách (CSV)');
    expect(file.name).toMatch(/^y-kien-ban-doc-\d{4}-\d{2}-\d{2}\.csv$/);
    expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = file.bytes.subarray(3).toString('utf8');
    expect(text).toContain(`Bạn đọc chờ ${marker.text}`);
    expect(text).not.toContain(`Bạn đọc duyệt ${marker.text}`);
    expect(text).not.toContain(`Bạn đọc góp ý dự thảo ${marker.text}`);
  });

  it("downloads a draft document's comments as an Excel workbook from its edit view", async () => {
    const page = await adminPage('document', `${cms.url}/admin/content-manager/collection-types/${DOCUMENT}/${document.documentId}`);
    const file = await download(page, 'Xuất góp ý (Excel)');
    expect(file.name).toBe(`gop-y-${document.slug}.xlsx`);
    expect(file.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const sheets = [...readZipParts(file.bytes)].filter(([name]) => /^xl\/(worksheets\/sheet1|sharedStrings)\.xml$/.test(name));
    const text = sheets.map(([, data]) => data.toString('utf8')).join('');
    expect(text).toContain(`Bạn đọc góp ý dự thảo ${marker.text}`);
    expect(text).toContain('Đề nghị sửa Điều 2.');
  });
});
