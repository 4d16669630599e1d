/**
 * `pnpm run bench:weight`: bytes per page type of the demo site (built from a CMS with the demo seed, served by the
 * real static server), measured in Chromium: the HTML, the CSS and the JS each page loads, raw and gzip (node:zlib,
 * default level 6; the static server itself does not compress), and the bytes a first Pagefind search transfers.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium, type Browser, type Page, type Response } from 'playwright-core';
import { startDemoSite, type DemoSite } from './demo-site.ts';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Debian's Chromium, as tests/e2e/browser.ts launches it (that module needs the DOM typings, so not imported here). */
function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH} (apt-get install -y chromium).`);
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

interface Bytes {
  raw: number;
  gzip: number;
}
interface Loaded {
  url: string;
  type: string;
  body: Buffer;
}

const sum = (items: Bytes[]): Bytes => items.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });
// A compressing server sends a file as is when gzip would not shrink it (Pagefind's chunks come gzipped already).
const bytesOf = (body: Buffer): Bytes => ({ raw: body.length, gzip: Math.min(body.length, zlib.gzipSync(body).length) });
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const pair = (b: Bytes) => `${kb(b.raw).padStart(9)} / ${kb(b.gzip).padStart(8)}`;

/** Records every same-origin response of a page with its body. */
function recordResponses(page: Page, origin: string): { loaded: Loaded[]; settled(): Promise<void> } {
  const loaded: Loaded[] = [];
  const pending: Array<Promise<void>> = [];
  page.on('response', (response: Response) => {
    if (new URL(response.url()).origin !== origin) return;
    pending.push(
      (async () => {
        const body = await response.body().catch(() => Buffer.alloc(0));
        loaded.push({ url: response.url(), type: response.request().resourceType(), body });
      })(),
    );
  });
  return { loaded, settled: async () => void (await Promise.all(pending)) };
}

async function weighPage(browser: Browser, site: DemoSite, pagePath: string) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const record = recordResponses(page, new URL(site.url).origin);
    const response = await page.goto(`${site.url}${pagePath}`, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`${pagePath} answered HTTP ${response?.status()}`);
    await page.waitForLoadState('networkidle');
    await record.settled();
    const of = (type: string) => sum(record.loaded.filter((r) => r.type === type).map((r) => bytesOf(r.body)));
    return { html: bytesOf(await response.body()), css: of('stylesheet'), js: of('script') };
  } finally {
    await context.close();
  }
}

interface Served {
  path: string;
  bytes: number;
  body: Buffer;
}

/**
 * Opens /tim-kiem/, types the query and waits for results. Returns the Pagefind responses (/pagefind/…) made while
 * the page loads and after typing: bytes as the static server wrote them (headers included), and the served file.
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
    // The static server sends files as they are, so the body is the file on disk.
    const pagefind = (from: number, to: number): Served[] =>
      site.served
        .slice(from, to)
        .filter((s) => s.path.startsWith('/pagefind/'))
        .map((s) => ({ ...s, body: fs.readFileSync(path.join(site.dir, s.path)) }));
    return { results, onLoad: pagefind(servedBefore, servedOnLoad), afterQuery: pagefind(servedOnLoad, site.served.length) };
  } finally {
    await context.close();
  }
}

function describeRequests(title: string, requests: Served[]): void {
  const transferred = requests.reduce((total, r) => total + r.bytes, 0);
  const body = sum(requests.map((r) => bytesOf(r.body)));
  console.log(`  ${title}: ${requests.length} requests, ${kb(transferred)} transferred (bodies ${kb(body.raw)}, gzip-equivalent ${kb(body.gzip)})`);
  const byKind = new Map<string, Served[]>();
  for (const r of requests) {
    const name = r.path.split('/').pop() ?? '';
    const kind = /\.[a-z_]+$/.exec(name)?.[0] ?? name;
    byKind.set(kind, [...(byKind.get(kind) ?? []), r]);
  }
  for (const [kind, list] of [...byKind].sort()) {
    const b = sum(list.map((r) => bytesOf(r.body)));
    const wire = list.reduce((total, r) => total + r.bytes, 0);
    console.log(`    ${kind.padEnd(12)} ×${String(list.length).padEnd(3)} ${kb(wire).padStart(9)} transferred, ${kb(b.raw).padStart(9)} body, ${kb(b.gzip).padStart(8)} gzip`);
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
    console.log(`\nBytes per page type (raw / gzip, gzip = node:zlib default level 6; CSS and JS = every file the page loads)\n`);
    console.log(`${'page type'.padEnd(17)} ${'HTML'.padStart(20)}   ${'CSS'.padStart(20)}   ${'JS'.padStart(20)}   path`);
    for (const [name, pagePath] of pages) {
      const w = await weighPage(browser, site, pagePath);
      console.log(`${name.padEnd(17)} ${pair(w.html)}   ${pair(w.css)}   ${pair(w.js)}   ${pagePath}`);
    }

    const query = 'dang bo';
    const search = await firstSearch(browser, site, query);
    const all = [...search.onLoad, ...search.afterQuery];
    console.log(`\nFirst Pagefind search on /tim-kiem/ for "${query}" (${search.results} results shown); the static server does not gzip:`);
    describeRequests('total', all);
    describeRequests('while the page loads (pagefind.js, WASM, filters)', search.onLoad);
    describeRequests('after typing the query (index chunks, fragments)', search.afterQuery);
  } finally {
    await browser?.close();
    await site.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
