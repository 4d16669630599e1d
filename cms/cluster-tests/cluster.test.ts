import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminLogin, requestJson } from '../../scripts/src/cms-admin-api.ts';
import { compileCms } from '../../scripts/src/cms-process.ts';
import { startCluster, type Cluster } from '../../scripts/src/cluster/cluster.ts';
import { pgClient } from '../../scripts/src/cluster/database.ts';
import { getFreePort } from '../../scripts/src/free-port.ts';
import { createThrowawayDatabase, type ThrowawayDatabase } from '../../scripts/src/throwaway-database.ts';
import { vietnamDay } from '../src/api/engagement/lib/day';
import { MESSAGES } from '../src/api/engagement/lib/messages';
import { UNAVAILABLE_RETRY_SECONDS } from '../src/api/engagement/lib/unavailable';
import { testSecrets, TEST_ADMIN } from '../tests/helpers/test-cms.ts';
import { privateRedis, type PrivateRedis } from './redis-server.ts';

/**
 * Two CMS instances on one PostgreSQL database and one (private) Redis behind HAProxy: limits hold across
 * instances, acknowledged view beacons are stored exactly once even when an instance dies, HAProxy hides a dying
 * instance, and a Redis outage turns public writes into 503 while reads go on.
 */

let redis: PrivateRedis;
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
  database = await createThrowawayDatabase('postgres', 'cluster', { postgresAdminUrl: process.env.PORTAL_TEST_PG_URL });
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
      STATS_CACHE_SECONDS: '1',
    },
  });
  console.log(`cluster up in ${Math.round((Date.now() - started) / 1000)} s`);
});

afterAll(async () => {
  await cluster?.stop();
  await redis?.stop();
  await database?.drop();
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

async function killInstance(index: number): Promise<void> {
  const child = cluster.instance(index).child;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
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
      const writes = ['feedback', 'ratings', 'views', 'information-requests', 'satisfaction'];
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

  it('stores exactly the acknowledged view beacons when one of two instances is killed midway', async () => {
    const pagePath = `/cluster-test/${crypto.randomBytes(4).toString('hex')}/`;
    const total = 2_000;
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
    const worker = async () => {
      while (next < total) {
        const index = next++;
        // Halfway, instance 2 is killed once nothing is in flight to it: an answer lost on the wire would make
        // "acknowledged" unknowable, which is not what this test is about.
        if (index === total / 2) {
          if (victimInFlight > 0) await new Promise<void>((resolve) => (victimQuiet = resolve));
          victimDead = true;
          await killInstance(1);
        }
        await send(index);
      }
    };
    await Promise.all(Array.from({ length: 10 }, worker));

    expect(refused).toBeGreaterThan(0); // beacons sent to the dead instance
    expect(acknowledged).toBeGreaterThan(total / 2);
    // The survivor flushes what is buffered, including a flush the dead instance may have left half done (its
    // lock expires after 10 s).
    const deadline = Date.now() + 45_000;
    let stored = await storedViews(pagePath);
    while (stored !== acknowledged && Date.now() < deadline) {
      expect(stored).toBeLessThanOrEqual(acknowledged);
      await new Promise((resolve) => setTimeout(resolve, 500));
      stored = await storedViews(pagePath);
    }
    expect(stored).toBe(acknowledged);
    // And it stays so: no flush is written twice.
    await new Promise((resolve) => setTimeout(resolve, FLUSH_MS * 10));
    expect(await storedViews(pagePath)).toBe(acknowledged);

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
