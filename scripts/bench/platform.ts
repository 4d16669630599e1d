/**
 * `pnpm run bench:platform`: a province and its communes (issue 16). Starts its own CMS on a temporary SQLite database
 * (demo seed), creates one provincial unit and `--communes N` commune units through the REST API, loads
 * `--province-articles P` articles into the province and `--commune-articles M` into each commune, then:
 *
 *   1. builds every bench unit with the platform rebuild service (scripts/src/platform/platform-rebuild.ts), one build
 *      at a time (REBUILD_CONCURRENCY=1): total wall time, each unit's build time and peak memory;
 *   2. publish-to-live of one commune edit while the platform is idle (goal ≤ 10 s);
 *   3. the same while the province is rebuilding, with two build slots (REBUILD_CONCURRENCY=2; goal ≤ 20 s).
 *
 *   pnpm run bench:platform [-- --communes 5 --commune-articles 100 --province-articles 1000]
 *
 * The issue's full scale is `--communes 100 --commune-articles 500 --province-articles 10000`. Memory is the summed
 * RSS of this process's descendants (the CMS left out), sampled every 200 ms and attributed to the unit whose build
 * processes were running (process-memory.ts). A unit's build time runs from its `astro build` process first seen to
 * its build going live: the status's durationMs also counts the wait for a build slot. --build-log prints Astro's output.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { adminLogin, fetchJson } from '../src/cms-admin-api.ts';
import { randomAdminPassword } from '../src/cms-env.ts';
import { compileCms } from '../src/cms-process.ts';
import { type PlatformRebuild, createPlatformRebuild } from '../src/platform/platform-rebuild.ts';
import { listenPlatformWebhook } from '../src/platform/platform-webhook.ts';
import { unitRouter } from '../src/platform/front-config.ts';
import type { PlatformUnit } from '../src/platform/platform-units.ts';
import { type RebuildSettings, readRebuildSettings } from '../src/rebuild/config.ts';
import { WEBHOOK_SECRET_HEADER } from '../src/rebuild/webhook-auth.ts';
import { SITE_EVENTS } from '../src/rebuild/webhook-event.ts';
import { createStaticServer } from '../src/static-server.ts';
import { generateArticles } from './corpus.ts';
import { createWriteToken, loadArticles } from './load-corpus.ts';
import { startMemorySampler } from './process-memory.ts';
import { startSeededCms } from './seeded-cms.ts';

const { values: args } = parseArgs({
  // `pnpm run bench:platform -- --communes 5` passes the `--` along.
  args: process.argv.slice(2).filter((arg, index) => index > 0 || arg !== '--'),
  options: {
    communes: { type: 'string', default: '5' },
    'commune-articles': { type: 'string', default: '100' },
    'province-articles': { type: 'string', default: '1000' },
    timeout: { type: 'string', default: '180' },
    'build-log': { type: 'boolean', default: false },
  },
});

const count = (name: 'communes' | 'commune-articles' | 'province-articles'): number => {
  const value = Number(args[name]);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a non-negative integer.`);
  return value;
};

const ARTICLES = 'content-manager/collection-types/api::article.article';
const HOST = '127.0.0.1';
const PROVINCE = { slug: 'tinh-bench', hostname: 'tinh.bench.example.vn' };
const communeOf = (i: number) => ({ slug: `xa-bench-${i}`, hostname: `xa-${i}.bench.example.vn` });
/** Two categories per unit, so that each unit's site has category listings like a real one. */
const CATEGORIES = [
  { name: 'Tin hoạt động', slug: 'tin-hoat-dong' },
  { name: 'Thông báo', slug: 'thong-bao' },
];

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024).toLocaleString('en')} MB`;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const loadAverage = () => os.loadavg().map((value) => value.toFixed(2)).join(' / ');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** GET through the static server with a Host header (fetch cannot set one): the page's body, '' when not 200. */
function getWithHost(port: number, hostname: string, pathname: string): Promise<string> {
  return new Promise((resolve) => {
    const request = http.get({ host: HOST, port, path: pathname, headers: { host: hostname } }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve(response.statusCode === 200 ? body : ''));
    });
    request.on('error', () => resolve(''));
  });
}

async function createUnits(cmsUrl: string, token: string, communes: number): Promise<{ province: PlatformUnit; communes: PlatformUnit[] }> {
  const create = async (data: Record<string, unknown>) =>
    (await fetchJson<{ data: PlatformUnit }>(`${cmsUrl}/api/units`, { method: 'POST', token, body: { data } })).data;
  const province = await create({ name: 'Tỉnh ủy Thử nghiệm', kind: 'province-party-committee', state: 'active', ...PROVINCE });
  const created: PlatformUnit[] = [];
  for (let i = 1; i <= communes; i += 1) {
    created.push(
      await create({
        name: `UBND xã Thử nghiệm ${i}`,
        kind: 'commune-people-committee',
        state: 'active',
        ...communeOf(i),
        parent: province.documentId,
      }),
    );
  }
  for (const unit of [province, ...created]) {
    for (const category of CATEGORIES) {
      await fetchJson(`${cmsUrl}/api/categories`, { method: 'POST', token, body: { data: { ...category, unit: unit.documentId } } });
    }
  }
  return { province, communes: created };
}

/** Loads `articles` synthetic articles into one unit; a seed per unit, so the units do not all say the same. */
async function loadUnitArticles(cmsUrl: string, token: string, unit: PlatformUnit, articles: number, seed: number): Promise<number> {
  if (articles === 0) return 0;
  const generated = generateArticles(articles, CATEGORIES.map((category) => category.slug), seed, unit.documentId);
  return loadArticles(cmsUrl, token, generated);
}

interface Editable {
  documentId: string;
  title: string;
  slug: string;
}

/** The unit's most recent article, as the admin API has it. */
async function latestArticle(cmsUrl: string, token: string, unit: PlatformUnit): Promise<Editable> {
  const body = await fetchJson<{ data: Editable[] }>(
    `${cmsUrl}/api/articles?filters[unit][documentId][$eq]=${unit.documentId}&sort=date:desc&pagination[pageSize]=1&fields[0]=title&fields[1]=slug`,
    { token },
  );
  const article = body.data[0];
  if (!article) throw new Error(`Unit ${unit.slug} has no published article to edit.`);
  return article;
}

/** Edits the title and publishes, as an editor in the admin panel does; the slug goes along so the page stays put. */
async function publishTitle(cmsUrl: string, jwt: string, article: Editable, title: string): Promise<void> {
  await fetchJson(`${cmsUrl}/${ARTICLES}/${article.documentId}`, { method: 'PUT', token: jwt, body: { title, slug: article.slug } });
  await fetchJson(`${cmsUrl}/${ARTICLES}/${article.documentId}/actions/publish`, { method: 'POST', token: jwt, body: {} });
}

interface PublishResult {
  /** When the unit's service received the webhook and when the page was served (epoch ms). */
  receivedAt: number;
  liveAt: number;
  /** Webhook received by the unit's service → new page served. */
  liveMs: number;
  /** Publish request sent → new page served. */
  clickedMs: number;
  buildMs: number;
}

/** Edits one article of `unit`, publishes it and waits until its page shows the marker through the static server. */
async function publishToLive(
  context: { cmsUrl: string; jwt: string; sitePort: number; timeoutMs: number },
  platform: PlatformRebuild,
  unit: PlatformUnit,
  article: Editable,
): Promise<PublishResult> {
  const marker = `bench ${Date.now().toString(36)}`;
  const before = platform.status().units[unit.slug]?.lastEventAt ?? null;
  const clicked = Date.now();
  await publishTitle(context.cmsUrl, context.jwt, article, `${article.title} (${marker})`);
  const pathname = `/tin-tuc/${article.slug}/`;
  for (;;) {
    if ((await getWithHost(context.sitePort, unit.hostname!, pathname)).includes(marker)) break;
    if (Date.now() > clicked + context.timeoutMs) {
      throw new Error(`The edited article did not appear on https://${unit.hostname}${pathname} within ${context.timeoutMs / 1000} s.`);
    }
    await sleep(50);
  }
  const live = Date.now();
  const status = platform.status().units[unit.slug]!;
  if (status.lastEventAt === null || status.lastEventAt === before) throw new Error(`No webhook reached the service of ${unit.slug}.`);
  const receivedAt = Date.parse(status.lastEventAt);
  return { receivedAt, liveAt: live, liveMs: live - receivedAt, clickedMs: live - clicked, buildMs: status.lastSuccess?.durationMs ?? 0 };
}

async function main(): Promise<void> {
  const communeCount = count('communes');
  const communeArticles = count('commune-articles');
  const provinceArticles = count('province-articles');
  if (communeCount < 1) throw new Error('--communes must be at least 1 (a commune edit is measured).');
  if (communeArticles < 1) throw new Error('--commune-articles must be at least 1 (a commune article is edited).');
  const timeoutMs = Number(args.timeout) * 1000;
  const secret = crypto.randomBytes(24).toString('base64url');
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-bench-platform-cms-'));
  const deployRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-bench-platform-deploy-'));
  const settingsWith = (concurrency: number): RebuildSettings =>
    readRebuildSettings({ ...process.env, REBUILD_WEBHOOK_SECRET: secret, REBUILD_KEEP_BUILDS: '3', REBUILD_CONCURRENCY: String(concurrency), DEPLOY_ROOT: deployRoot });
  const log = (line: string) => console.log(line);
  const admin = { email: 'bench@portal.local', password: randomAdminPassword() };

  const webhook = await listenPlatformWebhook({ secret, host: HOST, port: 0 });
  let platform: PlatformRebuild | undefined;
  let cms: Awaited<ReturnType<typeof startSeededCms>>['cms'] | undefined;
  let site: http.Server | undefined;
  let sampler: ReturnType<typeof startMemorySampler> | undefined;
  try {
    console.log('Compiling and starting a CMS on a temporary SQLite database (demo seed) ...');
    await compileCms();
    const started = await startSeededCms(scratch, { DEMO_ADMIN_EMAIL: admin.email, DEMO_ADMIN_PASSWORD: admin.password });
    cms = started.cms;
    const cmsUrl = cms.url;
    const cmsPid = cms.child.pid;
    const writeToken = await createWriteToken(cmsUrl, admin.email, admin.password);

    const units = await createUnits(cmsUrl, writeToken, communeCount);
    const benchSlugs = new Set([units.province.slug, ...units.communes.map((unit) => unit.slug)]);
    console.log(`Created the province ${units.province.slug} and ${units.communes.length} communes; loading articles ...`);
    const loadStarted = Date.now();
    const loaded = provinceArticles + communeCount * communeArticles;
    // A full-scale load takes the better part of an hour: a line a minute says how far it got.
    let done = provinceArticles;
    let reportedAt = Date.now();
    const progress = () => {
      if (Date.now() - reportedAt < 60_000) return;
      reportedAt = Date.now();
      const rate = done / ((reportedAt - loadStarted) / 1000);
      console.log(`  ${done.toLocaleString('en')} / ${loaded.toLocaleString('en')} articles loaded (${rate.toFixed(1)}/s, load ${loadAverage()})`);
    };
    const provinceRate = await loadUnitArticles(cmsUrl, writeToken, units.province, provinceArticles, 16);
    progress();
    for (const [index, commune] of units.communes.entries()) {
      await loadUnitArticles(cmsUrl, writeToken, commune, communeArticles, 1600 + index);
      done += communeArticles;
      progress();
    }
    console.log(
      `Loaded ${loaded.toLocaleString('en')} articles in ${seconds(Date.now() - loadStarted)} (province at ${provinceRate.toFixed(0)}/s).`,
    );

    // --- 1. The whole platform, one build at a time.
    sampler = startMemorySampler({ intervalMs: 200, exclude: () => (cmsPid === undefined ? [] : [cmsPid]) });
    const platformOptions = (settings: RebuildSettings) => ({
      settings,
      cmsUrl,
      tokenFile: started.tokenFile,
      siteUrlOf: (unit: PlatformUnit) => `https://${unit.hostname}`,
      unitFilter: (unit: PlatformUnit) => benchSlugs.has(unit.slug),
      quiet: !args['build-log'],
      log,
    });
    platform = await createPlatformRebuild(platformOptions(settingsWith(1)));
    const loadBefore = loadAverage();
    console.log(`\nFull build of ${benchSlugs.size} units into ${deployRoot} (REBUILD_CONCURRENCY=1; load ${loadBefore}) ...`);
    const fullStarted = Date.now();
    platform.request('bench: full build');
    await sleep(settingsWith(1).debounceMs + 50);
    await platform.idle();
    const fullMs = Date.now() - fullStarted;
    const loadAfter = loadAverage();
    const statuses = platform.status().units;
    const failed = Object.entries(statuses).filter(([, status]) => !status.lastSuccess || status.currentBuildId !== status.lastSuccess.id);
    if (failed.length > 0) {
      throw new Error(`Builds failed: ${failed.map(([slug, status]) => `${slug} (${status.lastFailure?.reason ?? 'no build'})`).join('; ')}`);
    }
    const lastLive = Math.max(...Object.values(statuses).map((status) => Date.parse(status.lastSuccess!.at)));
    const memory = sampler.units();
    const rows = [...benchSlugs].map((slug) => {
      const status = statuses[slug]!;
      const seen = memory.get(slug);
      const liveAt = Date.parse(status.lastSuccess!.at);
      return {
        slug,
        pages: status.lastSuccess!.pages,
        // From its build process first seen (it held a build slot) to live; without a sample, the status's figure.
        buildMs: seen ? liveAt - seen.firstSeen : status.lastSuccess!.durationMs,
        peakBytes: seen?.peakBytes ?? 0,
        ownBytes: seen?.peakOwnBytes ?? 0,
      };
    });
    console.log('\nunit                 pages   build   peak memory (all builds; its own processes)');
    for (const row of rows) {
      console.log(`${row.slug.padEnd(20)} ${String(row.pages).padStart(6)} ${seconds(row.buildMs).padStart(8)}   ${megabytes(row.peakBytes)} (${megabytes(row.ownBytes)})`);
    }
    const communeRows = rows.filter((row) => row.slug !== units.province.slug);
    const provinceRow = rows.find((row) => row.slug === units.province.slug)!;
    const fullPeakTotal = sampler.peakTotalBytes();
    const fullPeakSelf = sampler.peakSelfBytes();

    // --- 2. One commune edit while the platform is idle.
    site = createStaticServer(unitRouter(deployRoot, () => platform?.units() ?? []));
    await new Promise<void>((resolve) => site!.listen(0, HOST, resolve));
    const sitePort = (site.address() as AddressInfo).port;
    const jwt = await adminLogin(cmsUrl, admin.email, admin.password);
    await fetchJson(`${cmsUrl}/admin/webhooks`, {
      method: 'POST',
      token: jwt,
      body: { name: 'bench platform', url: `${webhook.url}/webhook`, headers: { [WEBHOOK_SECRET_HEADER]: secret }, events: SITE_EVENTS },
    });
    webhook.attach(platform);
    const context = { cmsUrl, jwt, sitePort, timeoutMs };
    const idleCommune = units.communes[0]!;
    const idleLoad = loadAverage();
    console.log(`\nPublish-to-live of one ${idleCommune.slug} article, platform idle (load ${idleLoad}) ...`);
    const idle = await publishToLive(context, platform, idleCommune, await latestArticle(cmsUrl, writeToken, idleCommune));
    console.log(`  ${seconds(idle.liveMs)} webhook → page served (publish request → page ${seconds(idle.clickedMs)}; build ${seconds(idle.buildMs)})`);
    await platform.idle();
    await platform.close();
    platform = undefined;

    // --- 3. The same while the province builds, two build slots.
    platform = await createPlatformRebuild(platformOptions(settingsWith(2)));
    webhook.attach(platform);
    sampler.reset();
    const busyCommune = units.communes[1 % units.communes.length]!;
    const provinceArticle = await latestArticle(cmsUrl, writeToken, units.province);
    const busyLoad = loadAverage();
    console.log(`\nPublish-to-live of one ${busyCommune.slug} article while ${units.province.slug} rebuilds (REBUILD_CONCURRENCY=2; load ${busyLoad}) ...`);
    // An edited provincial article gives the province's build pages to render, not just a check that nothing changed.
    await publishTitle(cmsUrl, jwt, provinceArticle, `${provinceArticle.title} (sửa)`);
    platform.request('bench: province rebuild', [units.province.slug]);
    const busy = await publishToLive(context, platform, busyCommune, await latestArticle(cmsUrl, writeToken, busyCommune));
    await platform.idle();
    const provinceBuild = platform.status().units[units.province.slug]!.lastSuccess!;
    const provinceRebuildMs = provinceBuild.durationMs;
    // How long the province was building while the commune's edit waited or built: the point of this measurement.
    const provinceEnd = Date.parse(provinceBuild.at);
    const overlapMs = Math.max(0, Math.min(provinceEnd, busy.liveAt) - Math.max(provinceEnd - provinceRebuildMs, busy.receivedAt));
    console.log(
      `  ${seconds(busy.liveMs)} webhook → page served (publish request → page ${seconds(busy.clickedMs)}; build ${seconds(busy.buildMs)}; ` +
        `the province was building during ${seconds(overlapMs)} of it, its rebuild took ${seconds(provinceRebuildMs)})`,
    );
    const busyPeakTotal = sampler.peakTotalBytes();

    const buildTimes = communeRows.map((row) => row.buildMs);
    const peaks = rows.map((row) => row.peakBytes);
    console.log(`
Summary (bench:platform; ${communeCount} communes × ${communeArticles} articles + province ${provinceArticles}; ${os.cpus().length} cores)
  full platform build (${benchSlugs.size} units, REBUILD_CONCURRENCY=1): ${seconds(fullMs)} until idle, ${seconds(lastLive - fullStarted)} until the last unit was live
    load average (1 / 5 / 15 min) before: ${loadBefore}; after: ${loadAfter}
  province build: ${seconds(provinceRow.buildMs)}, ${provinceRow.pages} pages, peak ${megabytes(provinceRow.peakBytes)}
  commune builds: median ${seconds(median(buildTimes))}, max ${seconds(Math.max(...buildTimes))} (median ${median(communeRows.map((row) => row.pages))} pages)
  peak memory per unit build (descendants' RSS, CMS excluded): median ${megabytes(median(peaks))}, max ${megabytes(Math.max(...peaks))}
    highest total of the full build ${megabytes(fullPeakTotal)}; the bench process itself (services, search indexing) ${megabytes(fullPeakSelf)}
  publish-to-live, one commune edit, platform idle: ${seconds(idle.liveMs)} (goal ≤ 10 s; load ${idleLoad})
  publish-to-live, one commune edit while the province rebuilds (concurrency 2): ${seconds(busy.liveMs)} (goal ≤ 20 s; load ${busyLoad})
    province rebuild ${seconds(provinceRebuildMs)}, building during ${seconds(overlapMs)} of it; highest total RSS meanwhile ${megabytes(busyPeakTotal)}`);
  } finally {
    sampler?.stop();
    site?.close();
    await platform?.close();
    await webhook.close();
    await cms?.stop();
    fs.rmSync(scratch, { recursive: true, force: true });
    fs.rmSync(deployRoot, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
