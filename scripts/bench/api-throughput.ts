/**
 * `pnpm run bench:api`: throughput of the CMS content API on SQLite and on PostgreSQL. For each database it starts
 * a CMS (production mode, demo seed with its units) on a throwaway database, loads N synthetic articles into the
 * first unit, then runs autocannon with the site's read-only token against the unit's article list (the query the
 * site's loader sends for a unit build, first page of 20, fully populated), two detail lookups (by slug filter and
 * by documentId, rotating over 100 articles) and the view beacon (POST /api/public/views as the site's
 * navigator.sendBeacon sends it, from 1,000 rotating visitors). The beacon's count is checked: the portal's stored
 * total must grow by at least the beacons answered 204 (none lost) and at most the beacons sent (none doubled; the
 * difference is those still unanswered when the run stops). Each database is measured twice in the same
 * run, with the API response cache off (API_CACHE_TTL_SECONDS=0) and on, so the figures compare like with like.
 *
 * `--cluster`: instead, PostgreSQL + Redis (the local one, keys under a throwaway REDIS_PREFIX) with 2 CMS instances
 * behind HAProxy (scripts/src/cluster/), measured through HAProxy with 2 instances and then with 1 (the second
 * stopped, HAProxy having taken it out).
 *
 * The beacon's per-visitor rate limit is raised for the run (VIEW_RATE_LIMIT=1000000/60): one load generator cannot
 * be a thousand real visitors, and the limiter still runs on every beacon.
 *
 *   pnpm run bench:api [-- --articles 1000 --duration 10 --connections 50 --databases sqlite,postgres] [--cluster]
 *
 * Exits non-zero when a response was not 2xx, a request failed other than by timing out, or a beacon was miscounted.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { articleSchema, strapiListResponse } from '@portal/shared-types';
import { COLLECTION_SOURCES } from '../../site/src/collections.ts';
import { unitScopedQuery } from '../../site/src/loaders/strapi-loader.ts';
import { toQueryString, toSearchParams, type StrapiQueryValue } from '../../site/src/loaders/strapi-query.ts';
import { startCluster } from '../src/cluster/cluster.ts';
import { fetchJson } from '../src/cms-admin-api.ts';
import { freshCmsEnv } from '../src/cms-env.ts';
import { compileCms, startCms } from '../src/cms-process.ts';
import { getFreePort } from '../src/free-port.ts';
import { createThrowawayDatabase, type DatabaseClient } from '../src/throwaway-database.ts';
import { generateArticles } from './corpus.ts';
import { createWriteToken, loadArticles } from './load-corpus.ts';
import { startSeededCms } from './seeded-cms.ts';

// pnpm passes on the `--` of `pnpm run bench:api -- --articles 10000`.
const argv = process.argv.slice(2);
const { values: args } = parseArgs({
  args: argv[0] === '--' ? argv.slice(1) : argv,
  options: {
    articles: { type: 'string', default: '1000' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    databases: { type: 'string', default: 'sqlite,postgres' },
    cluster: { type: 'boolean', default: false },
  },
});

function positiveInteger(name: string, value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new Error(`--${name} must be a positive integer, got "${value}".`);
  return number;
}
const articleCount = positiveInteger('articles', args.articles);
const duration = positiveInteger('duration', args.duration);
const connections = positiveInteger('connections', args.connections);
const databases = args.databases.split(',').map((name) => name.trim());
for (const name of databases) {
  if (name !== 'sqlite' && name !== 'postgres') throw new Error(`--databases takes sqlite and/or postgres, got "${name}".`);
}

/** Settings every benchmarked CMS gets: no webhook (thousands of writes), beacons not rate-limited away, fresh stats. */
const BENCH_ENV = {
  NODE_ENV: 'production',
  REBUILD_WEBHOOK_URL: '',
  VIEW_RATE_LIMIT: '1000000/60',
  STATS_CACHE_SECONDS: '0',
  VIEW_FLUSH_MS: '500',
};

// autocannon ships no types: the part used here.
interface Histogram {
  average: number;
  total: number;
  p50: number;
  p99: number;
}
interface AutocannonResult {
  requests: Histogram;
  latency: Histogram;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodeStats: Record<string, { count: number }>;
}
interface AutocannonRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  headers: Record<string, string>;
  requests: Array<{ setupRequest: (request: AutocannonRequest) => AutocannonRequest }>;
}) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

/**
 * The article query of the site's loader for one unit's build (populate, unit filter), newest first with the id
 * tie-breaker as the figures in BENCHMARKS.md were measured (the loader itself now reads by id, page after page).
 */
const source = COLLECTION_SOURCES.articles;
const articlePath = (suffix: string, query: Record<string, StrapiQueryValue>) =>
  `/api/articles${suffix}?${toQueryString(toSearchParams(query))}`;
function listPath(unit: string): string {
  const query = unitScopedQuery(source.query, source.unitScoped, unit, source.syndicated)!;
  return articlePath('', { ...query, sort: ['date:desc', 'id:asc'], status: 'published', pagination: { page: 1, pageSize: 20 } });
}
const bySlugPath = (unit: string, slug: string) =>
  articlePath('', { filters: { slug: { $eq: slug }, unit: { slug: { $eq: unit } } }, populate: source.query.populate, status: 'published' });
const byDocumentIdPath = (documentId: string) => articlePath(`/${documentId}`, { populate: source.query.populate, status: 'published' });

interface Endpoint {
  name: string;
  method?: 'POST';
  /** Paths requested in turn, spreading detail lookups over many rows. */
  paths: string[];
  /** Checks one response body before the run, so a wrong query cannot pass as a fast 200 (GET endpoints). */
  check?(body: unknown): void;
}

interface Row {
  setup: string;
  endpoint: string;
  result: AutocannonResult;
  /** Beacons only: how much the stored count grew, beacons answered 204, beacons sent (some unanswered at the end). */
  counted?: { stored: number; accepted: number; sent: number };
}

type ArticleBody = { documentId: string; slug: string };
const BEACON_PATH = '/tin-tuc/';

function endpoints(unit: string, sample: ArticleBody[]): Endpoint[] {
  const listEnvelope = strapiListResponse(articleSchema);
  const first = sample[0]!;
  return [
    {
      name: 'list (20, populated)',
      paths: [listPath(unit)],
      check(body) {
        const parsed = listEnvelope.parse(body);
        if (parsed.data.length !== 20) throw new Error(`The list answered ${parsed.data.length} articles, not 20.`);
        if (parsed.meta.pagination.total < articleCount) throw new Error(`The list counts ${parsed.meta.pagination.total} articles.`);
      },
    },
    {
      name: 'detail by slug filter',
      paths: sample.map((article) => bySlugPath(unit, article.slug)),
      check(body) {
        const { data } = listEnvelope.parse(body);
        if (data.length !== 1 || data[0]!.slug !== first.slug) throw new Error(`The slug filter answered ${data.length} articles.`);
      },
    },
    {
      name: 'detail by documentId',
      paths: sample.map((article) => byDocumentIdPath(article.documentId)),
      check(body) {
        const data = articleSchema.parse((body as { data: unknown }).data);
        if (data.slug !== first.slug) throw new Error(`/api/articles/${first.documentId} answered "${data.slug}".`);
      },
    },
    { name: 'view beacon', method: 'POST', paths: sample.map((article) => `${BEACON_PATH}${article.slug}/`) },
  ];
}

async function measure(url: string, token: string, endpoint: Endpoint): Promise<{ result: AutocannonResult; sent: number }> {
  if (endpoint.check) endpoint.check(await fetchJson(`${url}${endpoint.paths[0]}`, { token }));
  let next = 0;
  const setupRequest = (request: AutocannonRequest): AutocannonRequest => {
    const n = next++;
    const path = endpoint.paths[n % endpoint.paths.length]!;
    if (endpoint.method !== 'POST') return { ...request, path };
    // As navigator.sendBeacon sends it: the page path as text/plain, no token, from one of 1,000 visitors.
    return {
      method: 'POST',
      path: '/api/public/views',
      body: path,
      headers: { 'Content-Type': 'text/plain;charset=UTF-8', 'User-Agent': `bench-visitor-${n % 1000}`, 'X-Forwarded-For': `10.0.${Math.floor((n % 1000) / 250)}.${n % 250}` },
    };
  };
  const result = await autocannon({
    url,
    connections,
    duration,
    headers: endpoint.method === 'POST' ? {} : { Authorization: `Bearer ${token}`, Accept: 'application/json' },
    requests: [{ setupRequest }],
  });
  // Requests still in flight when the run ends are sent (and may be counted) but have no answer in the result.
  return { result, sent: next };
}

/** The portal's stored view total ("*" row), as the statistics route reports it. */
async function storedViews(url: string): Promise<number> {
  const body = await fetchJson<{ data: { total: number } }>(`${url}/api/public/stats`);
  return body.data.total;
}

/** Runs every endpoint against `url`; for the beacon, waits (up to 30 s: Redis buffers are flushed in batches) for the count. */
async function measureAll(setup: string, url: string, token: string, list: Endpoint[]): Promise<Row[]> {
  const rows: Row[] = [];
  for (const endpoint of list) {
    console.log(`[${setup}] ${endpoint.name}: ${duration} s with ${connections} connections ...`);
    const before = endpoint.method === 'POST' ? await storedViews(url) : 0;
    const { result, sent } = await measure(url, token, endpoint);
    const row: Row = { setup, endpoint: endpoint.name, result };
    if (endpoint.method === 'POST') {
      const accepted = result.statusCodeStats['204']?.count ?? 0;
      let stored = (await storedViews(url)) - before;
      for (const deadline = Date.now() + 30_000; stored < accepted && Date.now() < deadline; ) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        stored = (await storedViews(url)) - before;
      }
      // Settle: beacons sent but unanswered at the end may still be counted.
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      stored = (await storedViews(url)) - before;
      row.counted = { stored, accepted, sent };
    }
    rows.push(row);
  }
  return rows;
}

/** Loads the synthetic articles into the first unit; returns that unit's slug and 100 articles spread over the corpus. */
async function loadCorpus(url: string, writeToken: string, readToken: string, label: string): Promise<{ unit: string; sample: ArticleBody[] }> {
  const units = await fetchJson<{ data: Array<{ documentId: string; slug: string }> }>(`${url}/api/units?sort=id&pagination[pageSize]=1`, {
    token: writeToken,
  });
  const unit = units.data[0];
  if (!unit) throw new Error('The CMS has no unit.');
  const categories = await fetchJson<{ data: Array<{ slug: string }> }>(
    `${url}/api/categories?filters[unit][documentId][$eq]=${unit.documentId}&pagination[pageSize]=100`,
    { token: writeToken },
  );
  const rate = await loadArticles(
    url,
    writeToken,
    generateArticles(articleCount, categories.data.map((category) => category.slug), 2024, unit.documentId),
  );
  console.log(`[${label}] loaded ${articleCount} synthetic articles into unit ${unit.slug} (${rate.toFixed(0)}/s)`);
  // Detail targets spread over the corpus: slug order is unrelated to date and id order.
  const sample = await fetchJson<{ data: ArticleBody[] }>(
    `${url}${articlePath('', {
      filters: { unit: { slug: { $eq: unit.slug } } },
      fields: ['slug'],
      sort: ['slug:asc'],
      status: 'published',
      pagination: { page: 1, pageSize: 100 },
    })}`,
    { token: readToken },
  );
  return { unit: unit.slug, sample: sample.data };
}

/** One CMS on `client`, measured with the response cache off, then on (same database, restarted). */
async function benchmarkSingle(client: DatabaseClient): Promise<Row[]> {
  const database = await createThrowawayDatabase(client, 'bench-api', { postgresAdminUrl: process.env.PORTAL_BENCH_PG_URL });
  const publicDir = path.join(database.dir, 'public');
  // The demo seed uploads its illustrations; they stay in the scratch dir, not in cms/public.
  fs.mkdirSync(path.join(publicDir, 'uploads'), { recursive: true });
  try {
    console.log(`\n[${client}] starting a CMS with the demo seed ...`);
    const first = await startSeededCms(database.dir, { ...database.env, ...BENCH_ENV, STRAPI_PUBLIC_DIR: publicDir, API_CACHE_TTL_SECONDS: '0' });
    let cms = first.cms;
    try {
      const token = fs.readFileSync(first.tokenFile, 'utf8').trim();
      const writeToken = await createWriteToken(cms.url, first.env.DEMO_ADMIN_EMAIL!, first.env.DEMO_ADMIN_PASSWORD!);
      const { unit, sample } = await loadCorpus(cms.url, writeToken, token, client);
      const list = endpoints(unit, sample);
      const rows = await measureAll(`${client}, cache off`, cms.url, token, list);
      await cms.stop();
      console.log(`[${client}] restarting the CMS with the response cache on ...`);
      cms = await startCms({ port: await getFreePort(), env: { ...first.env, API_CACHE_TTL_SECONDS: '300' } });
      rows.push(...(await measureAll(`${client}, cache on`, cms.url, token, list)));
      return rows;
    } finally {
      await cms.stop();
    }
  } finally {
    await database.drop();
  }
}

/** PostgreSQL + Redis + HAProxy with two instances, then one. */
async function benchmarkCluster(): Promise<Row[]> {
  const database = await createThrowawayDatabase('postgres', 'bench-api-cluster', { postgresAdminUrl: process.env.PORTAL_BENCH_PG_URL });
  const publicDir = path.join(database.dir, 'public');
  fs.mkdirSync(path.join(publicDir, 'uploads'), { recursive: true });
  const tokenFile = path.join(database.dir, 'site-token');
  const env: Record<string, string> = {
    ...freshCmsEnv(),
    ...database.env,
    ...BENCH_ENV,
    REDIS_URL: process.env.REDIS_URL?.trim() || 'redis://127.0.0.1:6379',
    REDIS_PREFIX: `bench-${crypto.randomBytes(4).toString('hex')}:`,
    SERVE_ADMIN_PANEL: 'false',
    SEED_DEMO_CONTENT: 'true',
    SITE_TOKEN_FILE: tokenFile,
    STRAPI_PUBLIC_DIR: publicDir,
  };
  try {
    console.log('\n[cluster] starting 2 CMS instances behind HAProxy on PostgreSQL + Redis ...');
    const cluster = await startCluster({ host: '127.0.0.1', port: await getFreePort(), instances: 2, env, dir: database.dir });
    try {
      const token = fs.readFileSync(tokenFile, 'utf8').trim();
      const writeToken = await createWriteToken(cluster.url, env.DEMO_ADMIN_EMAIL!, env.DEMO_ADMIN_PASSWORD!);
      const { unit, sample } = await loadCorpus(cluster.url, writeToken, token, 'cluster');
      const list = endpoints(unit, sample);
      const rows = await measureAll('HAProxy, 2 instances', cluster.url, token, list);
      await cluster.instance(1).stop();
      // HAProxy takes a stopped instance out after two failed checks a second apart.
      await new Promise((resolve) => setTimeout(resolve, 4_000));
      rows.push(...(await measureAll('HAProxy, 1 instance', cluster.url, token, list)));
      return rows;
    } finally {
      await cluster.stop();
    }
  } finally {
    await database.drop();
  }
}

function table(rows: Row[]): string {
  const header = ['setup', 'endpoint', 'requests/s', 'p50 ms', 'p99 ms', 'requests', 'timeouts', 'other errors', 'non-2xx', 'counted'];
  const lines = rows.map(({ setup, endpoint, result, counted }) => [
    setup,
    endpoint,
    result.requests.average.toFixed(1),
    String(result.latency.p50),
    String(result.latency.p99),
    String(result.requests.total),
    String(result.timeouts),
    String(result.errors - result.timeouts),
    String(result.non2xx),
    counted ? `${counted.stored} (${counted.accepted}–${counted.sent})` : '',
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column]!.length)));
  const format = (cells: string[]) =>
    cells.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  return [format(header), widths.map((width) => '-'.repeat(width)).join('  '), ...lines.map(format)].join('\n');
}

await compileCms();
const loadBefore = os.loadavg()[0]!;
const rows: Row[] = [];
if (args.cluster) rows.push(...(await benchmarkCluster()));
else for (const client of databases as DatabaseClient[]) rows.push(...(await benchmarkSingle(client)));

console.log(`
API throughput — ${articleCount} synthetic articles + demo seed, ${connections} connections, ${duration} s per endpoint
Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}; CMS and load generator share it
Load average (1 min) before / after: ${loadBefore.toFixed(2)} / ${os.loadavg()[0]!.toFixed(2)}
List: the site loader's article query for one unit's build (unitScopedQuery), first page of 20
`);
console.log(table(rows));

/** A count is lost when fewer than the acknowledged beacons were stored, doubled when more than were sent. */
const miscounted = (counted: Row['counted']) => !!counted && (counted.stored < counted.accepted || counted.stored > counted.sent);
// Timeouts (no answer within 10 s) are a figure of an overloaded setup (the cache-off rows), shown in the table;
// a wrong status, a refused connection or a miscount is a failure.
const failed = rows.filter(({ result, counted }) => result.non2xx > 0 || result.errors > result.timeouts || miscounted(counted));
if (failed.length > 0) {
  for (const { setup, endpoint, result, counted } of failed) {
    const statuses = Object.entries(result.statusCodeStats)
      .filter(([status]) => !status.startsWith('2'))
      .map(([status, { count }]) => `${count} × ${status}`);
    const lost = miscounted(counted) ? [`stored ${counted!.stored} beacons; ${counted!.accepted} were answered 204, ${counted!.sent} sent`] : [];
    console.error(`${setup} / ${endpoint}: ${[...statuses, `${result.errors} errors (${result.timeouts} timeouts)`, ...lost].join(', ')}`);
  }
  process.exit(1);
}
