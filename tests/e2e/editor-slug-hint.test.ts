/**
 * Issue 25 in the admin, in a real Chromium: on the edit page of a published article, the slug field tells the editor
 * in Vietnamese that the slug stays when the title changes and that changing it makes the old address redirect.
 */
import crypto from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { deleteCreatedEntries, mustCreate, publishEntry, validData } from '../../cms/tests/helpers/content-manager.ts';
import { launchChromium } from './browser.ts';
import { adminLabel } from './fixtures/admin-labels.ts';

const cms = inject('cms');
const ARTICLE = 'api::article.article';
let browser: Browser;
let documentId: string;

beforeAll(async () => {
  const article = await mustCreate(cms, ARTICLE, validData(ARTICLE, { text: `kt${crypto.randomInt(100_000, 999_999)}`, number: 1 }));
  await publishEntry(cms, ARTICLE, article.documentId);
  documentId = article.documentId;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await deleteCreatedEntries();
});

describe('the slug field in the admin', () => {
  it('says that the slug is kept and that changing it redirects the old address', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'vi-VN' });
    context.setDefaultTimeout(60_000);
    const page = await context.newPage();
    await page.goto(`${cms.url}/admin`);
    await page.getByRole('textbox', { name: adminLabel('admin', 'Auth.form.email.label') }).fill(cms.admin.email);
    await page.getByRole('textbox', { name: adminLabel('admin', 'global.password') }).fill(cms.admin.password);
    await page.getByRole('button', { name: adminLabel('admin', 'Auth.form.button.login') }).click();
    await page.getByRole('navigation').getByRole('link', { name: adminLabel('admin', 'global.home') }).waitFor();
    await page.goto(`${cms.url}/admin/content-manager/collection-types/${ARTICLE}/${documentId}`);
    await expect.poll(() => page.getByText('địa chỉ cũ sẽ tự động chuyển hướng (301) sang địa chỉ mới', { exact: false }).isVisible(), { timeout: 60_000 }).toBe(true);
    await expect.poll(() => page.getByText('sau đó đường dẫn giữ nguyên dù sửa tiêu đề', { exact: false }).isVisible()).toBe(true);
    await context.close();
  });
});
