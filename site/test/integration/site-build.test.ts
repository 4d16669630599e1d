import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite } from '../../../scripts/src/site-build.ts';
import { demoArticles, demoCategories } from '../../../cms/src/seed/demo-content.ts';

const cms = inject('cms');
const published = demoArticles.filter((article) => !article.draft);
const draft = demoArticles.find((article) => article.draft)!;

/** Astro escapes text content; compare against the escaped form. */
const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function allHtml(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe('the site built from a live CMS', () => {
  let outDir: string;
  const page = (route: string) => fs.readFileSync(path.join(outDir, route, 'index.html'), 'utf8');

  beforeAll(async () => {
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-site-'));
    await buildSite({ cmsUrl: cms.url, tokenFile: cms.tokenFile, siteUrl: 'https://portal.example.vn', outDir, quiet: true });
  });

  afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

  it('shows the published demo articles on the home page', () => {
    const home = page('');
    expect(home).toContain('lang="vi"');
    const shown = published.filter((article) => home.includes(escapeHtml(article.title)));
    expect(shown.length).toBeGreaterThanOrEqual(5);
  });

  it('renders a page per published article with its title, text and category link', () => {
    for (const article of published) {
      const html = page(`tin-tuc/${article.slug}`);
      expect(html).toContain(escapeHtml(article.title));
      expect(html).toContain(escapeHtml(article.paragraphs[0]!));
      expect(html).toContain(`/chuyen-muc/${article.category}/`);
    }
  });

  it('renders every category page listing its articles', () => {
    for (const category of demoCategories) {
      const html = page(`chuyen-muc/${category.slug}`);
      expect(html).toContain(escapeHtml(category.name));
      for (const article of published.filter((a) => a.category === category.slug)) {
        expect(html).toContain(escapeHtml(article.title));
      }
    }
  });

  it('never publishes the draft', () => {
    expect(fs.existsSync(path.join(outDir, 'tin-tuc', draft.slug))).toBe(false);
    for (const file of allHtml(outDir)) expect(fs.readFileSync(file, 'utf8')).not.toContain(escapeHtml(draft.title));
  });

  it('writes a sitemap listing the article pages', () => {
    expect(fs.existsSync(path.join(outDir, 'sitemap-index.xml'))).toBe(true);
    const sitemap = fs
      .readdirSync(outDir)
      .filter((name) => /^sitemap-\d+\.xml$/.test(name))
      .map((name) => fs.readFileSync(path.join(outDir, name), 'utf8'))
      .join('\n');
    expect(sitemap).toContain(`https://portal.example.vn/tin-tuc/${published[0]!.slug}/`);
  });
});
