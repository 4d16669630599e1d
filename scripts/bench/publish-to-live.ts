/**
 * `pnpm run bench:publish`: publish-to-live of one edited article — from the moment the rebuild service receives the
 * CMS's webhook to the moment the static server serves the new page. Prints the figure (goal: ≤ 10 s on the
 * 10,000-article corpus).
 *
 * With no options it starts its own CMS on a temporary SQLite database with the demo seed; `--articles 10000` adds
 * that many synthetic articles, with N/5 documents, N/50 KPI reports and N/100 schedules (scripts/bench/corpus.ts),
 * before measuring. Against an existing CMS:
 *
 *   pnpm run bench:publish -- --cms-url http://127.0.0.1:1337 --token-file cms/.tmp/site-token \
 *     --admin-email quantri@portal.local --admin-password '…' [--document-id <article documentId>] [--deploy-root dir]
 *
 * The bench runs its own rebuild service and registers a temporary webhook in the CMS pointing at it (removed at the
 * end); the article's title gets a marker, is published, and is restored afterwards. Reusing --deploy-root keeps the
 * build caches between runs, as the live service does (with the same --site-port). REBUILD_DEBOUNCE_MS applies
 * (default 300 ms, part of the measured time). --build-log prints Astro's output.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { adminLogin, fetchJson } from '../src/cms-admin-api.ts';
import { compileCms, type CmsProcess } from '../src/cms-process.ts';
import { randomAdminPassword } from '../src/cms-env.ts';
import { getFreePort } from '../src/free-port.ts';
import { createWriteToken, loadCorpus } from './load-corpus.ts';
import { initialBuild } from './initial-build.ts';
import { startSeededCms } from './seeded-cms.ts';
import { readRebuildSettings } from '../src/rebuild/config.ts';
import { listenRebuildService } from '../src/rebuild/listen.ts';
import { WEBHOOK_SECRET_HEADER } from '../src/rebuild/webhook-auth.ts';
import { SITE_EVENTS } from '../src/rebuild/webhook-event.ts';
import { createStaticServer } from '../src/static-server.ts';

const { values: args } = parseArgs({
  // `pnpm run bench:publish -- --articles 10000` passes the `--` along.
  args: process.argv.slice(2).filter((arg, index) => index > 0 || arg !== '--'),
  options: {
    'cms-url': { type: 'string' },
    'token-file': { type: 'string' },
    token: { type: 'string' },
    'admin-email': { type: 'string' },
    'admin-password': { type: 'string' },
    'document-id': { type: 'string' },
    'deploy-root': { type: 'string' },
    timeout: { type: 'string', default: '120' },
    articles: { type: 'string', default: '0' },
    'build-log': { type: 'boolean', default: false },
    'site-port': { type: 'string' },
  },
});

const ARTICLES = 'content-manager/collection-types/api::article.article';

interface Target {
  url: string;
  credential: { tokenFile: string } | { token: string };
  admin: { email: string; password: string };
  cms?: CmsProcess;
  scratch?: string;
}

/** A CMS of our own on a temporary SQLite file, seeded with the demo content, with its webhook pointed at us. */
async function startOwnCms(webhookUrl: string, secret: string): Promise<Target> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-bench-cms-'));
  const admin = { email: 'bench@portal.local', password: randomAdminPassword() };
  console.log('Compiling and starting a CMS on a temporary SQLite database (demo seed) ...');
  await compileCms();
  const { cms, tokenFile } = await startSeededCms(scratch, {
    DEMO_ADMIN_EMAIL: admin.email,
    DEMO_ADMIN_PASSWORD: admin.password,
    REBUILD_WEBHOOK_URL: webhookUrl,
    REBUILD_WEBHOOK_SECRET: secret,
  });
  const synthetic = Number(args.articles);
  if (!Number.isInteger(synthetic) || synthetic < 0) throw new Error('--articles must be a non-negative integer.');
  if (synthetic > 0) {
    const writeToken = await createWriteToken(cms.url, admin.email, admin.password);
    const { counts, rates } = await loadCorpus(cms.url, writeToken, synthetic);
    console.log(
      `Loaded ${counts.articles} synthetic articles (${rates.articles.toFixed(0)}/s), ${counts.documents} documents, ` +
        `${counts.reports} KPI reports and ${counts.schedules} schedules.`,
    );
  }
  return { url: cms.url, credential: { tokenFile }, admin, cms, scratch };
}

function externalCms(): Target {
  const url = args['cms-url']!.replace(/\/+$/, '');
  const email = args['admin-email'] ?? process.env.BENCH_ADMIN_EMAIL;
  const password = args['admin-password'] ?? process.env.BENCH_ADMIN_PASSWORD;
  if (!email || !password) throw new Error('--admin-email and --admin-password are needed to edit and publish an article.');
  const tokenFile = args['token-file'];
  const token = args.token ?? process.env.STRAPI_TOKEN;
  if (!tokenFile && !token) throw new Error('--token-file or --token (a read-only API token for the site build) is needed.');
  return { url, credential: tokenFile ? { tokenFile: path.resolve(tokenFile) } : { token: token! }, admin: { email, password } };
}

async function main(): Promise<void> {
  const secret = crypto.randomBytes(24).toString('base64url');
  const settings = readRebuildSettings({ ...process.env, REBUILD_WEBHOOK_SECRET: secret, REBUILD_KEEP_BUILDS: '3' });
  const deployRoot = path.resolve(args['deploy-root'] ?? fs.mkdtempSync(path.join(os.tmpdir(), 'portal-bench-deploy-')));
  const host = '127.0.0.1';
  // The site URL is part of every page: a fixed --site-port lets runs on one --deploy-root reuse each other's builds.
  const sitePort = args['site-port'] === undefined ? await getFreePort() : Number(args['site-port']);
  const siteUrl = `http://${host}:${sitePort}`;
  const timeoutMs = Number(args.timeout) * 1000;

  // The CMS URL is needed by the rebuild service; start it lazily once we know it.
  const rebuildPort = await getFreePort();
  const webhookUrl = `http://${host}:${rebuildPort}/webhook`;
  const target = args['cms-url'] ? externalCms() : await startOwnCms(webhookUrl, secret);
  const rebuild = await listenRebuildService({
    settings: { ...settings, deployRoot },
    host,
    port: rebuildPort,
    cmsUrl: target.url,
    ...target.credential,
    siteUrl,
    quiet: !args['build-log'],
    log: (line) => console.log(line),
  });
  const site = createStaticServer(() => rebuild.service.layout.currentLink);
  await new Promise<void>((resolve) => site.listen(sitePort, host, resolve));

  const jwt = await adminLogin(target.url, target.admin.email, target.admin.password);
  let webhookId: string | undefined;
  let restore: (() => Promise<void>) | undefined;
  try {
    if (!target.cms) {
      const created = await fetchJson<{ data: { id: string } }>(`${target.url}/admin/webhooks`, {
        method: 'POST',
        token: jwt,
        body: { name: `bench ${secret.slice(0, 6)}`, url: webhookUrl, headers: { [WEBHOOK_SECRET_HEADER]: secret }, events: SITE_EVENTS },
      });
      webhookId = created.data.id;
    }

    console.log(`\nInitial build of the site from ${target.url} into ${deployRoot} ...`);
    const initial = await initialBuild(rebuild.service, settings.debounceMs);
    console.log(`Initial build: ${(initial.durationMs / 1000).toFixed(1)} s, ${initial.pages} pages`);

    const documentId =
      args['document-id'] ??
      (await fetchJson<{ results: Array<{ documentId: string }> }>(`${target.url}/${ARTICLES}?page=1&pageSize=1&status=published`, { token: jwt }))
        .results[0]?.documentId;
    if (!documentId) throw new Error('The CMS has no published article to edit.');
    const original = (await fetchJson<{ data: { title: string; slug: string } }>(`${target.url}/${ARTICLES}/${documentId}`, { token: jwt })).data;
    const marker = `bench ${Date.now().toString(36)}`;
    const publishWith = async (title: string) => {
      // The slug goes along: the CMS fills an absent slug from the title, which would move the page.
      await fetchJson(`${target.url}/${ARTICLES}/${documentId}`, { method: 'PUT', token: jwt, body: { title, slug: original.slug } });
      await fetchJson(`${target.url}/${ARTICLES}/${documentId}/actions/publish`, { method: 'POST', token: jwt, body: {} });
    };
    restore = () => publishWith(original.title);

    const eventsBefore = rebuild.service.status().lastEventAt;
    const clicked = Date.now();
    await publishWith(`${original.title} (${marker})`);
    const pageUrl = `${siteUrl}/tin-tuc/${original.slug}/`;
    const deadline = clicked + timeoutMs;
    for (;;) {
      const body = await fetch(pageUrl).then((r) => (r.ok ? r.text() : ''), () => '');
      if (body.includes(marker)) break;
      if (Date.now() > deadline) throw new Error(`The edited article did not appear on ${pageUrl} within ${args.timeout} s.`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const live = Date.now();
    const status = rebuild.service.status();
    if (status.lastEventAt === null || status.lastEventAt === eventsBefore) throw new Error('No webhook reached the rebuild service.');
    // The first webhook of this publish (entry.update of the draft is ignored; entry.publish queues the build).
    const received = Date.parse(status.lastEventAt);
    console.log(`
publish-to-live: ${((live - received) / 1000).toFixed(2)} s (webhook received → new page served)
  publish request → page served: ${((live - clicked) / 1000).toFixed(2)} s
  of which debounce: ${(settings.debounceMs / 1000).toFixed(2)} s; build: ${((status.lastSuccess?.durationMs ?? 0) / 1000).toFixed(2)} s
  pages: ${status.lastSuccess?.pages}; article: ${pageUrl}`);
    // The new build went live with the previous search index; report when its own index replaced it.
    await rebuild.service.idle();
    console.log(`  search index up to date: ${((Date.now() - received) / 1000).toFixed(2)} s after the webhook`);
  } finally {
    await restore?.().catch((error: unknown) => console.error(`Could not restore the article title: ${(error as Error).message}`));
    if (webhookId) await fetchJson(`${target.url}/admin/webhooks/${webhookId}`, { method: 'DELETE', token: jwt }).catch(() => {});
    site.close();
    await rebuild.close();
    await target.cms?.stop();
    if (target.scratch) fs.rmSync(target.scratch, { recursive: true, force: true });
    if (!args['deploy-root']) fs.rmSync(deployRoot, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
