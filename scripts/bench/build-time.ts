/**
 * Build benchmark (DESIGN §6): for each corpus size N, loads N synthetic articles (with N/5 official documents,
 * N/50 KPI reports and N/100 weekly schedules) into a real CMS (temporary SQLite), then times in the same run
 *   - the portal's full build from the CMS (cold caches, search index included, as CI builds),
 *   - a rebuild after editing one article, as the rebuild service runs it (warm caches, Astro's incremental build,
 *     search index refreshed after going live and reported on its own),
 *   - a plain Astro build of the same N articles from local Markdown,
 *   - a Hugo build of the same Markdown (if Hugo is installed),
 * and prints times, peak memory and the ratios the quality bar uses.
 * Usage: pnpm run bench:build [-- --sizes=1000,10000]
 * Against a CMS that already holds the corpus of one size (scripts/bench/corpus.ts, same seed):
 *   pnpm run bench:build -- --sizes=10000 --cms-url http://127.0.0.1:1337 --token-file site-token \
 *     --admin-email … --admin-password …
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs, stripVTControlCharacters } from 'node:util';
import { pageGeneration } from '../src/build-log.ts';
import { compileCms, type CmsProcess } from '../src/cms-process.ts';
import { astroInvocation } from '../src/site-build.ts';
import { buildHugo, buildPlainAstro } from './baselines.ts';
import { generateArticles } from './corpus.ts';
import { createWriteToken, loadCorpus, type CorpusLoad } from './load-corpus.ts';
import { startSeededCms } from './seeded-cms.ts';
import { runMeasured, type Measurement } from './measure.ts';

const { values: args } = parseArgs({
  args: process.argv.slice(2).filter((arg, index) => index > 0 || arg !== '--'),
  options: {
    sizes: { type: 'string', default: '1000' },
    'cms-url': { type: 'string' },
    'token-file': { type: 'string' },
    'admin-email': { type: 'string' },
    'admin-password': { type: 'string' },
  },
});
const sizes = args.sizes.split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--sizes must be a comma-separated list of positive integers');
if (args['cms-url'] !== undefined && sizes.length !== 1) throw new Error('--cms-url measures one size: give --sizes=<the corpus size it holds>');

const loadSummary = ({ counts, rates }: CorpusLoad) =>
  `loaded ${counts.articles} articles at ${rates.articles.toFixed(0)}/s + ${counts.documents} documents, ` +
  `${counts.reports} KPI reports, ${counts.schedules} schedules`;
const seconds = (ms: number | undefined) => (ms === undefined ? 'n/a' : `${(ms / 1000).toFixed(1)} s`);
const memory = (m: Measurement | null) => (m ? `${Math.round(m.peakRssMb)} MB` : 'n/a');
/** The search index time the site's Pagefind integration logs (Astro colours its label when pnpm forces colours). */
const searchIndexMs = (m: Measurement) =>
  Number(/\[portal:pagefind\] indexed \d+ pages in (\d+) ms/.exec(stripVTControlCharacters(m.output))?.[1] ?? Number.NaN);

function buildSiteMeasured(cmsUrl: string, tokenFile: string, dir: string, searchIndex: 'inline' | 'later'): Promise<Measurement> {
  const outDir = path.join(dir, 'site-out');
  const astro = astroInvocation('build', outDir);
  return runMeasured(process.execPath, astro.args, {
    cwd: astro.cwd,
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      STRAPI_URL: cmsUrl,
      STRAPI_TOKEN_FILE: tokenFile,
      SITE_URL: 'https://portal.example.vn',
      SITE_OUT_DIR: outDir,
      SITE_CACHE_DIR: path.join(dir, 'site-cache'),
      SITE_SEARCH_INDEX: searchIndex,
      // As the rebuild service builds (the full build starts from an empty directory, so it is a cold build).
      SITE_REUSE_OUT_DIR: '1',
    },
  });
}

interface Target {
  url: string;
  tokenFile: string;
  writeToken: string;
  /** What this run loaded into its own CMS; null for an external CMS that already holds the corpus. */
  load: CorpusLoad | null;
  cms?: CmsProcess;
}

async function ownCms(size: number, dir: string): Promise<Target> {
  const { cms, env, tokenFile } = await startSeededCms(dir, { NODE_ENV: 'development' });
  const writeToken = await createWriteToken(cms.url, env.DEMO_ADMIN_EMAIL!, env.DEMO_ADMIN_PASSWORD!);
  const load = await loadCorpus(cms.url, writeToken, size);
  return { url: cms.url, tokenFile, writeToken, load, cms };
}

async function categorySlugs(cmsUrl: string): Promise<string[]> {
  const categories = (await (await fetch(`${cmsUrl}/api/categories`)).json()) as { data: Array<{ slug: string }> };
  return categories.data.map((category) => category.slug);
}

async function benchmark(size: number) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `portal-bench-${size}-`));
  let target: Target | undefined;
  try {
    target =
      args['cms-url'] === undefined
        ? await ownCms(size, dir)
        : {
            url: args['cms-url'].replace(/\/+$/, ''),
            tokenFile: path.resolve(args['token-file'] ?? 'site-token'),
            writeToken: await createWriteToken(args['cms-url'], args['admin-email'] ?? '', args['admin-password'] ?? ''),
            load: null,
          };
    const articles = generateArticles(size, await categorySlugs(target.url));

    const full = await buildSiteMeasured(target.url, target.tokenFile, dir, 'inline');
    const pages = pageGeneration(full.output).rendered.length;

    // One editor change, then a rebuild as the rebuild service runs it: over the previous output, with the previous
    // build's caches, the search index left for afterwards.
    const list = (await (await fetch(`${target.url}/api/articles?pagination[pageSize]=1`)).json()) as { data: Array<{ documentId: string }> };
    const edited = await fetch(`${target.url}/api/articles/${list.data[0]!.documentId}`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${target.writeToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ data: { title: `Bài viết vừa được biên tập lại cho phép đo ${Date.now()}` } }),
    });
    if (!edited.ok) throw new Error(`Editing an article failed: HTTP ${edited.status}`);
    const rebuild = await buildSiteMeasured(target.url, target.tokenFile, dir, 'later');
    const generation = pageGeneration(rebuild.output);

    const plain = await buildPlainAstro(articles, dir);
    const hugo = await buildHugo(articles, dir);
    return { size, load: target.load, pages, full, searchMs: searchIndexMs(full), rebuild, generation, plain, hugo };
  } finally {
    await target?.cms?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await compileCms();
console.log(`Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
for (const size of sizes) {
  const r = await benchmark(size);
  const withoutSearch = r.full.ms - r.searchMs;
  console.log(`
N = ${r.size} articles (${r.pages} pages${r.load === null ? '' : `; ${loadSummary(r.load)}`})
  portal full build (cold)            ${seconds(r.full.ms)}  peak ${memory(r.full)}
    of which search index (Pagefind)  ${seconds(r.searchMs)}
  portal rebuild after one edit       ${seconds(r.rebuild.ms)}  peak ${memory(r.rebuild)}  (${r.generation.rendered.length} pages rendered, ${r.generation.reused.length} reused; search index refreshed afterwards, ≈ the Pagefind time above)
  plain Astro from Markdown           ${seconds(r.plain.ms)}  peak ${memory(r.plain)}
  Hugo from Markdown                  ${seconds(r.hugo?.ms)}  peak ${memory(r.hugo)}
  ratio portal / plain Astro          ${(r.full.ms / r.plain.ms).toFixed(2)}; without the search index ${(withoutSearch / r.plain.ms).toFixed(2)}  (goal ≤ 1.5)
  ratio portal / Hugo                 ${r.hugo ? (r.full.ms / r.hugo.ms).toFixed(2) : 'n/a'}`);
}
