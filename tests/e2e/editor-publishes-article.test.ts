/**
 * An editor's journey in the Strapi admin (UI in Vietnamese), in a real Chromium: signs in, writes an article with a
 * cover uploaded through the media dialog, publishes it, and finds it on the public site once the rebuild service,
 * woken by the CMS webhook, has built it. An official document with a malformed number is refused with the
 * Vietnamese message of the server rules, and nothing is saved.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseDocumentNumber, REBUILD_WEBHOOK_EVENTS, REBUILD_WEBHOOK_SECRET_HEADER } from '../../shared-types/src/index.ts';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it, onTestFailed } from 'vitest';
import { adminJwt, countEntries } from '../../cms/tests/helpers/content-manager.ts';
import { request } from '../../cms/tests/helpers/http.ts';
import { repoRoot } from '../../scripts/src/paths.ts';
import { listenRebuildService, type RunningRebuildService } from '../../scripts/src/rebuild/listen.ts';
import { createStaticServer } from '../../scripts/src/static-server.ts';
import { openAdminSignedIn } from './admin-sign-in.ts';
import { launchChromium } from './browser.ts';
import { adminLabel, adminLabelPattern } from './fixtures/admin-labels.ts';
import { solidPng } from '../../cms/tests/helpers/solid-png.ts';

const SCREENSHOT_DIR = path.join(process.env.ARTIFACTS_DIR || path.join(repoRoot, 'artifacts'), 'screenshots');
const ARTICLE = 'api::article.article';
const DOCUMENT = 'api::legal-document.legal-document';
/** The first site build plus the rebuild after publishing, on a slow shared machine. */
const SITE_TIMEOUT_MS = 480_000;

const cms = inject('cms');
const marker = `kt${crypto.randomInt(100_000, 999_999)}`;
const article = {
  title: `Biên tập viên đăng tin thử nghiệm ${marker}`,
  summary: `Tin do biên tập viên soạn trong trang quản trị (${marker}).`,
  coverFile: `anh-bia-${marker}.png`,
  coverAlt: `Ảnh bìa màu đỏ của tin thử nghiệm ${marker}`,
};

let workDir: string;
let siteServer: Server;
let siteUrl: string;
let rebuild: RunningRebuildService;
let webhookId: number | undefined;
/** Media library ids of what the test uploaded, for the clean-up. */
const uploadedIds: number[] = [];
let browser: Browser;
let context: BrowserContext;
const rebuildLog: string[] = [];

async function adminApi<T = any>(method: string, urlPath: string, body?: unknown): Promise<T> {
  const response = await request<T>(`${cms.url}${urlPath}`, { method, token: await adminJwt(cms), body });
  if (response.status < 200 || response.status > 299) {
    throw new Error(`${method} ${urlPath} → ${response.status}: ${JSON.stringify(response.body).slice(0, 500)}`);
  }
  return response.body;
}

beforeAll(async () => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-editor-e2e-'));
  fs.writeFileSync(path.join(workDir, article.coverFile), solidPng(96, 64, [178, 34, 34]));

  // The public site: whatever build the rebuild service made live (404s until the first one).
  siteServer = createStaticServer(() => rebuild.service.layout.currentLink);
  await new Promise<void>((resolve) => siteServer.listen(0, '127.0.0.1', resolve));
  siteUrl = `http://127.0.0.1:${(siteServer.address() as AddressInfo).port}`;

  const secret = crypto.randomBytes(24).toString('hex');
  rebuild = await listenRebuildService({
    settings: { secret, deployRoot: path.join(workDir, 'deploy'), debounceMs: 300, maxWaitMs: 30_000, keepBuilds: 2, minPageRatio: 0.5 },
    host: '127.0.0.1',
    port: 0,
    cmsUrl: cms.url,
    tokenFile: cms.tokenFile,
    siteUrl,
    quiet: true,
    log: (line) => rebuildLog.push(line),
  });
  // What an operator does in Settings → Webhooks (and the CMS bootstrap does for `pnpm start`).
  const created = await adminApi<{ data: { id: number } }>('POST', '/admin/webhooks', {
    name: `Dựng lại trang (kiểm thử ${marker})`,
    url: `${rebuild.url}/webhook`,
    headers: { [REBUILD_WEBHOOK_SECRET_HEADER]: secret },
    events: [...REBUILD_WEBHOOK_EVENTS],
  });
  webhookId = created.data.id;

  browser = await launchChromium();
  // An editor in Vietnam: the admin shows and reads times in the browser's time zone.
  context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  context.setDefaultTimeout(60_000);
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
});

afterAll(async () => {
  // Every step is tried, so that one failure leaves no other leftovers in the shared CMS.
  const problems: unknown[] = [];
  const attempt = async (step: () => Promise<unknown>) => step().catch((error: unknown) => problems.push(error));
  // The webhook first, so the deletions below wake no build.
  if (webhookId !== undefined) await attempt(() => adminApi('DELETE', `/admin/webhooks/${webhookId}`));
  await attempt(async () => {
    for (const entry of await findEntries(ARTICLE, `filters[title][$eq]=${encodeURIComponent(article.title)}`)) {
      await adminApi('DELETE', `/content-manager/collection-types/${ARTICLE}/${entry.documentId}`);
    }
  });
  await attempt(async () => {
    for (const entry of await findEntries(DOCUMENT, `filters[subject][$contains]=${marker}`)) {
      await adminApi('DELETE', `/content-manager/collection-types/${DOCUMENT}/${entry.documentId}`);
    }
  });
  await attempt(async () => {
    const files = await adminApi<{ results: Array<{ id: number }> }>('GET', `/upload/files?filters[name][$eq]=${encodeURIComponent(article.coverFile)}`);
    for (const id of new Set([...uploadedIds, ...files.results.map((file) => file.id)])) {
      const { status } = await request(`${cms.url}/upload/files/${id}`, { method: 'DELETE', token: await adminJwt(cms) });
      if (status !== 200 && status !== 404) throw new Error(`Could not delete the uploaded cover ${id} (${status})`);
    }
  });
  await attempt(async () => context?.close());
  await attempt(async () => browser?.close());
  await attempt(async () => rebuild?.close());
  if (siteServer) await attempt(() => new Promise((resolve) => siteServer.close(resolve)));
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
  if (problems.length > 0) throw new AggregateError(problems, 'Cleaning up after the editor journey failed');
});

async function findEntries(uid: string, filters: string): Promise<Array<Record<string, any>>> {
  const body = await adminApi<{ results: Array<Record<string, any>> }>('GET', `/content-manager/collection-types/${uid}?page=1&pageSize=50&${filters}`);
  return body.results;
}

/** A page of the admin, signed in; a screenshot lands in artifacts/screenshots/ if the test fails. */
async function adminPage(name: string): Promise<Page> {
  const page = await context.newPage();
  onTestFailed(async () => {
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `editor-${name}.png`), fullPage: true }).catch(() => {});
  });
  await openAdminSignedIn(page, `${cms.url}/admin`, cms.admin);
  return page;
}

/** Uploads a file through the media field's dialog, with its alternative text, and picks it for the field. */
async function uploadCover(page: Page, field: string, file: string, alternativeText: string): Promise<void> {
  await page
    .getByRole('region', { name: field })
    .getByRole('button', { name: adminLabel('upload', 'mediaLibraryInput.placeholder') })
    .click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: adminLabel('upload', 'modal.upload-list.sub-header.button') }).click();
  await dialog.locator('input[type="file"]').setInputFiles(file);
  // Before the upload: the pending asset's details, where the alternative text goes.
  await dialog.getByRole('button', { name: path.basename(file) }).getByRole('button', { name: adminLabel('upload', 'control-card.edit') }).click();
  await dialog.getByRole('textbox', { name: adminLabel('upload', 'form.input.label.file-alt') }).fill(alternativeText);
  await dialog.getByRole('button', { name: adminLabel('admin', 'global.finish') }).click();
  await dialog.getByRole('button', { name: adminLabelPattern('upload', 'modal.upload-list.footer.button') }).click();
  // Uploaded and selected: confirm the selection.
  await dialog.getByRole('button', { name: adminLabel('admin', 'global.finish') }).click();
  await page.getByRole('region', { name: field }).getByRole('img', { name: alternativeText }).waitFor();
}

/** Polls the public site until a page answers 200 with the given text; says what the rebuild service did if not. */
async function waitForPage(url: string, text: string): Promise<string> {
  const deadline = Date.now() + SITE_TIMEOUT_MS;
  for (;;) {
    const response = await fetch(url).catch(() => null);
    const html = response?.ok ? await response.text() : '';
    if (html.includes(text)) return html;
    if (Date.now() > deadline) {
      throw new Error(`${url} did not show "${text}" in time. Rebuild status: ${JSON.stringify(rebuild.service.status())}\n${rebuildLog.join('\n')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
}

describe('an editor in the admin', () => {
  it('refuses an official document with a malformed number, in Vietnamese, and saves nothing', async () => {
    const page = await adminPage('legal-document');
    const rawNumber = `${crypto.randomInt(100, 999)}/QX-UBND`;
    const parsed = parseDocumentNumber(rawNumber);
    expect(parsed.ok).toBe(false);
    const message = parsed.ok ? '' : parsed.error;

    await page.goto(`${cms.url}/admin/content-manager/collection-types/${DOCUMENT}/create`);
    const number = page.getByRole('textbox', { name: 'Số, ký hiệu', exact: true });
    await number.fill(rawNumber);
    await page.getByRole('textbox', { name: 'Trích yếu' }).fill(`Quyết định có số sai ${marker}`);
    await page.getByRole('button', { name: adminLabel('admin', 'global.save'), exact: true }).click();

    // The server's message, next to the field it is about.
    await page.getByRole('main').getByText(message, { exact: true }).waitFor();
    expect(await number.getAttribute('aria-invalid')).toBe('true');
    expect(new URL(page.url()).pathname).toMatch(/\/create$/);
    expect(await countEntries(cms, DOCUMENT, `&filters[subject][$contains]=${marker}`)).toBe(0);
    await page.close();
  });

  it(
    'publishes an article with a cover image, and the public site shows it after the rebuild',
    async () => {
      const page = await adminPage('article');
      await page.goto(`${cms.url}/admin/content-manager/collection-types/${ARTICLE}/create`);
      await page.getByRole('textbox', { name: 'Tiêu đề', exact: true }).fill(article.title);
      // The editor leaves the slug empty: the CMS makes it from the title.
      expect(await page.getByRole('textbox', { name: 'Đường dẫn (slug)' }).inputValue()).toBe('');
      await page.getByRole('textbox', { name: 'Sapo' }).fill(article.summary);

      const when = page.getByRole('group', { name: 'Ngày giờ đăng tin' });
      const day = when.getByRole('combobox').first();
      await day.click();
      await day.pressSequentially('28/04/2021');
      await day.press('Tab');
      await when.getByRole('combobox').last().click();
      await page.getByRole('option', { name: '17:15' }).click();

      await uploadCover(page, 'Ảnh đại diện', path.join(workDir, article.coverFile), article.coverAlt);
      await page.getByRole('button', { name: adminLabel('admin', 'app.utils.publish'), exact: true }).click();

      // Stored and published as the editor entered it (17:15 in Vietnam is 10:15 UTC).
      await expect
        .poll(async () => (await findEntries(ARTICLE, `filters[title][$eq]=${encodeURIComponent(article.title)}`)).map((entry) => entry.status), {
          timeout: 60_000,
          interval: 1_000,
        })
        .toEqual(['published']);
      const [stored] = await findEntries(ARTICLE, `filters[title][$eq]=${encodeURIComponent(article.title)}`);
      expect(stored!.slug).toBe(`bien-tap-vien-dang-tin-thu-nghiem-${marker}`);
      if (typeof stored?.cover?.id === 'number') uploadedIds.push(stored.cover.id);
      expect(stored).toMatchObject({ date: '2021-04-28T10:15:00.000Z', summary: article.summary });
      expect(stored!.cover).toMatchObject({ name: article.coverFile, alternativeText: article.coverAlt });
      await page.close();

      // The webhook woke the rebuild service; its build is what the public site serves.
      const articleUrl = `${siteUrl}/tin-tuc/${stored!.slug}/`;
      const html = await waitForPage(articleUrl, article.title);
      // An earlier build (woken by the upload) may have caught the article already; the publish event must have
      // led to a build of its own, and that one is live.
      await rebuild.service.idle();
      const status = rebuild.service.status();
      expect(status.lastSuccess?.reasons, rebuildLog.join('\n')).toContain('entry.publish');
      expect(status.currentBuildId).toBe(status.lastSuccess?.id);
      const cover = [...html.matchAll(/<img\b[^>]*>/g)].map(([tag]) => tag).find((tag) => tag.includes(`alt="${article.coverAlt}"`));
      expect(cover, 'the article page shows the cover with its alternative text').toBeDefined();
      const src = /\ssrc="([^"]+)"/.exec(cover!)?.[1];
      expect(src).toContain(stored!.cover.hash);
      const image = await fetch(new URL(src!.replaceAll('&amp;', '&'), articleUrl));
      expect(image.status).toBe(200);
      expect(image.headers.get('content-type')).toBe('image/png');

      // A visitor's browser shows the page and loads the cover under the site's CSP.
      const visitor = await context.newPage();
      onTestFailed(async () => {
        await visitor.screenshot({ path: path.join(SCREENSHOT_DIR, 'editor-article-public.png'), fullPage: true }).catch(() => {});
      });
      expect((await visitor.goto(articleUrl))?.status()).toBe(200);
      expect((await visitor.locator('h1').innerText()).trim()).toBe(article.title);
      expect((await visitor.locator(`main time[datetime="${stored!.date}"]`).first().innerText()).trim()).toBe('28/04/2021 17:15');
      const img = visitor.getByRole('img', { name: article.coverAlt });
      await img.scrollIntoViewIfNeeded();
      await expect.poll(() => img.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth > 0)).toBe(true);
      await visitor.close();
    },
    SITE_TIMEOUT_MS + 180_000,
  );
});
