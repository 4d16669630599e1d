/**
 * `pnpm run bench:weight`: bytes per page type of the demo site (built from a CMS with the demo seed, with the brotli
 * and gzip copies every build writes, served by the real static server), measured in Chromium: the HTML, the CSS and
 * the JS each page loads, as files and as the static server sent them (counted at the socket, headers included, in the
 * encoding Chromium chose; Chromium offers brotli to 127.0.0.1 as it does over HTTPS), and the bytes a first Pagefind
 * search transfers.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { generateArticles, generateDocuments } from './corpus.ts';
import { startDemoSite, type DemoSite } from './demo-site.ts';

// pnpm passes on the `--` of `pnpm run bench:weight -- --search-articles 10000`.
const argv = process.argv.slice(2);
const { values: args } = parseArgs({
  args: argv[0] === '--' ? argv.slice(1) : argv,
  options: { 'search-articles': { type: 'string', default: '0' } },
});
const searchArticles = Number(args['search-articles']);
if (!Number.isInteger(searchArticles) || searchArticles < 0) throw new Error('--search-articles must be a whole number ≥ 0');

const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Debian's Chromium, as tests/e2e/browser.ts launches it (that module needs the DOM typings, so not imported here). */
function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH} (apt-get install -y chromium).`);
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/** One response of the static server: the file it answered with (its size on disk) and the bytes it sent. */
interface Served {
  path: string;
  /** Size of the file as built. */
  file: number;
  /** Bytes on the wire, headers included. */
  sent: number;
  encoding: string | null;
}

interface Bytes {
  file: number;
  sent: number;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const sum = (items: Served[]): Bytes => items.reduce((a, b) => ({ file: a.file + b.file, sent: a.sent + b.sent }), { file: 0, sent: 0 });
const pair = (b: Bytes) => `${kb(b.file).padStart(9)} / ${kb(b.sent).padStart(8)}`;

/** The static server's responses from `from` on, with the size of the file each answered with. */
function servedSince(site: DemoSite, from: number): Served[] {
  return site.served.slice(from).map((s) => {
    const file = path.join(site.dir, s.path.endsWith('/') ? `${s.path}index.html` : s.path);
    return { path: s.path, file: fs.existsSync(file) ? fs.statSync(file).size : 0, sent: s.bytes, encoding: s.encoding };
  });
}

async function weighPage(browser: Browser, site: DemoSite, pagePath: string) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const before = site.served.length;
    const response = await page.goto(`${site.url}${pagePath}`, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`${pagePath} answered HTTP ${response?.status()}`);
    await page.waitForLoadState('networkidle');
    const served = servedSince(site, before);
    const of = (test: (p: string) => boolean) => sum(served.filter((s) => test(s.path)));
    return {
      html: of((p) => p === pagePath),
      css: of((p) => p.endsWith('.css')),
      js: of((p) => p.endsWith('.js')),
      encodings: [...new Set(served.map((s) => s.encoding ?? 'identity'))],
    };
  } finally {
    await context.close();
  }
}

/**
 * Opens /tim-kiem/, types the query and waits for results. Returns the Pagefind responses (/pagefind/…) made while
 * the page loads and after typing.
 */
async function firstSearch(browser: Browser, site: DemoSite, query: string) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const servedBefore = site.served.length;
    await page.goto(`${site.url}/tim-kiem/`, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    const servedOnLoad = site.served.length;
    await page.fill('#q', query);
    await page.press('#q', 'Enter');
    await page.waitForSelector('#search-results li', { timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const results = await page.locator('#search-results li').count();
    const all = servedSince(site, servedBefore).filter((s) => s.path.startsWith('/pagefind/'));
    const onLoadPaths = servedOnLoad - servedBefore;
    const onLoad = servedSince(site, servedBefore).slice(0, onLoadPaths).filter((s) => s.path.startsWith('/pagefind/'));
    return { results, all, onLoad, afterQuery: all.slice(onLoad.length) };
  } finally {
    await context.close();
  }
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** A page marked for search as the site marks its articles and documents (filters section, category or type, year). */
function searchablePage(title: string, filters: Record<string, string>, paragraphs: string[]): string {
  const spans = Object.entries(filters).map(([name, value]) => `<span hidden data-pagefind-filter="${name}:${escapeHtml(value)}"></span>`);
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body>` +
    `<main data-pagefind-body>${spans.join('')}<article><h1>${escapeHtml(title)}</h1>` +
    `${paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('')}</article></main></body></html>`;
}

/**
 * `--search-articles N`: N synthetic articles and N/5 documents (corpus.ts) written into the built demo site as
 * searchable pages, and the search index rebuilt over the whole site, so that the first search is measured on an index
 * of that size without loading the corpus into a CMS (10–40 minutes here). The page figures are the demo's either way.
 */
async function addSearchCorpus(site: DemoSite, articles: number): Promise<void> {
  const categories = ['Xây dựng Đảng', 'Tin tức - Sự kiện', 'Kinh tế - Xã hội', 'Quốc phòng - An ninh', 'Học tập và làm theo Bác'];
  const write = (file: string, html: string) => {
    fs.mkdirSync(path.dirname(path.join(site.dir, file)), { recursive: true });
    fs.writeFileSync(path.join(site.dir, file), html);
  };
  for (const [index, article] of generateArticles(articles, categories).entries()) {
    const filters = { section: 'Tin tức', category: categories[index % categories.length]!, year: article.date.slice(0, 4) };
    write(`tin-tuc/tong-hop-${article.slug}/index.html`, searchablePage(article.title, filters, [article.summary, ...article.paragraphs]));
  }
  for (const document of generateDocuments(Math.floor(articles / 5))) {
    const title = `${document.typeName} ${document.rawNumber} ${document.subject}`;
    const filters = { section: 'Văn bản', type: document.typeName, year: document.issuedDate.slice(0, 4) };
    write(`van-ban/tong-hop-${document.slug}/index.html`, searchablePage(title, filters, document.paragraphs));
  }
  const started = performance.now();
  fs.rmSync(path.join(site.dir, 'pagefind'), { recursive: true, force: true });
  const { indexSite } = await import('../../site/src/integrations/pagefind.ts');
  const indexed = await indexSite(site.dir);
  console.log(`Indexed ${indexed} pages (${articles} synthetic articles, ${Math.floor(articles / 5)} documents added) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

function describeRequests(title: string, requests: Served[]): void {
  const total = sum(requests);
  console.log(`  ${title}: ${requests.length} requests, ${kb(total.sent)} transferred (files ${kb(total.file)})`);
  const byKind = new Map<string, Served[]>();
  for (const r of requests) {
    const name = r.path.split('/').pop() ?? '';
    const kind = /\.[a-z_]+$/.exec(name)?.[0] ?? name;
    byKind.set(kind, [...(byKind.get(kind) ?? []), r]);
  }
  for (const [kind, list] of [...byKind].sort()) {
    const b = sum(list);
    const encodings = [...new Set(list.map((r) => r.encoding ?? 'identity'))].join(', ');
    console.log(`    ${kind.padEnd(12)} ×${String(list.length).padEnd(3)} ${kb(b.sent).padStart(9)} transferred, ${kb(b.file).padStart(9)} files (${encodings})`);
  }
}

async function main(): Promise<void> {
  const site = await startDemoSite();
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const pages: Array<[string, string]> = [
      ['home', '/'],
      ['article', site.firstPageUnder('tin-tuc')],
      ['category listing', site.firstPageUnder('chuyen-muc')],
      ['document', site.firstPageUnder('van-ban')],
      ['document library', '/van-ban/'],
      ['indicator', site.firstPageUnder('chi-tieu')],
      ['report', site.firstPageUnder('bao-cao')],
      ['schedule', '/lich-cong-tac/'],
      ['search', '/tim-kiem/'],
      ['congress', site.firstPageUnder('dai-hoi')],
      ['static page', site.firstPageUnder('trang')],
    ];
    console.log(`\nBytes per page type: file / transferred (headers included; CSS and JS = every file the page loads)\n`);
    console.log(`${'page type'.padEnd(17)} ${'HTML'.padStart(20)}   ${'CSS'.padStart(20)}   ${'JS'.padStart(20)}   path`);
    for (const [name, pagePath] of pages) {
      const w = await weighPage(browser, site, pagePath);
      console.log(`${name.padEnd(17)} ${pair(w.html)}   ${pair(w.css)}   ${pair(w.js)}   ${pagePath} (${w.encodings.join(', ')})`);
    }
    console.log(`Chromium's Accept-Encoding: ${site.served.at(-1)?.accepted ?? ''}`);

    if (searchArticles > 0) await addSearchCorpus(site, searchArticles);
    const query = 'dang bo';
    const search = await firstSearch(browser, site, query);
    console.log(`\nFirst Pagefind search on /tim-kiem/ for "${query}" (${search.results} results shown):`);
    describeRequests('total', search.all);
    describeRequests('while the page loads (pagefind.js; the filter lists are in the page)', search.onLoad);
    describeRequests('after the visitor turns to the search box and types (worker, WASM, metadata, index chunks, 10 fragments)', search.afterQuery);
  } finally {
    await browser?.close();
    await site.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
