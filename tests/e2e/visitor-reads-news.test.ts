/** A visitor's first journey in a real browser: home → article → its category → back home. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser.ts';
import { buildAndServeSite, type ServedSite } from './built-site.ts';

let site: ServedSite;
let browser: Browser;

beforeAll(async () => {
  site = await buildAndServeSite(inject('cms'));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('a visitor reading the news', () => {
  it('opens an article from the home page, then its category, with JavaScript off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/`);

    const firstArticle = page.locator('main a[href^="/tin-tuc/"]:not([href="/tin-tuc/"])').first();
    const title = (await firstArticle.innerText()).trim();
    await firstArticle.click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/tin-tuc\/[a-z0-9-]+\/$/);
    expect((await page.locator('h1').innerText()).trim()).toBe(title);

    // Breadcrumbs lead back; the category link leads to a listing that contains the article.
    expect(await page.locator('nav[aria-label] a[href="/"]').count()).toBeGreaterThan(0);
    const categoryLink = page.locator('main a[href^="/chuyen-muc/"]').first();
    await categoryLink.click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/chuyen-muc\/[a-z0-9-]+\/$/);
    expect(await page.getByRole('link', { name: title }).count()).toBeGreaterThan(0);
    await context.close();
  });
});
