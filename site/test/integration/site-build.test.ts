import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { toRoman } from '@portal/shared-types';
import { plainLog } from '../../../scripts/src/build-log.ts';
import { buildSite } from '../../../scripts/src/site-build.ts';
import {
  currentWeekSchedule,
  demoArticles,
  demoCategories,
  demoCongresses,
  demoDocuments,
  demoReports,
  demoSiteSettings,
} from '../../../cms/src/seed/demo-content.ts';
import { type NodePagefind, loadPagefind } from '../support/pagefind-node.ts';
import { parseCsv } from '../support/parse-csv.ts';

const cms = inject('cms');
const published = demoArticles.filter((article) => !article.draft);
const draft = demoArticles.find((article) => article.draft)!;
const publishedDocuments = demoDocuments.filter((document) => !document.draft);
const draftDocument = demoDocuments.find((document) => document.draft);

/** Astro escapes text content; compare against the escaped form. */
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function filesOf(dir: string, extension: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** The JSON-LD objects of a page (each script parsed; a script may hold an array). */
function jsonLd(html: string): Array<Record<string, unknown>> {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].flatMap((match) => {
    const parsed: unknown = JSON.parse(match[1]!);
    return (Array.isArray(parsed) ? parsed : [parsed]) as Array<Record<string, unknown>>;
  });
}

/** Content lines of an iCalendar text (RFC 5545 unfolding). */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '').split('\r\n').filter((line) => line !== '');

describe('the site built from a live CMS', () => {
  let outDir: string;
  let buildLog: string;
  let search: NodePagefind;
  const file = (route: string) => fs.readFileSync(path.join(outDir, route), 'utf8');
  const page = (route: string) => file(path.join(route, 'index.html'));

  beforeAll(async () => {
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-site-'));
    buildLog = await buildSite({ cmsUrl: cms.url, tokenFile: cms.tokenFile, siteUrl: 'https://portal.example.vn', outDir, quiet: true });
    search = await loadPagefind(outDir);
  });

  it('reads the content data store from its file, not from a copy bundled into the build', () => {
    expect(plainLog(buildLog)).toMatch(/\[portal:data-store-at-runtime\] pages read the content data store from \S+data-store\.json/);
  });

  afterAll(() => {
    search?.close();
    fs.rmSync(outDir, { recursive: true, force: true });
  });

  it('shows the news, KPI highlights, this week’s schedule and the footer facts on the home page', () => {
    const home = page('');
    expect(home).toContain('<html lang="vi">');
    const shown = published.filter((article) => home.includes(escapeHtml(article.title)));
    expect(shown.length).toBeGreaterThanOrEqual(5);
    expect(home).toContain(escapeHtml(currentWeekSchedule(new Date()).title));
    expect(home).toContain('/chi-tieu/');
    expect(home).toContain(escapeHtml(demoSiteSettings.editorInChiefName));
    expect(home).toContain(escapeHtml(demoSiteSettings.address));
    expect(jsonLd(home).map((item) => item['@type'])).toContain('GovernmentOrganization');
  });

  it('renders every published article with its text, category, sections and NewsArticle data', () => {
    for (const article of published) {
      const html = page(`tin-tuc/${article.slug}`);
      expect(html).toContain(escapeHtml(article.title));
      expect(html).toContain(escapeHtml(article.paragraphs[0]!));
      expect(html).toContain(`/chuyen-muc/${article.category}/`);
      expect(html).toMatch(/<nav class="breadcrumbs"/);
      expect(jsonLd(html).map((item) => item['@type'])).toEqual(['NewsArticle', 'BreadcrumbList']);
      for (const section of article.sections ?? []) {
        if (section.kind === 'table') expect(html).toContain(`<caption>${escapeHtml(section.caption)}</caption>`);
        if (section.kind === 'document') expect(html).toContain(`href="/van-ban/${section.document}/"`);
      }
    }
  });

  it('links document numbers cited in article text to the document page', () => {
    const html = page('tin-tuc/dang-bo-huyen-binh-son-hoan-thanh-xuat-sac-nhiem-vu-nam-2020');
    expect(html).toContain('<a href="/van-ban/215-kl-tu/">215-KL/TU</a>');
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

  it('never publishes drafts', () => {
    expect(fs.existsSync(path.join(outDir, 'tin-tuc', draft.slug))).toBe(false);
    for (const html of filesOf(outDir, '.html')) expect(fs.readFileSync(html, 'utf8')).not.toContain(escapeHtml(draft.title));
    if (draftDocument) expect(fs.existsSync(path.join(outDir, 'van-ban', draftDocument.slug))).toBe(false);
  });

  it('lists every published document in the library, with pre-built filter pages', () => {
    const library = page('van-ban');
    for (const document of publishedDocuments) expect(library).toContain(`href="/van-ban/${document.slug}/"`);
    expect(library).toContain('id="document-filter"');
    const byType = page('van-ban/loai/ket-luan');
    expect(byType).toContain('href="/van-ban/215-kl-tu/"');
    expect(byType).not.toContain('href="/van-ban/30-qd-tw/"');
    expect(page('van-ban/nam/2021')).toContain('href="/van-ban/215-kl-tu/"');
    expect(page('van-ban/hieu-luc/con-hieu-luc')).toContain('href="/van-ban/215-kl-tu/"');
  });

  it('renders a document page with its metadata, relations both ways, citing articles and Legislation data', () => {
    const html = page('van-ban/215-kl-tu');
    expect(html).toContain('<caption>Thông tin văn bản</caption>');
    expect(html).toContain('Ban Thường vụ Tỉnh ủy Quảng Ngãi');
    expect(html).toContain('25/03/2021');
    expect(html).toContain('href="/tin-tuc/dang-bo-huyen-binh-son-hoan-thanh-xuat-sac-nhiem-vu-nam-2020/"');
    const legislation = jsonLd(html).find((item) => item['@type'] === 'Legislation');
    expect(legislation?.['legislationIdentifier']).toBe('215-KL/TU');
    const withRelations = publishedDocuments.find((document) => (document.relations ?? []).some((relation) => relation.target !== undefined));
    if (withRelations) {
      const relation = withRelations.relations!.find((item) => item.target !== undefined)!;
      expect(page(`van-ban/${withRelations.slug}`)).toContain(`href="/van-ban/${relation.target}/"`);
      expect(page(`van-ban/${relation.target}`)).toContain(`href="/van-ban/${withRelations.slug}/"`);
    }
  });

  it('renders congress pages with the ordinal in Roman numerals, the term and the Event data', () => {
    for (const congress of demoCongresses) {
      const html = page(`dai-hoi/${congress.slug}`);
      expect(html).toContain(`Lần thứ ${toRoman(congress.ordinal)}`);
      expect(html).toContain(`Nhiệm kỳ ${congress.termStartYear}–${congress.termEndYear}`);
      expect(jsonLd(html).map((item) => item['@type'])).toContain('Event');
    }
  });

  it('renders report pages with the CMS’s "đạt và vượt X/Y" summary, and indicator pages with chart, table and data', async () => {
    const response = await fetch(`${cms.url}/api/kpi-reports?fields[0]=slug&fields[1]=summaryLabel`, {
      headers: { Authorization: `Bearer ${cms.token}` },
    });
    const { data } = (await response.json()) as { data: Array<{ slug: string; summaryLabel: string | null }> };
    expect(data.length).toBe(demoReports.length);
    for (const report of data) {
      const html = page(`bao-cao/${report.slug}`);
      if (report.summaryLabel) expect(html).toContain(escapeHtml(report.summaryLabel));
      expect(html).toContain('class="kpi-table"');
    }
    const indicatorPage = page('chi-tieu/bs-gtsx');
    expect(indicatorPage).toMatch(/<svg[^>]+role="img"[^>]+aria-labelledby="bieu-do-title bieu-do-desc"/);
    expect(indicatorPage).toContain('<desc id="bieu-do-desc">');
    expect(indicatorPage).toContain('17.711,84');
    expect(jsonLd(indicatorPage).map((item) => item['@type'])).toContain('Dataset');
    const csv = parseCsv(file('chi-tieu/bs-gtsx.csv'));
    expect(csv[0]).toContain('thuc_hien');
    expect(csv.some((row) => row.includes('17711.84'))).toBe(true);
    expect(JSON.parse(file('chi-tieu/bs-gtsx.json')).indicator.code).toBe('BS-GTSX');
  });

  it('publishes open data: one CSV row per published document and per KPI value', () => {
    const documents = parseCsv(file('du-lieu/van-ban.csv'));
    expect(documents.length - 1).toBe(publishedDocuments.length);
    const values = parseCsv(file('du-lieu/chi-tieu.csv'));
    expect(values.length - 1).toBe(demoReports.reduce((sum, report) => sum + report.values.length, 0));
    expect(JSON.parse(file('du-lieu/van-ban.json'))).toHaveLength(publishedDocuments.length);
    expect(page('du-lieu')).toContain('href="/du-lieu/van-ban.csv"');
  });

  it('publishes schedules by week and a valid iCalendar feed per body', () => {
    const feeds = fs.readdirSync(path.join(outDir, 'lich-cong-tac')).filter((name) => name.endsWith('.ics'));
    expect(feeds).toEqual(expect.arrayContaining(['huyen-uy-binh-son.ics', 'tinh-uy-quang-ngai.ics']));
    for (const feed of feeds) {
      const text = file(`lich-cong-tac/${feed}`);
      expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
      const lines = unfold(text);
      expect(lines[0]).toBe('BEGIN:VCALENDAR');
      expect(lines.filter((line) => line === 'BEGIN:VEVENT').length).toBe(lines.filter((line) => line === 'END:VEVENT').length);
      expect(lines.some((line) => line.startsWith('DTSTART;TZID=Asia/Ho_Chi_Minh:') || line.startsWith('DTSTART;VALUE=DATE:'))).toBe(true);
    }
    const current = currentWeekSchedule(new Date());
    const week = page(`lich-cong-tac/${current.isoYear}-tuan-${String(current.isoWeek).padStart(2, '0')}`);
    expect(week).toContain(escapeHtml(current.entries[0]!.content));
    expect(unfold(file('lich-cong-tac/tinh-uy-quang-ngai.ics'))).toContain(`SUMMARY:${current.entries[0]!.content}`);
  });

  it('finds the same pages for "dang bo", "Đảng bộ" and "DANG BO", and document numbers as typed', async () => {
    const folded = await search.search('dang bo');
    expect(folded.length).toBeGreaterThan(3);
    expect(new Set(await search.search('Đảng bộ'))).toEqual(new Set(folded));
    expect(new Set(await search.search('DANG BO'))).toEqual(new Set(folded));
    expect((await search.search('215-KL/TU'))[0]).toBe('/van-ban/215-kl-tu/');
    expect(await search.search('215 KL TU')).toContain('/van-ban/215-kl-tu/');
    const filters = await search.filters();
    expect(Object.keys(filters).sort()).toEqual(['category', 'section', 'type', 'year']);
    const documentsOnly = await search.search('215-KL/TU', { section: 'Văn bản' });
    expect(documentsOnly[0]).toBe('/van-ban/215-kl-tu/');
    expect(documentsOnly.every((url) => url.startsWith('/van-ban/'))).toBe(true);
  });

  it('writes RSS, robots.txt, a sitemap with lastmod, and a Vietnamese 404', () => {
    const rss = file('rss.xml');
    expect(rss).toContain(`<link>https://portal.example.vn/tin-tuc/${published[0]!.slug}/</link>`);
    expect(file('robots.txt')).toContain('Sitemap: https://portal.example.vn/sitemap-index.xml');
    const sitemap = filesOf(outDir, '.xml')
      .filter((name) => /sitemap-\d+\.xml$/.test(name))
      .map((name) => fs.readFileSync(name, 'utf8'))
      .join('\n');
    expect(sitemap).toMatch(new RegExp(`<loc>https://portal.example.vn/tin-tuc/${published[0]!.slug}/</loc><lastmod>\\d{4}-`));
    expect(sitemap).toContain('https://portal.example.vn/van-ban/215-kl-tu/');
    // Pages that are not content stay out of the sitemap.
    for (const route of ['/404/', '/cam-on/', '/xem-truoc/']) expect(sitemap).not.toContain(`https://portal.example.vn${route}<`);
    expect(file('404.html')).toContain('Không tìm thấy trang');
  });

  it('has valid JSON-LD, one h1, a skip link and no broken internal links on every page', () => {
    for (const htmlFile of filesOf(outDir, '.html')) {
      const html = fs.readFileSync(htmlFile, 'utf8');
      const where = path.relative(outDir, htmlFile);
      expect(() => jsonLd(html), where).not.toThrow();
      expect(html.match(/<h1[\s>]/g)?.length, where).toBe(1);
      expect(html, where).toContain('class="skip-link" href="#main"');
      for (const [, href] of html.matchAll(/href="(\/[^"#?]*)/g)) {
        const target = path.join(outDir, decodeURI(href!));
        const exists = href!.endsWith('/') ? fs.existsSync(path.join(target, 'index.html')) : fs.existsSync(target);
        expect(exists, `${where} links to ${href}`).toBe(true);
      }
    }
  });

  it('keeps an article page within 50 KB of HTML and CSS (gzip) and ships it only the participation scripts', async () => {
    const { gzipSync } = await import('node:zlib');
    const html = page('tin-tuc/dang-bo-huyen-binh-son-hoan-thanh-xuat-sac-nhiem-vu-nam-2020');
    const css = [...html.matchAll(/href="(\/_astro\/[^"]+\.css)"/g)].map((match) => file(match[1]!)).join('');
    expect(gzipSync(html).length + gzipSync(css).length).toBeLessThan(50_000);
    // Besides JSON-LD: the feedback/rating enhancement and the view beacon + statistics, as external modules
    // (budget checked in participation.test.ts).
    const scripts = html.match(/<script(?! type="application\/ld\+json")[^>]*>/g) ?? [];
    expect(scripts.map((tag) => tag.replace(/\.[\w-]+\.js"/, '.js"'))).toEqual([
      '<script type="module" src="/_astro/ArticleParticipation.astro_astro_type_script_index_0_lang.js">',
      '<script type="module" src="/_astro/VisitorStats.astro_astro_type_script_index_0_lang.js">',
    ]);
  });
});
