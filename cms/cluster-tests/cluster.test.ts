import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Redis } from 'ioredis';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminLogin, requestJson } from '../../scripts/src/cms-admin-api.ts';
import { compileCms } from '../../scripts/src/cms-process.ts';
import { startCluster, type Cluster } from '../../scripts/src/cluster/cluster.ts';
import { pgClient } from '../../scripts/src/cluster/database.ts';
import { startLocalS3, type LocalS3 } from '../../scripts/src/cluster/local-s3.ts';
import { getFreePort } from '../../scripts/src/free-port.ts';
import { buildSite } from '../../scripts/src/site-build.ts';
import { createThrowawayDatabase, type ThrowawayDatabase } from '../../scripts/src/throwaway-database.ts';
import { vietnamDay } from '../src/api/engagement/lib/day';
import { MESSAGES } from '../src/api/engagement/lib/messages';
import { UNAVAILABLE_RETRY_SECONDS } from '../src/api/engagement/lib/unavailable';
import { STORAGE_UNAVAILABLE_MESSAGE } from '../src/middlewares/storage-unavailable';
import { adminJwt, mustCreate, publishEntry, uniqueMarker, validData, type Cms } from '../tests/helpers/content-manager.ts';
import { solidPng } from '../tests/helpers/solid-png.ts';
import { testSecrets, TEST_ADMIN } from '../tests/helpers/test-cms.ts';
import { privatePostgres, type PrivatePostgres } from './postgres-server.ts';
import { privateRedis, type PrivateRedis } from './redis-server.ts';

/**
 * Two CMS instances on one (private) PostgreSQL server and one (private) Redis behind HAProxy: limits hold across
 * instances, acknowledged view beacons (and downloads, buffered alike) are stored exactly once even when an instance
 * dies, an instance stopped with SIGTERM drains without failing a request, HAProxy hides a dying instance, a Redis
 * outage turns public writes into 503 while reads go on, and uploads live in S3-compatible storage (a local s3rver)
 * that every instance and the site build share.
 */

let postgres: PrivatePostgres;
let redis: PrivateRedis;
let s3: LocalS3;
let database: ThrowawayDatabase;
let cluster: Cluster;

const FLUSH_MS = 200;
const prefix = `test-${crypto.randomBytes(4).toString('hex')}:`;

beforeAll(async () => {
  const started = Date.now();
  // No admin panel here (SERVE_ADMIN_PANEL=false): compiling is enough, and much faster than building it.
  await compileCms({ env: testSecrets() });
  redis = privateRedis(await getFreePort());
  await redis.start();
  // A server of the suite's own, since a test restarts it.
  postgres = await privatePostgres(await getFreePort());
  await postgres.start();
  database = await createThrowawayDatabase('postgres', 'cluster', { postgresAdminUrl: postgres.adminUrl });
  s3 = await startLocalS3({ host: '127.0.0.1', port: await getFreePort(), dir: path.join(database.dir, 's3'), bucket: 'portal-test' });
  const publicDir = path.join(database.dir, 'public');
  fs.mkdirSync(path.join(publicDir, 'uploads'), { recursive: true });
  cluster = await startCluster({
    host: '127.0.0.1',
    port: await getFreePort(),
    instances: 2,
    dir: database.dir,
    env: {
      ...database.env,
      ...testSecrets(),
      NODE_ENV: 'development',
      SERVE_ADMIN_PANEL: 'false',
      SEED_DEMO_CONTENT: 'true',
      DEMO_ADMIN_EMAIL: TEST_ADMIN.email,
      DEMO_ADMIN_PASSWORD: TEST_ADMIN.password,
      SITE_TOKEN_FILE: path.join(database.dir, 'site-token'),
      STRAPI_PUBLIC_DIR: publicDir,
      FINGERPRINT_SECRET: crypto.randomBytes(24).toString('hex'),
      REDIS_URL: redis.url,
      REDIS_PREFIX: prefix,
      VIEW_FLUSH_MS: String(FLUSH_MS),
      FEEDBACK_RATE_LIMIT: '5/60',
      VIEW_RATE_LIMIT: '1000000000/60',
      DOWNLOAD_RATE_LIMIT: '1000000000/60',
      STATS_CACHE_SECONDS: '1',
      ...s3.env,
    },
  });
  console.log(`cluster up in ${Math.round((Date.now() - started) / 1000)} s`);
});

afterAll(async () => {
  await cluster?.stop();
  await redis?.stop();
  await s3?.stop();
  await database?.drop();
  await postgres?.remove();
});

const userAgent = (label: string) => `cluster-test-${label}-${crypto.randomBytes(4).toString('hex')}`;

function post(base: string, route: string, body: string, headers: Record<string, string>): Promise<Response> {
  return fetch(`${base}/api/public/${route}`, { method: 'POST', body, headers, signal: AbortSignal.timeout(15_000) });
}

const beacon = (base: string, pagePath: string, agent: string) =>
  post(base, 'views', pagePath, { 'content-type': 'text/plain', 'user-agent': agent });

async function sql(text: string, values: unknown[] = []): Promise<Record<string, unknown>[]> {
  const client = pgClient(database.env.DATABASE_URL!);
  await client.connect();
  try {
    return (await client.query(text, values)).rows;
  } finally {
    await client.end();
  }
}

async function storedViews(pagePath: string): Promise<number> {
  const rows = await sql('SELECT COALESCE(SUM(views), 0) AS views FROM engagement_page_views WHERE page_path = $1', [pagePath]);
  return Number(rows[0]!.views);
}

/** Waits until the stored views of `pagePath` reach `acknowledged` (never more on the way), at most `timeoutMs`. */
async function expectStoredViewsToReach(pagePath: string, acknowledged: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let stored = await storedViews(pagePath);
  while (stored !== acknowledged && Date.now() < deadline) {
    expect(stored).toBeLessThanOrEqual(acknowledged);
    await new Promise((resolve) => setTimeout(resolve, 500));
    stored = await storedViews(pagePath);
  }
  expect(stored).toBe(acknowledged);
}

async function storedDownloads(entry: string): Promise<number> {
  const rows = await sql('SELECT COALESCE(SUM(downloads), 0) AS downloads FROM engagement_file_downloads WHERE entry_key = $1', [entry]);
  return Number(rows[0]!.downloads);
}

/** A published legal document with one file, made through the cluster as an editor would. */
async function documentWithFile(): Promise<{ entry: string; file: string }> {
  const cms: Cms = { url: cluster.url, admin: TEST_ADMIN };
  const form = new FormData();
  form.append('files', new Blob(['Tệp kiểm thử cụm\n'], { type: 'text/plain' }), 'cum-may-chu.txt');
  const uploaded = await fetch(`${cluster.url}/upload`, { method: 'POST', headers: { Authorization: `Bearer ${await adminJwt(cms)}` }, body: form });
  expect(uploaded.status).toBe(201);
  const [file] = (await uploaded.json()) as Array<{ id: number; documentId: string }>;
  const DOCUMENT = 'api::legal-document.legal-document';
  const created = await mustCreate(cms, DOCUMENT, { ...validData(DOCUMENT, uniqueMarker()), files: [file!.id] });
  expect((await publishEntry(cms, DOCUMENT, created.documentId)).status).toBe(200);
  return { entry: created.documentId, file: file!.documentId };
}

async function killInstance(index: number): Promise<void> {
  const child = cluster.instance(index).child;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}


/** The admin (one JWT: an admin session works on every instance) as the content-manager helpers know it. */
const adminOf = (url: string): Cms => ({ url, admin: { ...TEST_ADMIN }, database: { env: database.env } });

interface UploadedFile {
  id: number;
  url: string;
  name: string;
}

/** Uploads an image to the media library through the admin upload API of `base`, as the admin panel does. */
async function uploadThrough(base: string, bytes: Buffer, name: string): Promise<Response> {
  const form = new FormData();
  form.append('files', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), name);
  // Covers need alternative text (the CMS refuses an article whose cover has none).
  form.append('fileInfo', JSON.stringify({ alternativeText: `Ảnh kiểm thử ${name}` }));
  return fetch(`${base}/upload`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${await adminJwt(adminOf(cluster.url))}` },
    body: form,
    signal: AbortSignal.timeout(60_000),
  });
}

async function mediaLibraryTotal(base: string): Promise<number> {
  const response = await fetch(`${base}/upload/files?page=1&pageSize=1`, { headers: { Authorization: `Bearer ${await adminJwt(adminOf(cluster.url))}` } });
  expect(response.status).toBe(200);
  return ((await response.json()) as { pagination: { total: number } }).pagination.total;
}

describe('CMS cluster', () => {
  it('holds a visitor rate limit across instances when requests alternate between them', async () => {
    const agent = userAgent('limit');
    const statuses: number[] = [];
    for (let index = 0; index < 8; index++) {
      const response = await post(cluster.instanceUrls[index % 2]!, 'feedback', '{}', { 'content-type': 'application/json', 'user-agent': agent });
      statuses.push(response.status);
      if (response.status === 429) expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    // Five allowed in all (they fail validation: 400), not five per instance.
    expect(statuses).toEqual([400, 400, 400, 400, 400, 429, 429, 429]);
  });

  it('takes an admin session opened on one instance on the other', async () => {
    const token = await adminLogin(cluster.instanceUrls[0]!, TEST_ADMIN.email, TEST_ADMIN.password);
    for (const base of cluster.instanceUrls) {
      const me = await fetch(`${base}/admin/users/me`, { headers: { Authorization: `Bearer ${token}` } });
      expect(me.status, base).toBe(200);
      expect(((await me.json()) as { data: { email: string } }).data.email).toBe(TEST_ADMIN.email);
    }
  });

  it('stores exactly the downloads sent to both instances, buffered in Redis like views', async () => {
    const { entry, file } = await documentWithFile();
    const key = `document/${entry}/${file}`;
    const total = 300;
    let next = 0;
    const statuses: number[] = [];
    const worker = async () => {
      while (next < total) {
        const index = next++;
        const response = await post(cluster.instanceUrls[index % 2]!, 'downloads', key, { 'content-type': 'text/plain', 'user-agent': userAgent('downloads') });
        statuses.push(response.status);
      }
    };
    await Promise.all(Array.from({ length: 10 }, worker));
    expect(statuses.filter((status) => status !== 204)).toEqual([]);
    const deadline = Date.now() + 20_000;
    let stored = await storedDownloads(entry);
    while (stored !== total && Date.now() < deadline) {
      expect(stored).toBeLessThanOrEqual(total);
      await new Promise((resolve) => setTimeout(resolve, FLUSH_MS));
      stored = await storedDownloads(entry);
    }
    expect(stored).toBe(total);
    await new Promise((resolve) => setTimeout(resolve, FLUSH_MS * 10));
    expect(await storedDownloads(entry)).toBe(total);
    // Shown to readers through either instance.
    for (const base of cluster.instanceUrls) {
      const stats = (await (await fetch(`${base}/api/public/stats?downloads=${entry}`)).json()) as { data: { downloads: Array<{ total: number }> } };
      expect(stats.data.downloads.map((count) => count.total)).toEqual([total]);
    }
  });

  it('never serves a read cached on one instance after a write through the other (shared cache generation)', async () => {
    const [a, b] = cluster.instanceUrls as [string, string];
    const token = fs.readFileSync(path.join(database.dir, 'site-token'), 'utf8').trim();
    const jwt = await adminLogin(a, TEST_ADMIN.email, TEST_ADMIN.password);
    const manager = `${a}/content-manager/collection-types/api::article.article`;
    const title = `Tin cụm ${crypto.randomBytes(4).toString('hex')}`;
    const created = await requestJson(manager, { method: 'POST', token: jwt, body: { title, date: '2021-04-28T10:20:00.000Z', summary: 'Sapo.' } });
    expect(created.status).toBe(201);
    const documentId: string = created.body.data.documentId;
    const publish = async () =>
      expect((await requestJson(`${manager}/${documentId}/actions/publish`, { method: 'POST', token: jwt, body: {} })).status).toBe(200);
    await publish();

    const readOnB = async () => {
      const response = await fetch(`${b}/api/articles/${documentId}?fields[0]=title`, { headers: { Authorization: `Bearer ${token}` } });
      const body = (await response.json()) as { data: { title: string } | null };
      return { status: response.status, title: body.data?.title, cache: response.headers.get('x-cache') };
    };
    expect(await readOnB()).toEqual({ status: 200, title, cache: 'MISS' });
    expect(await readOnB()).toEqual({ status: 200, title, cache: 'HIT' });

    // Written and published through A: B's next read has it at once.
    expect((await requestJson(`${manager}/${documentId}`, { method: 'PUT', token: jwt, body: { title: `${title} (sửa)` } })).status).toBe(200);
    await publish();
    expect(await readOnB()).toEqual({ status: 200, title: `${title} (sửa)`, cache: 'MISS' });

    // Unpublished through A: gone on B.
    expect((await requestJson(`${manager}/${documentId}/actions/unpublish`, { method: 'POST', token: jwt, body: {} })).status).toBe(200);
    expect((await readOnB()).status).toBe(404);
    await requestJson(`${manager}/${documentId}`, { method: 'DELETE', token: jwt });
  });

  it('answers public writes with 503 while Redis is down, keeps serving reads, and recovers by itself', async () => {
    await redis.stop();
    try {
      const agent = userAgent('outage');
      const writes = ['feedback', 'ratings', 'views', 'downloads', 'information-requests', 'satisfaction'];
      for (const route of writes) {
        const body = route === 'views' ? '/tin-tuc/' : '{}';
        const type = route === 'views' ? 'text/plain' : 'application/json';
        const response = await post(cluster.url, route, body, { 'content-type': type, 'user-agent': agent, accept: 'application/json' });
        expect(response.status, route).toBe(503);
        expect(response.headers.get('retry-after'), route).toBe(String(UNAVAILABLE_RETRY_SECONDS));
        const json = (await response.json()) as { error: { message: string } };
        expect(json.error.message, route).toBe(MESSAGES.temporarilyUnavailable(UNAVAILABLE_RETRY_SECONDS));
      }
      // A browser posting the form without JavaScript reads the same sentence as text.
      const form = await post(cluster.url, 'feedback', 'content=x', { 'content-type': 'application/x-www-form-urlencoded', 'user-agent': agent });
      expect(form.status).toBe(503);
      expect(await form.text()).toBe(MESSAGES.temporarilyUnavailable(UNAVAILABLE_RETRY_SECONDS));

      for (const base of cluster.instanceUrls) {
        const articles = await fetch(`${base}/api/articles?pagination[pageSize]=2`);
        expect(articles.status).toBe(200);
        expect(((await articles.json()) as { data: unknown[] }).data.length).toBeGreaterThan(0);
        expect((await fetch(`${base}/api/public/stats?path=/tin-tuc/`)).status).toBe(200);
      }
    } finally {
      await redis.start();
    }
    // Both instances reconnect on their own (no restart): beacons are taken again within seconds.
    for (const base of cluster.instanceUrls) {
      const deadline = Date.now() + 20_000;
      let status = 0;
      while (Date.now() < deadline) {
        status = (await beacon(base, '/tin-tuc/', userAgent('recovered'))).status;
        if (status === 204) break;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      expect(status, base).toBe(204);
    }
  });

  it('loses no acknowledged public write across a PostgreSQL restart, refuses writes while it is down, and recovers by itself', async () => {
    const found = (await (await fetch(`${cluster.url}/api/articles?pagination[pageSize]=1&fields[0]=slug`)).json()) as { data: Array<{ documentId: string }> };
    const article = found.data[0]!.documentId;
    const marker = `pg-restart-${crypto.randomBytes(4).toString('hex')}`;
    const viewPath = `/cluster-test/${marker}/`;
    const targets = [cluster.url, ...cluster.instanceUrls];
    const pids = cluster.instanceUrls.map((_, index) => cluster.instance(index).child.pid);
    const acknowledged = new Set<number>();
    // Answers other than 201, by status (or "no answer"); any that is not the 503 the outage should give, in full.
    const refusals = new Map<string, number>();
    const wrongRefusals: string[] = [];
    const refuse = (what: string) => refusals.set(what, (refusals.get(what) ?? 0) + 1);
    // Per target, when a write sent after PostgreSQL was back was first acknowledged.
    const recovered = new Map<string, number>();
    let restarted = false;
    let stopping = false;
    let next = 0;

    const write = async (number: number) => {
      const base = targets[number % targets.length]!;
      const sentAfterRestart = restarted;
      // A visitor each (the feedback limit is per visitor); the content carries the write's number.
      const body = JSON.stringify({
        targetType: 'article',
        target: article,
        authorName: 'Người kiểm thử',
        email: 'kiem.thu@example.vn',
        content: `Ý kiến kiểm thử ${marker} số ${number}.`,
      });
      try {
        const response = await post(base, 'feedback', body, { 'content-type': 'application/json', 'user-agent': userAgent('pg'), accept: 'application/json' });
        const text = await response.text();
        if (response.status === 201) {
          acknowledged.add(number);
          if (sentAfterRestart && !recovered.has(base)) recovered.set(base, Date.now());
        } else {
          refuse(String(response.status));
          const expected = JSON.stringify({ message: MESSAGES.temporarilyUnavailable(UNAVAILABLE_RETRY_SECONDS), retryAfter: String(UNAVAILABLE_RETRY_SECONDS) });
          const message = text.startsWith('{') ? (JSON.parse(text) as { error?: { message?: string } }).error?.message : text;
          const got = { message, retryAfter: response.headers.get('retry-after') };
          if (response.status !== 503 || JSON.stringify(got) !== expected) wrongRefusals.push(`${response.status} ${text.slice(0, 300)}`);
        }
      } catch (error) {
        refuse(`no answer: ${(error as Error).message}`);
      }
    };
    const worker = async () => {
      while (!stopping) await write(next++);
    };
    const workers = Promise.all(Array.from({ length: 6 }, worker));
    try {
      // Writes flowing on every path first (the first ones are slow on a busy machine).
      const flowing = Date.now() + 30_000;
      while (acknowledged.size < 30 && Date.now() < flowing) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(acknowledged.size, 'writes acknowledged before the restart').toBeGreaterThanOrEqual(30);
      await postgres.stop();
      try {
        // View beacons go to Redis: taken while the database is down, written to it once it is back.
        const beacons = await Promise.all(Array.from({ length: 20 }, (_, index) => beacon(cluster.instanceUrls[index % 2]!, viewPath, userAgent('pg-views'))));
        expect(beacons.map((response) => response.status)).toEqual(beacons.map(() => 204));
        await new Promise((resolve) => setTimeout(resolve, 3_000));
      } finally {
        await postgres.start();
      }
      const upAt = Date.now();
      restarted = true;
      // Each instance takes writes again on its own, within a bounded time.
      while (recovered.size < targets.length && Date.now() < upAt + 30_000) await new Promise((resolve) => setTimeout(resolve, 100));
      console.log(`PostgreSQL back; each target took writes again after ${[...recovered.values()].map((at) => at - upAt).join(', ')} ms`);
      expect([...recovered.keys()].sort()).toEqual([...targets].sort());
    } finally {
      stopping = true;
      await workers;
    }
    console.log(`PostgreSQL restart: ${next} writes sent, ${acknowledged.size} acknowledged; refused:`, Object.fromEntries(refusals));

    // The outage was seen, as 503 answers with Retry-After from instances that stayed up (no restart).
    expect(refusals.get('503')).toBeGreaterThan(0);
    expect(wrongRefusals.slice(0, 5)).toEqual([]);
    expect([...refusals.keys()]).toEqual(['503']);
    expect(cluster.instanceUrls.map((_, index) => cluster.instance(index).child.pid)).toEqual(pids);
    expect(cluster.instanceUrls.map((_, index) => cluster.instance(index).child.exitCode)).toEqual([null, null]);

    // Every acknowledged write is stored, once.
    const rows = await sql('SELECT content FROM feedbacks WHERE content LIKE $1', [`%${marker}%`]);
    const stored = rows.map((row) => Number(/số (\d+)\./.exec(String(row.content))![1]));
    expect(new Set(stored).size).toBe(stored.length);
    const missing = [...acknowledged].filter((number) => !stored.includes(number));
    expect(missing).toEqual([]);
    // A write may be stored and still refused (its transaction committed as the connection dropped): said, not failed.
    console.log(`stored ${stored.length} writes, ${stored.filter((number) => !acknowledged.has(number)).length} of them refused`);

    const deadline = Date.now() + 20_000;
    while ((await storedViews(viewPath)) < 20 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, FLUSH_MS));
    expect(await storedViews(viewPath)).toBe(20);
  });

  it('stores exactly the acknowledged view beacons when one of two instances is killed midway', async () => {
    const pagePath = `/cluster-test/${crypto.randomBytes(4).toString('hex')}/`;
    const total = 10_000;
    const started = Date.now();
    const agent = userAgent('views');
    let acknowledged = 0;
    let refused = 0;
    let next = 0;
    let victimInFlight = 0;
    let victimDead = false;
    let victimQuiet: (() => void) | null = null;

    const send = async (index: number) => {
      const toVictim = index % 2 === 1;
      const base = cluster.instanceUrls[toVictim ? 1 : 0]!;
      if (toVictim && !victimDead) victimInFlight++;
      try {
        const response = await beacon(base, pagePath, agent);
        if (response.status === 204) acknowledged++;
        else refused++;
      } catch {
        refused++;
      } finally {
        if (toVictim && !victimDead && --victimInFlight === 0) victimQuiet?.();
      }
    };
    let killing: Promise<void> | null = null;
    const worker = async () => {
      while (next < total) {
        const index = next++;
        // Halfway, instance 2 is killed once nothing is in flight to it (nothing new is sent to it meanwhile): an
        // answer lost on the wire would make "acknowledged" unknowable, which is not what this test is about.
        if (index === total / 2) {
          killing = (async () => {
            if (victimInFlight > 0) await new Promise<void>((resolve) => (victimQuiet = resolve));
            victimDead = true;
            await killInstance(1);
          })();
        }
        if (index % 2 === 1 && killing) await killing;
        await send(index);
      }
    };
    await Promise.all(Array.from({ length: 20 }, worker));
    await killing;
    console.log(`${total} view beacons sent in ${Date.now() - started} ms: ${acknowledged} acknowledged, ${refused} refused`);

    expect(refused).toBeGreaterThan(0); // beacons sent to the dead instance
    expect(acknowledged).toBeGreaterThan(total / 2);
    // The survivor flushes what is buffered, including a flush the dead instance may have left half done (its
    // lock expires after 10 s).
    await expectStoredViewsToReach(pagePath, acknowledged, 45_000);
    // And it stays so: no flush is written twice.
    await new Promise((resolve) => setTimeout(resolve, FLUSH_MS * 10));
    expect(await storedViews(pagePath)).toBe(acknowledged);

    await cluster.restart(1);
  });

  it('loses no request when one instance is stopped on purpose (SIGTERM) under load: it drains, finishes, and exits', async () => {
    // Both instances in rotation (the previous test restarted one; HAProxy takes it after two good checks).
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const pagePath = `/cluster-test/drain-${crypto.randomBytes(4).toString('hex')}/`;
    const agent = userAgent('drain');
    const victim = cluster.instance(1).child;
    const logStart = cluster.haproxy.output().length;
    let sent = 0;
    let acknowledged = 0;
    let acknowledgedAfterExit = 0;
    const failures: string[] = [];
    let signalledAt = 0;
    let exitedAt = 0;
    let healthWhileDraining: Promise<number> | null = null;
    const exited = new Promise<number | null>((resolve) =>
      victim.once('exit', (code) => {
        exitedAt = Date.now();
        resolve(code);
      }),
    );
    // 20 keep-alive clients (fetch pools its connections to HAProxy); the instance is signalled after 1,500 beacons,
    // and beacons go on until 4,000 are sent and 1,000 of them were sent after it exited.
    const done = () => sent >= 4_000 && exitedAt > 0 && acknowledgedAfterExit >= 1_000;
    const worker = async () => {
      while (!done()) {
        if (++sent === 1_500) {
          signalledAt = Date.now();
          victim.kill('SIGTERM');
          // Asked directly a second later, within the drain: what HAProxy's check gets.
          healthWhileDraining = new Promise((resolve) => setTimeout(resolve, 1_000)).then(async () => (await fetch(`${cluster.instanceUrls[1]}/_health`)).status);
        }
        const afterExit = exitedAt > 0;
        try {
          const response = await beacon(cluster.url, pagePath, agent);
          if (response.status === 204) {
            acknowledged++;
            if (afterExit) acknowledgedAfterExit++;
          } else failures.push(`${response.status}`);
        } catch (error) {
          const cause = (error as { cause?: { message?: string } }).cause;
          failures.push(`no answer: ${cause?.message ?? (error as Error).message}`);
        }
        if (exitedAt === 0 && signalledAt > 0 && Date.now() - signalledAt > 60_000) throw new Error('The instance did not exit within 60 s of SIGTERM.');
      }
    };
    await Promise.all(Array.from({ length: 20 }, worker));
    const exitCode = await exited;
    console.log(
      `SIGTERM under load: ${sent} beacons, ${acknowledged} acknowledged (${acknowledgedAfterExit} after the exit), ${failures.length} failed; ` +
        `the instance exited ${exitedAt - signalledAt} ms after SIGTERM with ${exitCode}`,
    );
    const haproxyLog = cluster.haproxy.output().slice(logStart);
    // How HAProxy saw it: the instance's state changes, and any request cut or failed (termination state codes).
    console.log(haproxyLog.split('\n').filter((line) => line.includes('strapi/cms2') && !/ 204 \d+ - - ---- /.test(line)).join('\n'));
    if (failures.length > 0) console.log(`failures: ${failures.slice(0, 10).join('; ')}`);
    expect(failures).toEqual([]);
    expect(acknowledged).toBe(sent);
    // Taken out by its 404 (NOLB), not marked down with its requests cut (termination state "D---").
    expect(haproxyLog).toContain('Server strapi/cms2 is stopping');
    const cut = haproxyLog.split('\n').filter((line) => /strapi\/cms2 \S+ -?\d+ \d+ \S+ \S+ (?!----)\S{4} /.test(line));
    expect(cut).toEqual([]);
    expect(exitCode).toBe(0);
    expect(await healthWhileDraining).toBe(404);
    // It drained first (taken out of rotation, in-flight requests finished), then exited by itself.
    expect(exitedAt - signalledAt).toBeGreaterThanOrEqual(cluster.drainSeconds * 1000);
    expect(exitedAt - signalledAt).toBeLessThanOrEqual((cluster.drainSeconds + 10) * 1000);
    expect(acknowledgedAfterExit).toBeGreaterThanOrEqual(1_000);

    await expectStoredViewsToReach(pagePath, acknowledged, 30_000);

    await cluster.restart(1);
  });

  it('redoes a flush interrupted by a crash exactly once: counted if the database missed it, not again if it had it', async () => {
    const client = new Redis(redis.url);
    try {
      const day = vietnamDay(new Date());
      const tag = crypto.randomBytes(4).toString('hex');
      const missed = { key: `${prefix}views:flush:crashed-before-write-${tag}`, path: `/cluster-test/missed-${tag}/` };
      const written = { key: `${prefix}views:flush:crashed-after-write-${tag}`, path: `/cluster-test/written-${tag}/` };
      // What a flusher leaves when it dies: the buffer renamed to its flush key, listed as pending…
      await client.hset(missed.key, `${day}\t${missed.path}`, '7');
      await client.hset(written.key, `${day}\t${written.path}`, '5');
      // …and for the second one, the database transaction already committed (flush id recorded with the counts).
      await sql('INSERT INTO engagement_view_flushes (flush_id, flushed_at) VALUES ($1, $2)', [written.key, Date.now()]);
      await sql(
        `INSERT INTO engagement_page_views (document_id, page_path, day, views, created_at, updated_at, published_at)
         VALUES ($1, $2, $3, 5, now(), now(), now())`,
        [`crash${tag}`, written.path, day],
      );
      await client.sadd(`${prefix}views:pending`, missed.key, written.key);

      const deadline = Date.now() + 30_000;
      while ((await client.sismember(`${prefix}views:pending`, missed.key)) || (await client.sismember(`${prefix}views:pending`, written.key))) {
        if (Date.now() > deadline) throw new Error('The pending flushes were not taken up within 30 s.');
        await new Promise((resolve) => setTimeout(resolve, FLUSH_MS));
      }
      expect(await storedViews(missed.path)).toBe(7);
      expect(await storedViews(written.path)).toBe(5);
      expect(await client.exists(missed.key, written.key)).toBe(0);
    } finally {
      client.disconnect();
    }
  });

  it('keeps an image uploaded through one instance in S3: listed by the other, served with the first stopped, in the built site', async () => {
    const colour: [number, number, number] = [12, 90, 200];
    const bytes = solidPng(24, 16, colour);
    const name = `anh-cum-${crypto.randomBytes(4).toString('hex')}.png`;
    const response = await uploadThrough(cluster.instanceUrls[0]!, bytes, name);
    expect(response.status).toBe(201);
    const [uploaded] = (await response.json()) as Array<UploadedFile & { size: number }>;
    // Strapi re-encodes an image smaller (size optimisation) before storing it: these are the bytes to be served.
    const stored = await fetch(uploaded!.url);
    expect(stored.status).toBe(200);
    const storedBytes = Buffer.from(await stored.arrayBuffer());
    expect(Math.round(storedBytes.length / 10) / 100).toBe(uploaded!.size);
    const pixels = await sharp(storedBytes).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    expect([pixels.info.width, pixels.info.height]).toEqual([24, 16]);
    expect(pixels.data.equals(Buffer.from(Array.from({ length: 24 * 16 }, () => colour).flat()))).toBe(true);
    // Stored under the storage's public URL, not as a path of the instance that took it.
    expect(uploaded!.url.startsWith(`${s3.endpoint}/${s3.bucket}/`)).toBe(true);

    const seenByOther = await fetch(`${cluster.instanceUrls[1]}/upload/files/${uploaded!.id}`, {
      headers: { Authorization: `Bearer ${await adminJwt(adminOf(cluster.url))}` },
    });
    expect(seenByOther.status).toBe(200);
    expect(((await seenByOther.json()) as UploadedFile).url).toBe(uploaded!.url);

    const marker = uniqueMarker();
    const article = await mustCreate(adminOf(cluster.url), 'api::article.article', { ...validData('api::article.article', marker), cover: uploaded!.id });
    await publishEntry(adminOf(cluster.url), 'api::article.article', article.documentId);

    await killInstance(0);
    try {
      const served = await fetch(uploaded!.url);
      expect(served.status).toBe(200);
      expect(Buffer.from(await served.arrayBuffer()).equals(storedBytes)).toBe(true);

      // The site is built through HAProxy, which only has the second instance left.
      const outDir = fs.mkdtempSync(path.join(database.dir, 'site-'));
      await buildSite({ cmsUrl: cluster.url, tokenFile: path.join(database.dir, 'site-token'), siteUrl: 'http://127.0.0.1:4321', outDir, quiet: true });
      const pages = fs.readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
      const showing = pages.filter((file) => fs.readFileSync(path.join(outDir, file), 'utf8').includes(`src="${uploaded!.url}"`));
      expect(showing).toContain(path.join('tin-tuc', article.slug as string, 'index.html'));
    } finally {
      await cluster.restart(0);
    }
  });

  it('answers an upload with 503 while the object storage is down, keeps serving published content, and recovers by itself', async () => {
    const before = await mediaLibraryTotal(cluster.url);
    await s3.stop();
    try {
      for (const base of cluster.instanceUrls) {
        const refused = await uploadThrough(base, solidPng(2, 2, [0, 0, 0]), 'khong-luu-duoc.png');
        expect(refused.status, base).toBe(503);
        expect(refused.headers.get('retry-after'), base).toBe(String(UNAVAILABLE_RETRY_SECONDS));
        expect(((await refused.json()) as { error: { message: string } }).error.message).toBe(STORAGE_UNAVAILABLE_MESSAGE);

        const articles = await fetch(`${base}/api/articles?pagination[pageSize]=2&populate=cover`);
        expect(articles.status, base).toBe(200);
        expect(((await articles.json()) as { data: unknown[] }).data.length).toBeGreaterThan(0);
      }
      // Nothing was half-stored: no media-library entry without its file.
      expect(await mediaLibraryTotal(cluster.url)).toBe(before);
    } finally {
      await s3.start();
    }
    for (const base of cluster.instanceUrls) {
      const response = await uploadThrough(base, solidPng(2, 2, [0, 128, 0]), 'luu-lai-duoc.png');
      expect(response.status, base).toBe(201);
    }
    expect(await mediaLibraryTotal(cluster.url)).toBe(before + 2);
  });

  it('loses at most 1 % of requests through HAProxy when one instance is killed under load', async () => {
    // Both instances are in rotation again (HAProxy's health check: two good answers a second apart).
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    let ok = 0;
    let failed = 0;
    const until = Date.now() + 12_000;
    const killAt = Date.now() + 4_000;
    let killed: Promise<void> | null = null;
    const worker = async () => {
      while (Date.now() < until) {
        if (!killed && Date.now() >= killAt) killed = killInstance(0);
        try {
          const response = await fetch(`${cluster.url}/api/articles?pagination[pageSize]=5`, { signal: AbortSignal.timeout(15_000) });
          await response.arrayBuffer();
          if (response.status === 200) ok++;
          else failed++;
        } catch {
          failed++;
        }
      }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    await killed;
    console.log(`through HAProxy with an instance killed: ${ok} ok, ${failed} failed`);
    expect(killed).not.toBeNull();
    expect(ok).toBeGreaterThan(100);
    expect(failed / (ok + failed)).toBeLessThanOrEqual(0.01);
  });
});
