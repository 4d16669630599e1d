/**
 * One generic check over the built site: every page type found in the
 * sitemap (plus the 404 page) opens in a real Chromium, has Vietnamese
 * language, exactly one h1, a working skip link and zero axe-core violations
 * at WCAG 2.2 AA; fits phone screens of 320 and 360 px with its heading in
 * the first screen; and every built HTML file passes the Nu HTML Checker.
 * Screenshots of each type (desktop and phone) are saved as CI artefacts.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../../scripts/src/paths.ts';
import { t } from '../../site/src/i18n/vi.ts';
import { axeViolations, launchChromium } from './browser.ts';
import { buildAndServeSite, pageType, sitemapUrls, type ServedSite } from './built-site.ts';
import { describeHtmlError, htmlErrors } from './nu-html-checker.ts';
import { headingProblem, openAllDetails, overflowProblems } from './phone-fit.ts';

export const SCREENSHOT_DIR = path.join(process.env.ARTIFACTS_DIR || path.join(repoRoot, 'artifacts'), 'screenshots');
const PAGES_PER_TYPE = 2;
/** Small phones: width and the height of their first screen. */
const PHONES = [
  { width: 320, height: 568 },
  { width: 360, height: 740 },
];

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
  // Pages outside the sitemap (noindex): the thank-you page of the forms and the preview shell (with no link given,
  // it explains that the link is broken, without calling the CMS).
  samples.push({ type: 'cam-on', url: `${site.url}/cam-on/` }, { type: 'xem-truoc', url: `${site.url}/xem-truoc/` });
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('every page type of the built site', () => {
  it('covers the main page types', () => {
    const types = new Set(samples.map((sample) => sample.type));
    for (const type of ['home', 'tin-tuc-detail', 'chuyen-muc-detail', 'van-ban-index', 'tim-kiem-index', '404', 'xem-truoc']) expect(types).toContain(type);
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

  it('is valid HTML: every built page, the 404 and the preview shell pass the Nu HTML Checker', async () => {
    const files = fs
      .readdirSync(site.dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
      .map((entry) => path.join(entry.parentPath, entry.name));
    const checked = files.map((file) => path.relative(site.dir, file));
    for (const page of ['index.html', '404.html', 'xem-truoc/index.html', 'van-ban/index.html', 'tim-kiem/index.html']) expect(checked).toContain(page);
    const errors = await htmlErrors(files);
    expect(errors.map((error) => describeHtmlError(error, `${site.dir}/`))).toEqual([]);
  });

  it('fits phone screens of 320 and 360 px, with the main heading in the first screen and the menus folded', async () => {
    const failures: string[] = [];
    const shot = new Set<string>();
    for (const { width, height } of PHONES) {
      for (const { type, url } of samples) {
        const page = await browser.newPage({ viewport: { width, height } });
        try {
          await page.goto(url, { waitUntil: 'load' });
          // The menus start folded: the first screen shows the page's own heading.
          const menu = page.locator('details.site-menu');
          // The English page (/en/) has no menu, only the link back to the Vietnamese portal.
          const hasMenu = !new URL(url).pathname.startsWith('/en/');
          if (hasMenu && ((await menu.count()) !== 1 || (await menu.getAttribute('open')) !== null)) failures.push(`${url} @${width}: the menu is not one folded disclosure`);
          const heading = await headingProblem(page, height);
          if (heading) failures.push(`${url} @${width}: ${heading}`);
          if (!shot.has(`${type}@${width}`)) {
            shot.add(`${type}@${width}`);
            await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${type}.phone-${width}.png`), fullPage: true });
            if (width === 360) {
              for (const violation of await axeViolations(page)) failures.push(`${url} @${width}: axe ${violation.id} ${violation.help}`);
            }
          }
          await openAllDetails(page);
          for (const problem of await overflowProblems(page)) failures.push(`${url} @${width}: ${problem}`);
        } finally {
          await page.close();
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('shows the menus unfolded, without their toggle, on a desktop screen', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(site.url, { waitUntil: 'load' });
      expect(await page.locator('details.site-menu > summary').isVisible()).toBe(false);
      const sections = page.getByRole('navigation', { name: t('nav.sections') });
      expect(await sections.getByRole('link', { name: t('nav.documents'), exact: true }).isVisible()).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('unfolds the menus on a phone with the keyboard alone, no script needed', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(site.url, { waitUntil: 'load' });
      const sections = page.getByRole('navigation', { name: t('nav.sections') });
      const toggle = page.locator('details.site-menu > summary');
      expect(await toggle.innerText()).toBe(t('nav.menu'));
      expect(await sections.isVisible()).toBe(false);
      await toggle.focus();
      await page.keyboard.press('Enter');
      expect(await sections.getByRole('link', { name: t('nav.documents'), exact: true }).isVisible()).toBe(true);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('nav')?.getAttribute('aria-label'))).toBe(t('nav.sections'));
    } finally {
      await context.close();
    }
  });
});
