/**
 * Build benchmark (DESIGN §6): for each corpus size N, loads N synthetic
 * articles into a real CMS (temporary SQLite), then times in the same run
 *   - the portal's full build from the CMS (cold caches),
 *   - an incremental rebuild after editing one article (warm caches),
 *   - a plain Astro build of the same N articles from local Markdown,
 *   - a Hugo build of the same Markdown (if Hugo is installed),
 * and prints times, peak memory and the ratios the quality bar uses.
 * Usage: pnpm run bench:build [-- --sizes=1000,10000]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freshCmsEnv } from '../src/cms-env.ts';
import { compileCms, startCms } from '../src/cms-process.ts';
import { getFreePort } from '../src/free-port.ts';
import { siteDir } from '../src/paths.ts';
import { buildHugo, buildPlainAstro } from './baselines.ts';
import { generateArticles } from './corpus.ts';
import { createWriteToken, loadArticles } from './load-corpus.ts';
import { runMeasured, type Measurement } from './measure.ts';

const sizesArg = process.argv.find((arg) => arg.startsWith('--sizes='));
const sizes = (sizesArg?.slice('--sizes='.length) ?? '1000').split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--sizes must be a comma-separated list of positive integers');

const seconds = (m: Measurement | null) => (m ? `${(m.ms / 1000).toFixed(1)} s` : 'n/a');
const memory = (m: Measurement | null) => (m ? `${Math.round(m.peakRssMb)} MB` : 'n/a');

function buildSiteMeasured(cmsUrl: string, tokenFile: string, dir: string): Promise<Measurement> {
  return runMeasured(process.execPath, [path.join(siteDir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
    cwd: siteDir,
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      STRAPI_URL: cmsUrl,
      STRAPI_TOKEN_FILE: tokenFile,
      SITE_URL: 'https://portal.example.vn',
      SITE_OUT_DIR: path.join(dir, 'site-out'),
      SITE_CACHE_DIR: path.join(dir, 'site-cache'),
    },
  });
}

async function benchmark(size: number) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `portal-bench-${size}-`));
  const env = freshCmsEnv();
  const tokenFile = path.join(dir, 'site-token');
  const cms = await startCms({
    port: await getFreePort(),
    env: {
      ...env,
      NODE_ENV: 'development',
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: path.join(dir, 'data.db'),
      SITE_TOKEN_FILE: tokenFile,
      SERVE_ADMIN_PANEL: 'false',
      SEED_DEMO_CONTENT: 'true',
    },
  });
  try {
    const writeToken = await createWriteToken(cms.url, env.DEMO_ADMIN_EMAIL!, env.DEMO_ADMIN_PASSWORD!);
    const categories = (await (await fetch(`${cms.url}/api/categories`)).json()) as { data: Array<{ slug: string }> };
    const articles = generateArticles(size, categories.data.map((category) => category.slug));
    const loadRate = await loadArticles(cms.url, writeToken, articles);

    const full = await buildSiteMeasured(cms.url, tokenFile, dir);
    const pages = fs.readdirSync(path.join(dir, 'site-out', 'tin-tuc')).length;

    // One editor change, then a rebuild with the caches of the previous build.
    const list = (await (await fetch(`${cms.url}/api/articles?pagination[pageSize]=1`)).json()) as { data: Array<{ documentId: string }> };
    await fetch(`${cms.url}/api/articles/${list.data[0]!.documentId}`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${writeToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ data: { title: 'Bài viết vừa được biên tập lại cho phép đo' } }),
    });
    const incremental = await buildSiteMeasured(cms.url, tokenFile, dir);

    const plain = await buildPlainAstro(articles, dir);
    const hugo = await buildHugo(articles, dir);
    return { size, loadRate, pages, full, incremental, plain, hugo };
  } finally {
    await cms.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await compileCms();
console.log(`Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
for (const size of sizes) {
  const r = await benchmark(size);
  console.log(`
N = ${r.size} articles (${r.pages} entries under /tin-tuc/; corpus loaded at ${r.loadRate.toFixed(0)} articles/s)
  portal full build (cold)        ${seconds(r.full)}  peak ${memory(r.full)}
  portal rebuild after one edit   ${seconds(r.incremental)}  peak ${memory(r.incremental)}
  plain Astro from Markdown       ${seconds(r.plain)}  peak ${memory(r.plain)}
  Hugo from Markdown              ${seconds(r.hugo)}  peak ${memory(r.hugo)}
  ratio portal / plain Astro      ${(r.full.ms / r.plain.ms).toFixed(2)}  (goal ≤ 1.5)
  ratio portal / Hugo             ${r.hugo ? (r.full.ms / r.hugo.ms).toFixed(2) : 'n/a'}`);
}
