/**
 * Download counts ("lượt tải", issue 24) in a real Chromium against the live CMS: the count a document page (and a
 * schedule week) shows beside its file equals the downloads readers made, with JavaScript (the beacon) and without
 * (the CMS serving the file counts it); the file downloads (the link is a plain link) when the CMS's API is
 * unreachable, uncounted then.
 * Each browser context is its own visitor (User-Agent).
 */
import crypto from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminJwt, deleteCreatedEntries, mustCreate, publishEntry, uniqueMarker, validData } from '../../cms/tests/helpers/content-manager.ts';
import { request } from '../../cms/tests/helpers/http.ts';
import { defaultUnit } from '../../cms/tests/helpers/admin-users.ts';
import { closeContext, launchChromium } from './browser.ts';
import { buildAndServeSite, type ServedSite } from './built-site.ts';

const cms = inject('cms');
const DOCUMENT = 'api::legal-document.legal-document';
const SCHEDULE = 'api::schedule.schedule';
const marker = crypto.randomBytes(4).toString('hex');
const FILE_TEXT = `Toàn văn nghị quyết kiểm thử lượt tải ${marker}`;

let site: ServedSite;
let browser: Browser;
let documentId: string;
let pageUrl: string;
let upload: { id: number; documentId: string };
let agenda: { id: number; documentId: string };
let scheduleId: string;
let weekUrl: string;

/** A visitor whose calls to the CMS's public API carry the CORS header of this build's origin (a free port). */
async function visitor(name: string, options: { javaScriptEnabled?: boolean; cmsApiDown?: boolean } = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true, userAgent: `downloads-e2e ${name} ${marker}` });
  await context.route(`${cms.url}/api/**`, async (route) => {
    if (options.cmsApiDown) return route.abort('connectionrefused');
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'access-control-allow-origin': site.url } });
  });
  return context;
}

/** What the CMS counted for the file (the document's, by default), read as the page reads it. */
async function counted(entry = documentId, file = upload.documentId): Promise<number> {
  const { body } = await request(`${cms.url}/api/public/stats?downloads=${entry}`);
  return (body.data.downloads as Array<{ file: string; total: number }>).find((count) => count.file === file)?.total ?? 0;
}

async function uploadText(name: string, text: string): Promise<{ id: number; documentId: string }> {
  const form = new FormData();
  form.append('files', new Blob([`${text}\n`], { type: 'text/plain' }), name);
  const response = await fetch(`${cms.url}/upload`, { method: 'POST', headers: { Authorization: `Bearer ${await adminJwt(cms)}` }, body: form });
  return ((await response.json()) as Array<{ id: number; documentId: string }>)[0]!;
}

/** Follows the file link as a reader does, checks the file itself arrived, and returns the URL it came from. */
async function downloadFile(page: Page): Promise<URL> {
  await Promise.all([page.waitForURL((url) => url.pathname.startsWith('/uploads/')), page.getByRole('link', { name: /nghi-quyet-/ }).click()]);
  expect(await page.locator('body').innerText()).toContain(FILE_TEXT);
  return new URL(page.url());
}

const shownCount = (page: Page) => page.locator('[data-download-count]');

beforeAll(async () => {
  const unit = (await defaultUnit(cms)).documentId;
  upload = await uploadText(`nghi-quyet-${marker}.txt`, FILE_TEXT);
  documentId = (await mustCreate(cms, DOCUMENT, { ...validData(DOCUMENT, uniqueMarker()), unit, files: [upload.id] })).documentId;
  agenda = await uploadText(`lich-tuan-${marker}.txt`, `Lịch tuần kiểm thử ${marker}`);
  const schedule = await mustCreate(cms, SCHEDULE, { ...validData(SCHEDULE, uniqueMarker()), unit, attachment: agenda.id });
  scheduleId = schedule.documentId;
  await publishEntry(cms, SCHEDULE, scheduleId);
  const published = await publishEntry(cms, DOCUMENT, documentId);
  pageUrl = `${(published.body as { data: { slug: string } }).data.slug}`;
  site = await buildAndServeSite(cms);
  pageUrl = `${site.url}/van-ban/${pageUrl}/`;
  weekUrl = `${site.url}/lich-cong-tac/${schedule.isoYear}-tuan-${String(schedule.isoWeek).padStart(2, '0')}/`;
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await deleteCreatedEntries();
  for (const file of [upload, agenda]) if (file) await request(`${cms.url}/upload/files/${file.id}`, { method: 'DELETE', token: await adminJwt(cms) });
});

describe('download counts on the site', () => {
  it('equal the downloads readers made, shown as "Lượt tải" beside the file', async () => {
    let made = 0;
    // Three readers; the first downloads twice the same day.
    for (const [name, times] of [['first', 2], ['second', 1], ['third', 1]] as const) {
      const context = await visitor(name);
      const page = await context.newPage();
      for (let time = 0; time < times; time += 1) {
        await page.goto(pageUrl);
        await expect.poll(() => shownCount(page).isVisible()).toBe(true);
        await expect.poll(() => counted()).toBe(made);
        // The script took the no-JS key off the link: this download is counted once, by the beacon.
        expect((await downloadFile(page)).searchParams.has('tai')).toBe(false);
        made += 1;
      }
      await closeContext(context);
    }
    await expect.poll(() => counted(), { timeout: 10_000 }).toBe(made);

    const reader = await visitor('reader');
    const page = await reader.newPage();
    await page.goto(pageUrl);
    await expect.poll(async () => (await shownCount(page).textContent())?.trim()).toBe(`· Lượt tải: ${made}`);
    // The page's own view count sits in the same page.
    await expect.poll(() => page.locator('[data-page-views]').isVisible()).toBe(true);
    await closeContext(reader);
  });

  it('count a reader without JavaScript, and still download, uncounted, when the CMS API is unreachable', async () => {
    const before = await counted();
    const offline = await visitor('cms-down', { cmsApiDown: true });
    const page = await offline.newPage();
    await page.goto(pageUrl);
    expect(await shownCount(page).isVisible()).toBe(false);
    await downloadFile(page);
    await closeContext(offline);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await counted()).toBe(before);

    const noJs = await visitor('no-js', { javaScriptEnabled: false });
    const plain = await noJs.newPage();
    await plain.goto(pageUrl);
    expect(await shownCount(plain).isVisible()).toBe(false);
    expect((await downloadFile(plain)).searchParams.get('tai')).toBe(`document/${documentId}/${upload.documentId}`);
    await closeContext(noJs);
    await expect.poll(() => counted(), { timeout: 10_000 }).toBe(before + 1);
  });

  it('on a schedule week, count its attachment and show it', async () => {
    const key = `schedule/${scheduleId}/${agenda.documentId}`;
    const context = await visitor('schedule');
    const page = await context.newPage();
    await page.goto(weekUrl);
    const shown = page.locator(`[data-download-count="${key}"]`);
    await expect.poll(async () => (await shown.textContent())?.trim()).toBe('· Lượt tải: 0');
    await Promise.all([page.waitForURL((url) => url.pathname.startsWith('/uploads/')), page.locator(`a[data-download="${key}"]`).click()]);
    expect(await page.locator('body').innerText()).toContain(`Lịch tuần kiểm thử ${marker}`);
    await expect.poll(() => counted(scheduleId, agenda.documentId), { timeout: 10_000 }).toBe(1);
    await page.goto(weekUrl);
    await expect.poll(async () => (await page.locator(`[data-download-count="${key}"]`).textContent())?.trim()).toBe('· Lượt tải: 1');
    // Beside the week page's own view count.
    await expect.poll(() => page.locator('[data-page-views]').isVisible()).toBe(true);
    await closeContext(context);
  });
});
