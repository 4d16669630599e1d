/**
 * The sanitised HTML of a NukeViet import (issue 17) in a real browser: the fixture is imported into a dissolved
 * district's archive unit, that unit's site is built, and Chromium opens the pages of the fixture's dangerous article
 * (an inline script, event handlers, a javascript: link, style attributes, an iframe) and of its article with a
 * table, an image and links. No script of the old content runs and none of it is in the DOM; what is content is kept.
 */
import fs from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminJwt, uniqueMarker } from '../../cms/tests/helpers/content-manager.ts';
import { request } from '../../cms/tests/helpers/http.ts';
import { FIXTURE, importTraces, removeImports, runImport } from '../../cms/tests/helpers/nukeviet-import.ts';
import { dropDatabase, loadDump } from '../../scripts/import/nukeviet/fixture-database.ts';
import { buildSite } from '../../scripts/src/site-build.ts';
import { createStaticServer } from '../../scripts/src/static-server.ts';
import { closeContext, launchChromium } from './browser.ts';

const cms = inject('cms');
const run = uniqueMarker();
const mysqlServer = process.env.PORTAL_TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';
const database = `nukeviet_browser_${process.pid}_${run.number % 100000}`;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'nukeviet-browser-'));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nukeviet-archive-site-'));
const slug = `nv-html-${run.number % 100000}`;
let jwt = '';
let before: Awaited<ReturnType<typeof importTraces>> = { tags: new Set(), media: new Set() };
let server: Server | undefined;
let siteUrl = '';
let browser: Browser | undefined;
let context: BrowserContext | undefined;
const articleSlugs = new Map<number, string>();

beforeAll(async () => {
  const source = await loadDump(mysqlServer, database, path.join(FIXTURE, 'nukeviet-demo.sql'));
  jwt = await adminJwt(cms);
  before = await importTraces(cms, jwt);
  const created = await request<any>(`${cms.url}/content-manager/collection-types/api::unit.unit`, {
    method: 'POST',
    token: jwt,
    body: { name: `Lưu trữ huyện Bình Sơn ${run.text}`, slug, kind: 'dissolved-district-archive', state: 'archived', dissolvedOn: '2025-07-01', hostname: `${slug}.example.vn` },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const imported = runImport(cms, jwt, { source, unit: slug, work, now: String(Date.parse('2026-12-01T08:00:00+07:00') / 1000) });
  expect(imported.status, imported.stderr + imported.stdout).toBe(0);
  expect(imported.report!.counts.article.skipped).toBe(0);
  for (const row of imported.urls!) {
    const id = /:news:(\d+)$/.exec(row.legacyId);
    if (id && row.toPath.startsWith('/tin-tuc/')) articleSlugs.set(Number(id[1]), row.toPath);
  }

  server = createStaticServer(() => dir);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  siteUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await buildSite({ cmsUrl: cms.url, tokenFile: cms.tokenFile, siteUrl, outDir: dir, quiet: true, env: { PORTAL_UNIT: slug } });
  browser = await launchChromium();
  context = await browser.newContext();
}, 600_000);

afterAll(async () => {
  await closeContext(context);
  await browser?.close();
  if (server) await new Promise((resolve) => server!.close(resolve));
  if (jwt) await removeImports(cms, jwt, [slug], before);
  await dropDatabase(mysqlServer, database);
  fs.rmSync(work, { recursive: true, force: true });
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Opens an imported article's page, recording any dialog, page error and console message the page causes. */
async function openArticle(id: number): Promise<{ page: Page; dialogs: string[]; errors: string[]; console: string[] }> {
  const pathname = articleSlugs.get(id);
  expect(pathname, `article ${id} has no page in the old-URL map`).toBeTruthy();
  const page = await context!.newPage();
  const dialogs: string[] = [];
  const errors: string[] = [];
  const messages: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => messages.push(message.text()));
  // Every script of the old content calls alert(): a flag set by any call, besides the dialog it opens.
  await page.addInitScript(() => {
    const alert = window.alert.bind(window);
    window.alert = (message?: unknown) => {
      (window as unknown as { xssRan: boolean }).xssRan = true;
      alert(message);
    };
  });
  const response = await page.goto(`${siteUrl}${pathname}`, { waitUntil: 'load' });
  expect(response?.status()).toBe(200);
  return { page, dialogs, errors, console: messages };
}

/** What of the old content's markup could run or restyle: in the whole DOM, and in the article's body. */
function dangerousMarkup(page: Page) {
  return page.evaluate(() => {
    const all = [...document.querySelectorAll('*')];
    const handlers = all.flatMap((element) => [...element.attributes].filter((attribute) => /^on/i.test(attribute.name)).map((attribute) => `${element.tagName}[${attribute.name}]`));
    const scriptUrls = all.flatMap((element) =>
      [...element.attributes].filter((attribute) => /^\s*javascript:/i.test(attribute.value)).map((attribute) => `${element.tagName}[${attribute.name}=${attribute.value}]`),
    );
    const body = document.querySelector('article.article')!;
    return {
      handlers,
      scriptUrls,
      styled: [...body.querySelectorAll('[style]')].map((element) => element.outerHTML.slice(0, 120)),
      embedded: [...body.querySelectorAll('iframe, object, embed, style, marquee')].map((element) => element.tagName),
      // The site's own scripts (view counter, participation) are modules from its origin; none is the old content's.
      scripts: [...document.scripts].map((script) => script.src || (script.textContent ?? '').slice(0, 300)),
      xssRan: (window as unknown as { xssRan?: boolean }).xssRan === true,
      text: body.textContent ?? '',
      links: [...body.querySelectorAll('a[href]')].map((link) => link.getAttribute('href')),
    };
  });
}

describe('an imported NukeViet archive in Chromium', () => {
  it('runs nothing of the dangerous article: no dialog, no handler, no javascript: URL, no style; its text and good link stay', async () => {
    const { page, dialogs, errors, console } = await openArticle(8);
    // Clicking where the old onclick was must do nothing either.
    await page.locator('article.article p', { hasText: 'Đoạn mở đầu' }).first().click();
    const found = await dangerousMarkup(page);
    expect(dialogs).toEqual([]);
    expect(found.xssRan).toBe(false);
    expect(errors).toEqual([]);
    // Nothing was even blocked: a script left in the page would show as a Content-Security-Policy refusal.
    expect(console.filter((text) => /xss|alert|Content Security Policy|Refused to/i.test(text))).toEqual([]);
    expect(found.handlers).toEqual([]);
    expect(found.scriptUrls).toEqual([]);
    expect(found.styled).toEqual([]);
    expect(found.embedded).toEqual([]);
    expect(found.scripts.filter((script) => /alert|xss|evil/i.test(script))).toEqual([]);
    expect(found.scripts.filter((script) => /^https?:/.test(script) && !script.startsWith(siteUrl))).toEqual([]);
    expect(found.text).toContain('Đoạn mở đầu');
    expect(found.text).toContain('Chạy chữ');
    expect(found.text).toContain('Mục hai');
    expect(found.links).toContain('https://baoquangngai.vn/tin');
    await page.close();
  });

  it('keeps the table, the image (loaded) and the links of an imported article', async () => {
    const { page, dialogs } = await openArticle(1);
    const found = await dangerousMarkup(page);
    expect(dialogs).toEqual([]);
    expect(found.handlers).toEqual([]);
    expect(found.scriptUrls).toEqual([]);
    expect(found.styled).toEqual([]);
    const cells = await page.locator('article.article table th, article.article table td').allTextContents();
    expect(cells.map((text) => text.trim())).toEqual(expect.arrayContaining(['Tiêu chí', 'Kết quả', 'Xây dựng Đảng', 'Xuất sắc']));
    const images = page.locator('article.article img');
    expect(await images.count()).toBeGreaterThan(0);
    for (const image of await images.all()) {
      await image.scrollIntoViewIfNeeded();
      await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth), { timeout: 10_000 }).toBeGreaterThan(0);
    }
    // Links to other imported articles point at their new pages, which exist in the build.
    for (const id of [2, 3]) {
      expect(found.links).toContain(articleSlugs.get(id));
      expect((await page.request.get(`${siteUrl}${articleSlugs.get(id)}`)).status()).toBe(200);
    }
    await page.close();
  });
});
