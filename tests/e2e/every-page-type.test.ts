/**
 * One generic check over the built site: every page type found in the
 * sitemap (plus the 404 page) opens in a real Chromium, has Vietnamese
 * language, exactly one h1, a working skip link and zero axe-core violations
 * at WCAG 2.2 AA. A screenshot of each type is saved as a CI artefact.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../../scripts/src/paths.ts';
import { axeViolations, launchChromium } from './browser.ts';
import { buildAndServeSite, pageType, sitemapUrls, type ServedSite } from './built-site.ts';

export const SCREENSHOT_DIR = path.join(process.env.ARTIFACTS_DIR || path.join(repoRoot, 'artifacts'), 'screenshots');
const PAGES_PER_TYPE = 2;

let site: ServedSite;
let browser: Browser;
let samples: Array<{ type: string; url: string }> = [];

beforeAll(async () => {
  site = await buildAndServeSite(inject('cms'));
  browser = await launchChromium();
  const byType = new Map<string, string[]>();
  for (const url of sitemapUrls(site)) byType.set(pageType(url), [...(byType.get(pageType(url)) ?? []), url]);
  samples = [...byType].flatMap(([type, urls]) => urls.slice(0, PAGES_PER_TYPE).map((url) => ({ type, url })));
  samples.push({ type: '404', url: `${site.url}/trang-khong-ton-tai/` });
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('every page type of the built site', () => {
  it('covers the main page types', () => {
    const types = new Set(samples.map((sample) => sample.type));
    for (const type of ['home', 'tin-tuc-detail', 'chuyen-muc-detail', '404']) expect(types).toContain(type);
  });

  it('is accessible (WCAG 2.2 AA, axe-core), in Vietnamese (the English page in English), with one h1 and a skip link', async () => {
    const failures: string[] = [];
    const shot = new Set<string>();
    for (const { type, url } of samples) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      try {
        const response = await page.goto(url, { waitUntil: 'load' });
        expect(response?.status(), url).toBe(type === '404' ? 404 : 200);
        expect(await page.getAttribute('html', 'lang'), url).toBe(new URL(url).pathname.startsWith('/en/') ? 'en' : 'vi');
        expect(await page.locator('h1').count(), url).toBe(1);
        const skip = page.locator('a[href="#main"]').first();
        expect(await skip.count(), `${url} has a skip link`).toBe(1);
        expect(await page.locator('#main').count(), `${url} has #main`).toBe(1);
        for (const violation of await axeViolations(page)) {
          failures.push(`${url}: ${violation.id} (${violation.impact}) ${violation.help} — ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        }
        if (!shot.has(type)) {
          shot.add(type);
          await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${type}.png`), fullPage: true });
        }
      } finally {
        await page.close();
      }
    }
    expect(failures).toEqual([]);
  });
});
