/**
 * `pnpm run bench:api`: read throughput of the CMS content API on SQLite and on PostgreSQL. For each database it
 * starts a CMS (production mode, demo seed) on a throwaway database, loads N synthetic articles, then runs autocannon
 * against the article list (the query the site's loader sends, first page of 20) and two detail lookups (by slug
 * filter and by documentId, rotating over 100 articles), with the site's read-only token. Prints requests/s and
 * latency per endpoint; exits non-zero when any response was not 2xx or a request failed.
 *
 *   pnpm run bench:api [-- --articles 1000 --duration 10 --connections 10 --databases sqlite,postgres]
 *
 * PostgreSQL: a fresh database on PORTAL_BENCH_PG_URL's server (default postgres@127.0.0.1:5432, trust auth),
 * dropped at the end.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { articleSchema, strapiListResponse } from '@portal/shared-types';
import { COLLECTION_SOURCES } from '../../site/src/collections.ts';
import { toQueryString, toSearchParams, type StrapiQueryValue } from '../../site/src/loaders/strapi-query.ts';
import { fetchJson } from '../src/cms-admin-api.ts';
import { compileCms } from '../src/cms-process.ts';
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
    connections: { type: 'string', default: '10' },
    databases: { type: 'string', default: 'sqlite,postgres' },
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
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  headers: Record<string, string>;
  requests: Array<{ setupRequest: (request: AutocannonRequest) => AutocannonRequest }>;
}) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

/** The article query of the site's loader (populate, sort with the id tie-breaker, published only). */
const siteQuery = COLLECTION_SOURCES.articles.query;
const articlePath = (suffix: string, query: Record<string, StrapiQueryValue>) =>
  `/api/articles${suffix}?${toQueryString(toSearchParams(query))}`;
const LIST_PATH = articlePath('', {
  ...siteQuery,
  sort: [...siteQuery.sort, 'id:asc'],
  status: 'published',
  pagination: { page: 1, pageSize: 20 },
});
const bySlugPath = (slug: string) =>
  articlePath('', { filters: { slug: { $eq: slug } }, populate: siteQuery.populate, status: 'published' });
const byDocumentIdPath = (documentId: string) => articlePath(`/${documentId}`, { populate: siteQuery.populate, status: 'published' });

interface Endpoint {
  name: string;
  /** Paths requested in turn, spreading detail lookups over many rows. */
  paths: string[];
  /** Checks one response body before the run, so a wrong query cannot pass as a fast 200. */
  check(body: unknown): void;
}

interface Row {
  database: DatabaseClient;
  endpoint: string;
  result: AutocannonResult;
}

type ArticleBody = { documentId: string; slug: string };

function endpoints(sample: ArticleBody[]): Endpoint[] {
  const listEnvelope = strapiListResponse(articleSchema);
  const first = sample[0]!;
  return [
    {
      name: 'list (20, populated)',
      paths: [LIST_PATH],
      check(body) {
        const parsed = listEnvelope.parse(body);
        if (parsed.data.length !== 20) throw new Error(`The list answered ${parsed.data.length} articles, not 20.`);
        if (parsed.meta.pagination.total < articleCount) throw new Error(`The list counts ${parsed.meta.pagination.total} articles.`);
      },
    },
    {
      name: 'detail by slug filter',
      paths: sample.map((article) => bySlugPath(article.slug)),
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
  ];
}

async function measure(url: string, token: string, endpoint: Endpoint): Promise<AutocannonResult> {
  endpoint.check(await fetchJson(`${url}${endpoint.paths[0]}`, { token }));
  let next = 0;
  return autocannon({
    url,
    connections,
    duration,
    headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
    requests: [{ setupRequest: (request) => ({ ...request, path: endpoint.paths[next++ % endpoint.paths.length]! }) }],
  });
}

async function benchmark(client: DatabaseClient): Promise<Row[]> {
  const database = await createThrowawayDatabase(client, 'bench-api', { postgresAdminUrl: process.env.PORTAL_BENCH_PG_URL });
  const publicDir = path.join(database.dir, 'public');
  // The demo seed uploads its illustrations; they stay in the scratch dir, not in cms/public.
  fs.mkdirSync(path.join(publicDir, 'uploads'), { recursive: true });
  try {
    console.log(`\n[${client}] starting a CMS with the demo seed ...`);
    const { cms, env, tokenFile } = await startSeededCms(database.dir, {
      ...database.env,
      NODE_ENV: 'production',
      STRAPI_PUBLIC_DIR: publicDir,
      // No rebuild webhook, even if cms/.env names one: thousands of writes must not reach a real rebuild service.
      REBUILD_WEBHOOK_URL: '',
    });
    try {
      const writeToken = await createWriteToken(cms.url, env.DEMO_ADMIN_EMAIL!, env.DEMO_ADMIN_PASSWORD!);
      const categories = await fetchJson<{ data: Array<{ slug: string }> }>(`${cms.url}/api/categories`, { token: writeToken });
      const rate = await loadArticles(cms.url, writeToken, generateArticles(articleCount, categories.data.map((category) => category.slug)));
      console.log(`[${client}] loaded ${articleCount} synthetic articles (${rate.toFixed(0)}/s)`);

      const token = fs.readFileSync(tokenFile, 'utf8').trim();
      // Detail targets spread over the corpus: slug order is unrelated to date and id order.
      const sample = await fetchJson<{ data: ArticleBody[] }>(
        `${cms.url}${articlePath('', { fields: ['slug'], sort: ['slug:asc'], status: 'published', pagination: { page: 1, pageSize: 100 } })}`,
        { token },
      );
      const rows: Row[] = [];
      for (const endpoint of endpoints(sample.data)) {
        console.log(`[${client}] ${endpoint.name}: ${duration} s with ${connections} connections ...`);
        rows.push({ database: client, endpoint: endpoint.name, result: await measure(cms.url, token, endpoint) });
      }
      return rows;
    } finally {
      await cms.stop();
    }
  } finally {
    await database.drop();
  }
}

function table(rows: Row[]): string {
  const header = ['database', 'endpoint', 'requests/s', 'p50 ms', 'p99 ms', 'requests', 'errors', 'non-2xx'];
  const lines = rows.map(({ database, endpoint, result }) => [
    database,
    endpoint,
    result.requests.average.toFixed(1),
    String(result.latency.p50),
    String(result.latency.p99),
    String(result.requests.total),
    String(result.errors),
    String(result.non2xx),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column]!.length)));
  const format = (cells: string[]) =>
    cells.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  return [format(header), widths.map((width) => '-'.repeat(width)).join('  '), ...lines.map(format)].join('\n');
}

await compileCms();
const rows: Row[] = [];
for (const client of databases as DatabaseClient[]) rows.push(...(await benchmark(client)));

console.log(`
API read throughput — ${articleCount} synthetic articles + demo seed, ${connections} connections, ${duration} s per endpoint
Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}; CMS and load generator share it
List: ${LIST_PATH}
`);
console.log(table(rows));

const failed = rows.filter(({ result }) => result.non2xx > 0 || result.errors > 0);
if (failed.length > 0) {
  for (const { database, endpoint, result } of failed) {
    const statuses = Object.entries(result.statusCodeStats)
      .filter(([status]) => !status.startsWith('2'))
      .map(([status, { count }]) => `${count} × ${status}`);
    console.error(`${database} / ${endpoint}: ${[...statuses, `${result.errors} errors (${result.timeouts} timeouts)`].join(', ')}`);
  }
  process.exit(1);
}
