/**
 * "Nhập từ Word" in the admin (issue 24), in a real Chromium: an editor of a unit clicks the button on the article
 * list, picks a Word file, and lands on the edit view of the new draft, titled as the document; a broken file picked
 * from the edit view's button is refused with its reason.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it, onTestFailed } from 'vitest';
import { bindToUnit, signUpAs, type AdminUser } from '../../cms/tests/helpers/admin-users.ts';
import { adminJwt, getEntry } from '../../cms/tests/helpers/content-manager.ts';
import { request } from '../../cms/tests/helpers/http.ts';
import { makeUnit, removeUnit, type TestUnit } from '../../cms/tests/helpers/units.ts';
import { repoRoot } from '../../scripts/src/paths.ts';
import { FIXTURE, writeReportDocx } from '../import/word-fixture.ts';
import { openAdminSignedIn } from './admin-sign-in.ts';
import { closeContext, launchChromium } from './browser.ts';

const SCREENSHOT_DIR = path.join(process.env.ARTIFACTS_DIR || path.join(repoRoot, 'artifacts'), 'screenshots');
const ARTICLE = 'api::article.article';
const cms = inject('cms');

let unit: TestUnit;
let editor: AdminUser;
let browser: Browser;
let context: BrowserContext;
let imported = '';

beforeAll(async () => {
  unit = await makeUnit(cms, 'nut-word');
  editor = await signUpAs(cms, 'Biên tập viên');
  await bindToUnit(cms, editor, unit.documentId);
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  context.setDefaultTimeout(60_000);
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
});

afterAll(async () => {
  await closeContext(context).catch(() => {});
  await browser?.close();
  const token = await adminJwt(cms);
  if (imported) {
    const article = await getEntry(cms, ARTICLE, imported).catch(() => null);
    await request(`${cms.url}/content-manager/collection-types/${ARTICLE}/${imported}`, { method: 'DELETE', token });
    for (const section of article?.sections ?? []) if (section.image) await request(`${cms.url}/upload/files/${section.image.id}`, { method: 'DELETE', token });
  }
  if (unit) await removeUnit(cms, unit, [ARTICLE]);
});

describe('Nhập từ Word in the admin', () => {
  it("turns the chosen DOCX into a draft of the editor's unit and opens its edit view", async () => {
    const page: Page = await context.newPage();
    onTestFailed(async () => {
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'word-import-button.png'), fullPage: true }).catch(() => {});
    });
    await openAdminSignedIn(page, `${cms.url}/admin/content-manager/collection-types/${ARTICLE}`, editor);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Nhập từ Word', exact: true }).click()]);
    await chooser.setFiles({
      name: 'bao-cao-quy-1.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: await writeReportDocx(),
    });
    await page.waitForURL(new RegExp(`/admin/content-manager/collection-types/${ARTICLE}/([a-z0-9]{24})`));
    imported = new RegExp(`${ARTICLE}/([a-z0-9]{24})`).exec(page.url())![1]!;
    await expect.poll(() => page.locator('input[name="title"]').inputValue(), { timeout: 30_000 }).toBe(FIXTURE.title);

    const article = await getEntry(cms, ARTICLE, imported);
    expect(article.publishedAt).toBeNull();
    expect(article.unitDocumentId).toBe(unit.documentId);

    // The edit view has the button too; a broken file is refused there with the reason, and the page stays.
    const editUrl = page.url();
    const [again] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Nhập từ Word', exact: true }).click()]);
    await again.setFiles({ name: 'hong.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK hỏng') });
    await page.getByText('Tệp bị hỏng hoặc không phải tệp Word (.docx) hợp lệ.').waitFor();
    expect(page.url()).toBe(editUrl);
  });
});
