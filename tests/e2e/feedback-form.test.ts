/**
 * The participation forms in a real Chromium against the live CMS: the no-JS feedback post lands on /cam-on/ and is
 * stored pending; with JavaScript, an invalid form shows inline Vietnamese errors and a valid one an inline success
 * without navigating; rating once; `?loi=` codes become messages; an approved entry appears after a rebuild, without
 * the e-mail. Each browser context is its own visitor (User-Agent), as the CMS rate-limits per visitor.
 */
import crypto from 'node:crypto';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminJwt, updateEntry } from '../../cms/tests/helpers/content-manager.ts';
import { request } from '../../cms/tests/helpers/http.ts';
import { demoArticles } from '../../cms/src/seed/demo-content.ts';
import { buildSite } from '../../scripts/src/site-build.ts';
import { closeContext, launchChromium } from './browser.ts';
import { buildAndServeSite, type ServedSite } from './built-site.ts';

const cms = inject('cms');
const FEEDBACK = 'api::feedback.feedback';
const article = demoArticles.find((entry) => !entry.draft)!;
const marker = crypto.randomBytes(4).toString('hex');
const noJsName = `Bạn đọc không JS ${marker}`;
const noJsEmail = `khong-js-${marker}@example.vn`;
const createdIds: string[] = [];

let site: ServedSite;
let browser: Browser;
let articleUrl: string;

async function feedbackNamed(authorName: string): Promise<{ documentId: string; moderation: string; email: string } | undefined> {
  const { body } = await request(
    `${cms.url}/content-manager/collection-types/${FEEDBACK}?filters[authorName][$eq]=${encodeURIComponent(authorName)}`,
    { token: await adminJwt(cms) },
  );
  return body.results[0];
}

/** The site origin the test CMS is configured for (SITE_URL and CORS_ORIGINS defaults). */
const CMS_SITE_ORIGIN = 'http://127.0.0.1:4321';

/**
 * A visitor with its own User-Agent. The test CMS knows the site as 127.0.0.1:4321 while this build is served on a
 * free port (4321 may be a running portal), so its answers are adapted as if it were configured for this origin:
 * redirects to the site point here, and the CORS header names this origin. The requests go to the real CMS.
 */
async function visitor(javaScriptEnabled: boolean, name: string): Promise<BrowserContext> {
  const context = await browser.newContext({ javaScriptEnabled, userAgent: `feedback-e2e ${name} ${marker}` });
  await context.route(`${cms.url}/api/public/**`, async (route) => {
    const response = await route.fetch({ maxRedirects: 0 });
    const headers = { ...response.headers(), 'access-control-allow-origin': site.url };
    if (headers['location']?.startsWith(`${CMS_SITE_ORIGIN}/`)) headers['location'] = site.url + headers['location'].slice(CMS_SITE_ORIGIN.length);
    await route.fulfill({ response, headers });
  });
  return context;
}

beforeAll(async () => {
  site = await buildAndServeSite(cms);
  browser = await launchChromium();
  articleUrl = `${site.url}/tin-tuc/${article.slug}/`;
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  for (const documentId of createdIds) {
    await request(`${cms.url}/content-manager/collection-types/${FEEDBACK}/${documentId}`, { method: 'DELETE', token: await adminJwt(cms) });
  }
});

describe('the feedback and rating forms', () => {
  it('posts the article feedback without JavaScript, lands on /cam-on/ and is stored pending', async () => {
    const context = await visitor(false, 'no-js');
    const page = await context.newPage();
    await page.goto(articleUrl);
    await page.getByLabel('Họ và tên').fill(noJsName);
    await page.getByLabel('Email').fill(noJsEmail);
    await page.getByLabel('Nội dung ý kiến').fill('Bài viết rất hữu ích, đề nghị đăng thêm số liệu chi tiết.');
    await page.getByRole('button', { name: 'Gửi ý kiến' }).click();
    await page.waitForURL((url) => url.pathname === '/cam-on/');
    expect(await page.locator('h1').innerText()).toBe('Cảm ơn bạn');
    const stored = await feedbackNamed(noJsName);
    expect(stored).toMatchObject({ moderation: 'pending', email: noJsEmail });
    createdIds.push(stored!.documentId);
    await closeContext(context);
  });

  it('shows a generic notice for returned errors without JavaScript, and each code’s message with it', async () => {
    const back = `${articleUrl}?loi=thieu-ho-ten,email-khong-hop-le#y-kien`;
    const noJs = await visitor(false, 'errors-no-js');
    const plain = await noJs.newPage();
    await plain.goto(back);
    expect(await plain.locator('.notice-generic').isVisible()).toBe(true);
    expect(await plain.getByText('Vui lòng nhập họ và tên.').isVisible()).toBe(false);
    await noJs.close();

    const withJs = await visitor(true, 'errors-js');
    const page = await withJs.newPage();
    await page.goto(back);
    await expect.poll(() => page.getByText('Vui lòng nhập họ và tên.').isVisible()).toBe(true);
    expect(await page.getByText('Địa chỉ email không hợp lệ.').isVisible()).toBe(true);
    expect(await page.locator('.notice-generic').isVisible()).toBe(false);
    expect(await page.getByText('Vui lòng nhập nội dung ý kiến.').isVisible()).toBe(false);
    await withJs.close();
  });

  it('with JavaScript, shows inline Vietnamese errors, then an inline success without navigating', async () => {
    const context = await visitor(true, 'js');
    const page = await context.newPage();
    await page.goto(articleUrl);
    const form = page.locator('form.feedback-form');
    await form.getByRole('button', { name: 'Gửi ý kiến' }).click();
    const nameError = form.locator('[data-error-for="authorName"]');
    await expect.poll(() => nameError.isVisible()).toBe(true);
    expect(await nameError.innerText()).toBe('Vui lòng nhập họ và tên.');
    expect(await form.getByLabel('Họ và tên').getAttribute('aria-invalid')).toBe('true');
    expect(await form.locator('[data-error-for="content"]').innerText()).toBe('Vui lòng nhập nội dung ý kiến.');

    const name = `Bạn đọc có JS ${marker}`;
    await form.getByLabel('Họ và tên').fill(name);
    await form.getByLabel('Email').fill(`co-js-${marker}@example.vn`);
    await form.getByLabel('Nội dung ý kiến').fill('Đề nghị bổ sung bản đồ vị trí các công trình.');
    await form.getByRole('button', { name: 'Gửi ý kiến' }).click();
    const status = form.locator('[role="status"]');
    await expect.poll(() => status.innerText()).toContain('Cảm ơn bạn đã gửi ý kiến');
    expect(page.url()).toBe(articleUrl);
    expect(await nameError.isVisible()).toBe(false);
    const stored = await feedbackNamed(name);
    expect(stored?.moderation).toBe('pending');
    createdIds.push(stored!.documentId);
    await closeContext(context);
  });

  it('rates the article once and updates the average inline; shows visitor statistics', async () => {
    const context = await visitor(true, 'rating');
    const page = await context.newPage();
    await page.goto(articleUrl);
    const form = page.locator('form.rating-form');
    await form.getByLabel('5 điểm').check();
    await form.getByRole('button', { name: 'Gửi đánh giá' }).click();
    await expect.poll(() => form.locator('[role="status"]').innerText()).toBe('Cảm ơn bạn đã đánh giá bài viết.');
    expect(await page.locator('[data-rating-summary]').innerText()).toMatch(/^Điểm trung bình \d(,\d)?\/5 · \d+ lượt đánh giá$/);
    expect(page.url()).toBe(articleUrl);

    const stats = page.locator('[data-visitor-stats]');
    await expect.poll(() => stats.isVisible()).toBe(true);
    expect(await stats.locator('[data-stat="total"]').innerText()).toMatch(/^[\d.]+$/);
    expect(await page.locator('[data-page-views]').isVisible()).toBe(true);
    await closeContext(context);
  });

  it('shows an approved entry under the article after a rebuild, without the e-mail', async () => {
    const stored = await feedbackNamed(noJsName);
    expect(stored).toBeDefined();
    expect((await updateEntry(cms, FEEDBACK, stored!.documentId, { moderation: 'approved' })).status).toBe(200);
    await buildSite({ cmsUrl: cms.url, tokenFile: cms.tokenFile, siteUrl: site.url, outDir: site.dir, quiet: true });
    const context = await visitor(false, 'reader');
    const page = await context.newPage();
    await page.goto(articleUrl);
    const item = page.locator('.feedback-item', { hasText: noJsName });
    expect(await item.count()).toBe(1);
    expect(await item.innerText()).toContain('Bài viết rất hữu ích');
    expect(await page.content()).not.toContain(noJsEmail);
    await closeContext(context);
  }, 300_000);
});
