/**
 * `pnpm run bench:file-pipeline`: files through the real CMS (issue #24's speed goals), on a CMS of its own (temporary
 * SQLite database, demo seed) with the real rebuild service and static server, as bench:publish runs them:
 *
 * (a) Word import: a 20-page report with 10 distinct photo-like pictures, posted to POST /api/editor/word-import (the
 *     route of `pnpm run import:word` and of the admin's "Nhập từ Word" button) — reading, checks, image uploads with
 *     the media library's resized formats, the draft saved. The first run creates the draft, the others update it.
 * (b) Scan to search: a 10-page scanned PDF is uploaded and attached to a published document through the admin API and
 *     the document republished; timed from the start of the upload until the OCR text is on the document (fullText)
 *     and until a phrase from its last page is found by the site's search (/tim-kiem/?q=… in Chromium) in the build
 *     the rebuild service serves.
 *
 * Options: --runs N (Word imports, default 3), --timeout S (for (b), default 600), --build-log (Astro's output).
 * Needs poppler-utils, tesseract-ocr(-vie), img2pdf and Chromium (see README).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { importWordFile } from '../import/word/import-word.ts';
import { adminLogin, fetchJson } from '../src/cms-admin-api.ts';
import { randomAdminPassword } from '../src/cms-env.ts';
import { compileCms } from '../src/cms-process.ts';
import { getFreePort } from '../src/free-port.ts';
import { readRebuildSettings } from '../src/rebuild/config.ts';
import { listenRebuildService } from '../src/rebuild/listen.ts';
import { createStaticServer } from '../src/static-server.ts';
import { launchBenchChromium, photos, printTextPdf, reportDocx, scanPdf } from './file-fixtures.ts';
import { initialBuild } from './initial-build.ts';
import { startSeededCms } from './seeded-cms.ts';

const { values: args } = parseArgs({
  args: process.argv.slice(2).filter((arg, index) => index > 0 || arg !== '--'),
  options: {
    runs: { type: 'string', default: '3' },
    timeout: { type: 'string', default: '600' },
    'build-log': { type: 'boolean', default: false },
  },
});

const DOCUMENTS = 'content-manager/collection-types/api::legal-document.legal-document';
/** Printed on the scan's last page only, and nowhere else on the site: found by search only once OCR has read it. */
const LAST_PAGE_PHRASE = 'rạn san hô Hòn Yến';
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const loadAverage = () => os.loadavg().map((value) => value.toFixed(2)).join(' / ');
const flat = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ');

/** Whether the site's search page, opened with ?q=, lists a result linking to `pagePath`. */
async function searchFinds(browser: Browser, siteUrl: string, query: string, pagePath: string): Promise<boolean> {
  // A fresh context each time: nothing of a previous index stays in the browser's cache.
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${siteUrl}/tim-kiem/?q=${encodeURIComponent(query)}`);
    const status = page.locator('#search-status');
    const loading = JSON.parse((await status.getAttribute('data-messages')) ?? '{}').loading as string;
    // The search has answered once the status shows something other than "loading".
    const answered = Date.now() + 30_000;
    for (;;) {
      const text = ((await status.textContent()) ?? '').trim();
      if (text !== '' && text !== loading) break;
      if (Date.now() > answered) throw new Error(`The search page did not answer for "${query}" within 30 s.`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const links = await page.locator('#search-results > li > a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
    return links.some((href) => href.includes(pagePath));
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const runs = Number(args.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive integer.');
  const timeoutMs = Number(args.timeout) * 1000;
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-bench-files-'));
  const deployRoot = path.join(scratch, 'deploy');
  const host = '127.0.0.1';
  const secret = crypto.randomBytes(24).toString('base64url');
  const settings = readRebuildSettings({ ...process.env, REBUILD_WEBHOOK_SECRET: secret, REBUILD_KEEP_BUILDS: '3' });
  const rebuildPort = await getFreePort();
  const sitePort = await getFreePort();
  const siteUrl = `http://${host}:${sitePort}`;
  const admin = { email: 'bench@portal.local', password: randomAdminPassword() };
  let phaseStart = Date.now();
  const log = (line: string) => console.log(`  [+${((Date.now() - phaseStart) / 1000).toFixed(1)} s] ${line}`);
  console.log(`Load average (1 / 5 / 15 min) at start: ${loadAverage()}; ${os.availableParallelism()} cores`);

  let browser: Browser | undefined;
  let cms: Awaited<ReturnType<typeof startSeededCms>>['cms'] | undefined;
  let rebuild: Awaited<ReturnType<typeof listenRebuildService>> | undefined;
  const site = createStaticServer(() => rebuild!.service.layout.currentLink);
  try {
    console.log('Making the files (Chromium, pdftoppm, img2pdf) ...');
    browser = await launchBenchChromium();
    const docx = path.join(scratch, 'bao-cao-20-trang.docx');
    fs.writeFileSync(docx, await reportDocx(20, await photos(browser, 10)));
    const printed = path.join(scratch, 'van-ban-10-trang.pdf');
    await printTextPdf(browser, printed, { pages: 10, paragraphs: 8, lastPage: `Phụ lục: khu bảo tồn ${LAST_PAGE_PHRASE} được khoanh vùng bảo vệ.` });
    const scan = path.join(scratch, 'van-ban-10-trang-scan.pdf');
    scanPdf(printed, scan);
    console.log(`Word report: ${(fs.statSync(docx).size / 1048576).toFixed(1)} MB; scan: ${(fs.statSync(scan).size / 1048576).toFixed(1)} MB`);

    console.log('Compiling and starting a CMS on a temporary SQLite database (demo seed) ...');
    await compileCms();
    const started = await startSeededCms(scratch, {
      DEMO_ADMIN_EMAIL: admin.email,
      DEMO_ADMIN_PASSWORD: admin.password,
      REBUILD_WEBHOOK_URL: `http://${host}:${rebuildPort}/webhook`,
      REBUILD_WEBHOOK_SECRET: secret,
    });
    cms = started.cms;
    const jwt = await adminLogin(cms.url, admin.email, admin.password);
    const unit = (await fetchJson<{ results: Array<{ slug: string }> }>(`${cms.url}/content-manager/collection-types/api::unit.unit?page=1&pageSize=1&sort=id:asc`, { token: jwt }))
      .results[0]?.slug;
    if (!unit) throw new Error('The CMS has no unit.');

    // (a) Word import through the CMS route, uploads included.
    console.log(`\n(a) Word import of the 20-page report with 10 pictures into unit "${unit}", ${runs} runs:`);
    const importSeconds: number[] = [];
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      const result = await importWordFile(docx, { cms: { url: cms.url, jwt }, unit });
      const elapsed = performance.now() - start;
      if (result.outcome === 'refused') throw new Error(`The CMS refused the report: ${result.reason}`);
      const expected = run === 0 ? 'created' : 'updated';
      if (result.outcome !== expected) throw new Error(`Run ${run + 1} ${result.outcome} the draft; expected ${expected}.`);
      importSeconds.push(elapsed / 1000);
      console.log(`  run ${run + 1}: ${seconds(elapsed)} (${result.outcome} draft ${result.documentId})`);
    }
    const uploaded = await fetchJson<{ pagination?: { total?: number } }>(`${cms.url}/upload/files?page=1&pageSize=1&filters[name][$startsWith]=word-`, { token: jwt });
    console.log(`  pictures in the media library: ${uploaded.pagination?.total ?? '?'}`);

    // (b) A scan attached to a published document, until the site's search finds its last page.
    rebuild = await listenRebuildService({
      settings: { ...settings, deployRoot },
      host,
      port: rebuildPort,
      cmsUrl: cms.url,
      tokenFile: started.tokenFile,
      siteUrl,
      quiet: !args['build-log'],
      log,
    });
    await new Promise<void>((resolve) => site.listen(sitePort, host, resolve));
    console.log(`\n(b) Initial build of the site into ${deployRoot} ...`);
    phaseStart = Date.now();
    const initial = await initialBuild(rebuild.service, settings.debounceMs);
    console.log(`  initial build: ${seconds(initial.durationMs)}, ${initial.pages} pages`);

    const listed = await fetchJson<{ results: Array<{ documentId: string }> }>(
      `${cms.url}/${DOCUMENTS}?page=1&pageSize=1&status=published&filters[unit][slug][$eq]=${encodeURIComponent(unit)}`,
      { token: jwt },
    );
    const documentId = listed.results[0]?.documentId;
    if (!documentId) throw new Error(`Unit "${unit}" has no published document.`);
    const before = (await fetchJson<{ data: { slug: string; files?: Array<{ id: number }> | null } }>(`${cms.url}/${DOCUMENTS}/${documentId}`, { token: jwt })).data;
    if (await searchFinds(browser, siteUrl, LAST_PAGE_PHRASE, `/van-ban/${before.slug}/`)) throw new Error('The site finds the phrase before the scan is attached.');

    console.log(`Attaching the 10-page scan to /van-ban/${before.slug}/ and publishing (load average ${loadAverage()}):`);
    phaseStart = Date.now();
    const form = new FormData();
    form.append('files', new Blob([fs.readFileSync(scan)], { type: 'application/pdf' }), path.basename(scan));
    const response = await fetch(`${cms.url}/upload`, { method: 'POST', headers: { Authorization: `Bearer ${jwt}` }, body: form });
    const stored = (await response.json()) as Array<{ id: number }>;
    if (!response.ok) throw new Error(`Upload failed (HTTP ${response.status}): ${JSON.stringify(stored).slice(0, 300)}`);
    const files = [...(before.files ?? []).map((file) => file.id), stored[0]!.id];
    await fetchJson(`${cms.url}/${DOCUMENTS}/${documentId}`, { method: 'PUT', token: jwt, body: { files, slug: before.slug } });
    await fetchJson(`${cms.url}/${DOCUMENTS}/${documentId}/actions/publish`, { method: 'POST', token: jwt, body: {} });
    const saved = Date.now() - phaseStart;
    log('uploaded, attached and published');

    const deadline = phaseStart + timeoutMs;
    let textAt: number | undefined;
    for (;;) {
      const entry = (await fetchJson<{ data: { fullTextStatus?: string; fullText?: string | null } }>(`${cms.url}/${DOCUMENTS}/${documentId}`, { token: jwt })).data;
      if (entry.fullTextStatus === 'failed') throw new Error('The full-text job failed (see the CMS log).');
      if (entry.fullTextStatus === 'done' && entry.fullText) {
        textAt = Date.now() - phaseStart;
        log(`OCR text on the document (${entry.fullText.length} characters)`);
        if (!flat(entry.fullText).includes(LAST_PAGE_PHRASE)) {
          throw new Error(`OCR did not read "${LAST_PAGE_PHRASE}" on the last page (it read: "${flat(entry.fullText).slice(-120)}"); the search cannot find it.`);
        }
        break;
      }
      if (Date.now() > deadline) throw new Error(`No OCR text within ${args.timeout} s (status ${entry.fullTextStatus}).`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    let searchAt: number | undefined;
    for (;;) {
      if (await searchFinds(browser, siteUrl, LAST_PAGE_PHRASE, `/van-ban/${before.slug}/`)) {
        searchAt = Date.now() - phaseStart;
        log('found by the site search');
        break;
      }
      if (Date.now() > deadline) throw new Error(`The site's search did not find the phrase within ${args.timeout} s.`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }

    const sorted = [...importSeconds].sort((a, b) => a - b);
    console.log(`
Word import, 20 pages, 10 pictures (goal ≤ 5 s): first (new draft, uploads) ${importSeconds[0]!.toFixed(2)} s; re-imports (update) ${
      importSeconds.slice(1).map((value) => value.toFixed(2)).join(' / ') || '–'
    } s; median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(2)} s
10-page scan (goal: searchable ≤ 180 s after attaching): upload + attach + publish ${seconds(saved)}; OCR text on the document ${seconds(textAt)} (${(
      textAt / 10000
    ).toFixed(1)} s per page, queue included); found by the site search ${seconds(searchAt)}
Load average at the end: ${loadAverage()}`);
  } finally {
    site.close();
    await rebuild?.close();
    await browser?.close();
    await cms?.stop();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
