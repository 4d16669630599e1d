/**
 * `pnpm run bench:lighthouse [-- --desktop]`: Lighthouse scores of the demo site (built from a CMS with the demo seed,
 * served by the real static server with its CSP) for one page of each main type. Mobile preset (Lighthouse's default,
 * simulated throttling) unless --desktop. Exits non-zero when accessibility, best practices or SEO < 100 or
 * performance < 95, listing the failing audits. A page that misses a bar in its first run is run 3 times in all and
 * the median of each score taken, since performance is noisy on a loaded machine.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse, { desktopConfig } from 'lighthouse';
import { stopChild } from '../src/child-process.ts';
import { startDemoSite } from './demo-site.ts';

// `pnpm run bench:lighthouse -- --desktop` passes the "--" on.
const { values: args } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: { desktop: { type: 'boolean', default: false } },
});
const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];
const BARS: Record<Category, number> = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };
const MAX_RUNS = 3;

interface Run {
  /** Lighthouse version and the browser it drove, for the record. */
  environment: string;
  scores: Record<Category, number>;
  /** "category: audit id — title (score)" for every scored audit below 1 in a category that misses its bar. */
  failing: string[];
}

/** Debian's Chromium with a DevTools port for Lighthouse to drive; resolves once the port is announced. */
async function launchChromium(): Promise<{ port: number; stop(): Promise<void> }> {
  if (!fs.existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH} (apt-get install -y chromium).`);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-lighthouse-profile-'));
  const child: ChildProcess = spawn(
    CHROMIUM_PATH,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const stop = async () => {
    await stopChild(child);
    fs.rmSync(profile, { recursive: true, force: true });
  };
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let stderr = '';
      const timer = setTimeout(() => reject(new Error(`Chromium announced no DevTools port:\n${stderr}`)), 30_000);
      child.stderr!.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(stderr);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      });
      child.on('exit', (code) => reject(new Error(`Chromium exited (${code}):\n${stderr}`)));
    });
    return { port, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function audit(url: string, port: number): Promise<Run> {
  const result = await lighthouse(
    url,
    { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
    args.desktop ? desktopConfig : undefined,
  );
  if (!result) throw new Error(`Lighthouse returned no result for ${url}.`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.message}`);
  const scores = {} as Record<Category, number>;
  const failing: string[] = [];
  for (const category of CATEGORIES) {
    const entry = lhr.categories[category]!;
    scores[category] = Math.round((entry.score ?? 0) * 100);
    if (scores[category] >= BARS[category]) continue;
    for (const ref of entry.auditRefs) {
      const item = lhr.audits[ref.id]!;
      if (item.score === null || item.score >= 1 || item.scoreDisplayMode === 'informative') continue;
      if (category === 'performance' && ref.weight === 0 && item.score >= 0.9) continue;
      const shown = item.displayValue ? ` [${item.displayValue}]` : '';
      failing.push(`${category}: ${ref.id} — ${item.title} (score ${item.score.toFixed(2)})${shown}`);
      failing.push(...detailLines(item.details).map((line) => `    ${line}`));
    }
  }
  const browser = /(?:Headless)?Chrome\/[\d.]+/.exec(lhr.environment.hostUserAgent)?.[0] ?? lhr.environment.hostUserAgent;
  return { environment: `Lighthouse ${lhr.lighthouseVersion}, ${browser}`, scores, failing };
}

/** Up to 5 items of an audit's details table (console messages, offending nodes, URLs), one line each. */
function detailLines(details: unknown): string[] {
  // Only tables and lists have an item array; other detail types (metrics, screenshots…) say nothing useful here.
  const items = (details as { items?: unknown } | undefined)?.items;
  if (!Array.isArray(items)) return [];
  return (items as Array<Record<string, unknown>>).slice(0, 5).map((item) => {
    const node = item.node as { snippet?: string } | undefined;
    const parts = [item.description, item.url, item.source, node?.snippet].filter((part) => typeof part === 'string' && part !== '');
    return (parts.length > 0 ? parts.join(' | ') : JSON.stringify(item)).slice(0, 300);
  });
}

const passes = (run: Pick<Run, 'scores'>) => CATEGORIES.every((category) => run.scores[category] >= BARS[category]);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<number> {
  const site = await startDemoSite();
  const chromium = await launchChromium().catch(async (error: unknown) => {
    await site.close();
    throw error;
  });
  try {
    const pages: Array<[string, string]> = [
      ['home', '/'],
      ['article', site.firstPageUnder('tin-tuc')],
      ['document', site.firstPageUnder('van-ban')],
      ['indicator', site.firstPageUnder('chi-tieu')],
      ['schedule', '/lich-cong-tac/'],
      ['search', '/tim-kiem/'],
    ];
    console.log(`\nLighthouse ${args.desktop ? 'desktop' : 'mobile (default preset, simulated throttling)'} on ${site.url}\n`);
    const rows: Array<{ name: string; pagePath: string; runs: number; run: Run }> = [];
    for (const [name, pagePath] of pages) {
      const runs: Run[] = [];
      // One run when it meets every bar; otherwise MAX_RUNS, whose median counts (noise of a loaded machine).
      runs.push(await audit(`${site.url}${pagePath}`, chromium.port));
      if (!passes(runs[0]!)) while (runs.length < MAX_RUNS) runs.push(await audit(`${site.url}${pagePath}`, chromium.port));
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(runs.map((r) => r.scores[c]))])) as Record<Category, number>;
      // The failing audits shown are those of the run whose performance is the median one.
      const representative = runs.find((r) => r.scores.performance === scores.performance) ?? runs[0]!;
      const run = { ...representative, scores, failing: passes({ scores }) ? [] : representative.failing };
      rows.push({ name, pagePath, runs: runs.length, run });
      console.log(`  ${name.padEnd(10)} ${CATEGORIES.map((c) => String(scores[c]).padStart(3)).join('  ')}  (${runs.length} run${runs.length > 1 ? 's' : ''})`);
    }

    const width = Math.max(...rows.map((r) => r.pagePath.length));
    console.log(`\n${'page'.padEnd(10)} ${'path'.padEnd(width)}  perf  a11y  best  seo  runs`);
    for (const { name, pagePath, runs, run } of rows) {
      const cells = CATEGORIES.map((c) => `${String(run.scores[c]).padStart(4)}${run.scores[c] < BARS[c] ? '!' : ' '}`).join(' ');
      console.log(`${name.padEnd(10)} ${pagePath.padEnd(width)} ${cells}  ${runs}`);
    }
    console.log(`${rows[0]?.run.environment}; ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, load average ${os.loadavg()[0]!.toFixed(1)}`);
    console.log(`Bars: performance ≥ ${BARS.performance}, accessibility/best practices/SEO = 100 ('!' marks a miss; median of the runs).`);

    const failed = rows.filter((row) => !passes(row.run));
    for (const row of failed) {
      console.log(`\n${row.name} ${row.pagePath} misses a bar:`);
      // Detail lines (indented) belong to the audit above them.
      for (const line of row.run.failing) console.log(line.startsWith(' ') ? `  ${line}` : `  - ${line}`);
    }
    return failed.length === 0 ? 0 : 1;
  } finally {
    await chromium.stop();
    await site.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
