/**
 * The draft preview in a real browser: the admin's preview link opens /xem-truoc/ on the static site, whose script
 * fetches the draft from the CMS with the secret in a header (real CORS preflight) and renders it.
 *
 * The CMS allows browsers from the site origin (SITE_URL, default http://127.0.0.1:4321). The built site is served on
 * a free port, so the browser is pointed at http://127.0.0.1:4321 and every request to that origin is answered from
 * the served build: the page runs on an allowed origin and the CMS's CORS answer decides as it would in production.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminJwt, createEntry, deleteCreatedEntries, strapiQuery, uniqueMarker } from '../../cms/tests/helpers/content-manager.ts';
import { request } from '../../cms/tests/helpers/http.ts';
import { demoArticles, demoDocuments } from '../../cms/src/seed/demo-content.ts';
import { axeViolations, closeContext, launchChromium } from './browser.ts';
import { buildAndServeSite, type ServedSite } from './built-site.ts';
import { describeHtmlError, htmlErrors } from './nu-html-checker.ts';
import { headingProblem, overflowProblems } from './phone-fit.ts';

const cms = inject('cms');
/** The PREVIEW_SECRET of the shared test CMS (cms/tests/helpers/test-cms.ts). */
const SECRET = 'test-preview-secret-5f0c2a9e1b';
const SITE_ORIGIN = 'http://127.0.0.1:4321';
const draftArticle = demoArticles.find((article) => article.draft)!;
const draftDocument = demoDocuments.find((document) => document.draft)!;

let site: ServedSite;
let browser: Browser;
let context: BrowserContext;

async function documentIdOf(uid: string, slug: string): Promise<string> {
  const query = strapiQuery({ page: 1, pageSize: 1, filters: { slug: { $eq: slug } } });
  const { status, body } = await request(`${cms.url}/content-manager/collection-types/${uid}?${query}`, { token: await adminJwt(cms) });
  if (status !== 200 || body.results.length !== 1) throw new Error(`No ${uid} with slug ${slug} (${status})`);
  return body.results[0].documentId;
}

function previewUrl(params: Record<string, string>): string {
  return `${SITE_ORIGIN}/xem-truoc/?${new URLSearchParams(params).toString()}`;
}

/** Opens a preview URL and waits until the script has settled (status text other than the loading message). */
async function openPreview(page: Page, url: string): Promise<string> {
  const response = await page.goto(url, { waitUntil: 'load' });
  expect(response?.status()).toBe(200);
  const status = page.locator('#preview-status');
  await expect.poll(async () => (await status.textContent())?.trim() ?? '', { timeout: 15_000 }).toMatch(/^(?!Đang tải).+/);
  return (await status.textContent())?.trim() ?? '';
}

beforeAll(async () => {
  site = await buildAndServeSite(cms);
  browser = await launchChromium();
  context = await browser.newContext();
  await context.route(`${SITE_ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    await route.fulfill({ response: await route.fetch({ url: `${site.url}${url.pathname}${url.search}` }) });
  });
  // Chromium's Local Network Access check refuses loopback calls from a page it did not load from a loopback socket,
  // so the CMS calls are relayed too: sent by Node as the browser made them (Origin and X-Preview-Secret included),
  // and the CMS's own answer, CORS headers and all, handed back for the browser to enforce. Playwright answers the
  // preflight of routed requests itself; cms/tests/preview-draft.test.ts checks the CMS's real preflight.
  await context.route(`${cms.url}/**`, async (route) => {
    await route.fulfill({ response: await route.fetch() });
  });
});

afterAll(async () => {
  await deleteCreatedEntries();
  await closeContext(context);
  await browser?.close();
  await site?.close();
});

describe('the draft preview page /xem-truoc/', () => {
  it('renders the draft article from the admin link, sending the secret only in a header', async () => {
    const documentId = await documentIdOf('api::article.article', draftArticle.slug);
    const page = await context.newPage();
    const cmsRequests: string[] = [];
    page.on('request', (sent) => {
      if (sent.url().startsWith(cms.url)) cmsRequests.push(sent.url());
    });
    const cmsAnswer = page.waitForResponse((response) => response.url().startsWith(`${cms.url}/api/preview/draft`) && response.request().method() === 'GET');
    const status = await openPreview(page, previewUrl({ type: 'api::article.article', documentId, secret: SECRET }));
    expect((await cmsAnswer).status()).toBe(200);
    expect(status).toBe('Đã tải bản nháp.');
    expect((await page.locator('h1').innerText()).trim()).toBe(draftArticle.title);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.title()).toContain(draftArticle.title);
    expect(await page.getByRole('note').filter({ hasText: 'Bản xem trước — nội dung chưa xuất bản' }).count()).toBe(1);
    const body = page.locator('#preview-body');
    expect(await body.innerText()).toContain(draftArticle.paragraphs[0]!);
    expect(await body.locator('.lead').innerText()).toBe(draftArticle.summary);
    const cover = body.locator('figure img').first();
    expect(await cover.getAttribute('alt')).toBe(draftArticle.cover.alt);
    expect(await cover.getAttribute('src')).toMatch(new RegExp(`^${cms.url}/uploads/`));
    await expect.poll(() => cover.evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    expect(cmsRequests.some((url) => url.includes('secret='))).toBe(false);
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    expect(await page.locator('[data-pagefind-body]').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('renders an unpublished document with its metadata table', async () => {
    const documentId = await documentIdOf('api::legal-document.legal-document', draftDocument.slug);
    const page = await context.newPage();
    expect(await openPreview(page, previewUrl({ type: 'api::legal-document.legal-document', documentId, secret: SECRET }))).toBe('Đã tải bản nháp.');
    expect(await page.locator('h1').innerText()).toContain(draftDocument.rawNumber);
    const facts = page.locator('#preview-body table.facts');
    expect(await facts.locator('caption').innerText()).toBe('Thông tin văn bản');
    expect(await facts.locator('tr', { hasText: 'Cơ quan ban hành' }).locator('td').innerText()).toBe(draftDocument.issuerName);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it.each([
    ['api::kpi-report.kpi-report', 'Kết quả thực hiện các chỉ tiêu'],
    ['api::schedule.schedule', 'Nội dung'],
    ['api::congress.congress', 'Thông tin đại hội'],
  ])('renders a %s with its table', async (uid, tableText) => {
    const { body: listed } = await request(`${cms.url}/content-manager/collection-types/${uid}?page=1&pageSize=1`, { token: await adminJwt(cms) });
    const entry = listed.results[0];
    const page = await context.newPage();
    expect(await openPreview(page, previewUrl({ type: uid, documentId: entry.documentId, secret: SECRET }))).toBe('Đã tải bản nháp.');
    expect((await page.locator('h1').innerText()).trim()).toBe(entry.title);
    expect(await page.locator('#preview-body table').first().innerText()).toContain(tableText);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('explains a wrong secret and a broken link in Vietnamese, showing no draft', async () => {
    const documentId = await documentIdOf('api::article.article', draftArticle.slug);
    const page = await context.newPage();
    const wrong = await openPreview(page, previewUrl({ type: 'api::article.article', documentId, secret: 'khong-dung' }));
    expect(wrong).toBe('Mã xem trước không đúng hoặc đã được thay đổi. Hãy mở lại bằng nút “Xem trước” trong trang quản trị.');
    expect((await page.locator('h1').innerText()).trim()).toBe('Xem trước bản nháp');
    expect(await page.locator('#preview-body').innerText()).toBe('');
    expect(await page.content()).not.toContain(draftArticle.title);
    expect(await axeViolations(page)).toEqual([]);

    const broken = await openPreview(page, previewUrl({ type: 'api::feedback.feedback', documentId, secret: SECRET }));
    expect(broken).toMatch(/^Đường dẫn xem trước không hợp lệ/);
    const missing = await openPreview(page, previewUrl({ type: 'api::article.article', documentId: 'khongtontai0000000000000', secret: SECRET }));
    expect(missing).toBe('Không tìm thấy bản nháp này. Có thể nội dung đã bị xóa.');
    await page.close();
  });

  it('renders draft content as text only: markup stays text, headings stay below the one h1', async () => {
    const marker = uniqueMarker().text;
    const markup = `<img src="x" onerror="window.__previewXss = 1"> ${marker}`;
    const created = await createEntry(cms, 'api::article.article', {
      title: `Bản nháp thử ${marker}`,
      date: '2021-04-28T10:20:00.000Z',
      summary: markup,
      sections: [
        {
          __component: 'sections.rich-text',
          body: [
            { type: 'heading', level: 1, children: [{ type: 'text', text: `Tiêu đề mục ${marker}` }] },
            {
              type: 'paragraph',
              children: [
                { type: 'text', text: 'Xem ' },
                { type: 'link', url: 'https://example.vn/trang', children: [{ type: 'text', text: 'liên kết thật', bold: true }] },
              ],
            },
            { type: 'list', format: 'ordered', children: [{ type: 'list-item', children: [{ type: 'text', text: 'Mục một' }] }] },
            { type: 'quote', children: [{ type: 'text', text: 'Trích dẫn thử' }] },
          ],
        },
        { __component: 'sections.table', caption: 'Bảng thử', rows: [['Cột A', 'Cột B'], ['<b>1</b>', '2']] },
      ],
    });
    expect(created.status, JSON.stringify(created.body)).toBeLessThan(300);
    const documentId: string = created.body.data.documentId;
    const page = await context.newPage();
    expect(await openPreview(page, previewUrl({ type: 'api::article.article', documentId, secret: SECRET }))).toBe('Đã tải bản nháp.');
    const body = page.locator('#preview-body');
    expect(await body.locator('.lead').innerText()).toBe(markup);
    expect(await body.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await body.locator('h2').innerText()).toBe(`Tiêu đề mục ${marker}`);
    expect(await body.locator('a[href="https://example.vn/trang"] strong').innerText()).toBe('liên kết thật');
    expect(await body.locator('ol > li').innerText()).toBe('Mục một');
    expect(await body.locator('blockquote').innerText()).toBe('Trích dẫn thử');
    expect(await body.locator('table caption').innerText()).toBe('Bảng thử');
    expect(await body.locator('table td').first().innerText()).toBe('<b>1</b>');
    expect(await page.evaluate(() => (window as unknown as { __previewXss?: number }).__previewXss)).toBeUndefined();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('renders valid HTML (Nu HTML Checker) for every type it previews, fitting a 360 px phone screen', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-preview-html-'));
    try {
      const entries: Array<[string, string]> = [
        ['api::article.article', await documentIdOf('api::article.article', draftArticle.slug)],
        ['api::legal-document.legal-document', await documentIdOf('api::legal-document.legal-document', draftDocument.slug)],
      ];
      for (const uid of ['api::kpi-report.kpi-report', 'api::schedule.schedule', 'api::congress.congress']) {
        const { body: listed } = await request(`${cms.url}/content-manager/collection-types/${uid}?page=1&pageSize=1`, { token: await adminJwt(cms) });
        entries.push([uid, listed.results[0].documentId]);
      }
      const files: string[] = [];
      for (const [uid, documentId] of entries) {
        const page = await context.newPage();
        await page.setViewportSize({ width: 360, height: 740 });
        expect(await openPreview(page, previewUrl({ type: uid, documentId, secret: SECRET }))).toBe('Đã tải bản nháp.');
        expect(await headingProblem(page, 740), uid).toBeUndefined();
        expect(await overflowProblems(page), uid).toEqual([]);
        expect(await axeViolations(page), uid).toEqual([]);
        // The page as the script left it: the rendered draft is what the checker must see.
        const file = path.join(dir, `${uid.split('.').pop()}.html`);
        fs.writeFileSync(file, await page.evaluate(() => `<!doctype html>\n${document.documentElement.outerHTML}`));
        files.push(file);
        await page.close();
      }
      const errors = await htmlErrors(files);
      expect(errors.map((error) => describeHtmlError(error, `${dir}/`))).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
