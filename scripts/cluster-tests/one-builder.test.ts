import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stopChild } from '../src/child-process.ts';
import { pgClient } from '../src/cluster/database.ts';
import { startHaproxy, type HaproxyProcess } from '../src/cluster/haproxy.ts';
import { currentBuildId, deployLayout } from '../src/rebuild/deploy-dir.ts';
import { createRebuildLock } from '../src/rebuild/rebuild-lock.ts';
import { WEBHOOK_SECRET_HEADER } from '../src/rebuild/webhook-auth.ts';
import { getFreePort } from '../src/free-port.ts';
import { DEFAULT_POSTGRES_ADMIN_URL } from '../src/throwaway-database.ts';

/**
 * Rebuild services sharing one lock on PostgreSQL (REBUILD_LOCK_URL), each its own process on one deploy root: only
 * the active one builds whichever service the webhooks reach, builds never overlap, and a standby takes over when the
 * active one is killed or its PostgreSQL session is ended, catching up with one build, then building the next change.
 * HAProxy in front (health check GET /active) sends the CMS's one webhook URL to whichever service is active.
 */

const SECRET = 'one-builder-test-secret-0123456789';
const BUILD_MS = 600;
const lockUrl = process.env.PORTAL_TEST_PG_URL || DEFAULT_POSTGRES_ADMIN_URL;
const lockName = `test-${crypto.randomBytes(4).toString('hex')}`;
let dir: string;
let recordFile: string;
let proxy: HaproxyProcess | undefined;
const services = new Map<string, { child: ChildProcess; url: string; port: number; exit: Promise<number | null> }>();

interface Record {
  service: string;
  at: number;
  line: string;
}
const records = (): Record[] =>
  fs.existsSync(recordFile) ? fs.readFileSync(recordFile, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record) : [];

async function waitFor<T>(what: string, check: () => T | Promise<T>, timeoutMs = 20_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}. Records:\n${records().map((r) => `${r.service} ${r.line}`).join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function startService(name: string): Promise<string> {
  const port = await getFreePort();
  const child = spawn(process.execPath, [path.join(import.meta.dirname, 'rebuild-child.ts')], {
    env: {
      ...process.env,
      SERVICE_NAME: name,
      RECORD_FILE: recordFile,
      REBUILD_LOCK_URL: lockUrl,
      LOCK_NAME: lockName,
      DEPLOY_ROOT: path.join(dir, 'deploy'),
      BUILD_MS: String(BUILD_MS),
      SECRET,
      PORT: String(port),
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  services.set(name, { child, url: `http://127.0.0.1:${port}`, port, exit });
  await waitFor(`${name} to listen`, () => records().some((r) => r.service === name && r.line === 'listening'));
  return `http://127.0.0.1:${port}`;
}

const url = (name: string) => services.get(name)!.url;
const isActive = async (name: string) => (await fetch(`${url(name)}/active`)).status === 200;
const status = async (name: string) => (await (await fetch(`${url(name)}/status`)).json()) as { running: unknown; queue: { pending: number } };
const webhook = (name: string, id: string) => webhookTo(url(name), id);
const webhookTo = (base: string, id: string) =>
  fetch(`${base}/webhook`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [WEBHOOK_SECRET_HEADER]: SECRET },
    body: JSON.stringify({ event: 'entry.publish', model: 'article', entry: { documentId: id, publishedAt: '2026-12-07' } }),
  });
const idle = (name: string) =>
  waitFor(`${name} to be idle`, async () => {
    const current = await status(name);
    return current.running === null && current.queue.pending === 0;
  });

interface Span {
  service: string;
  id: string;
  start: number;
  end: number | null;
  outcome: string | null;
}
/** Each build from its "started" line to its outcome line (held under the unit's lock from before to after). */
function spans(): Span[] {
  const result: Span[] = [];
  for (const record of records()) {
    const started = /build (\S+) started/.exec(record.line);
    if (started) result.push({ service: record.service, id: started[1]!, start: record.at, end: null, outcome: null });
    const ended = /build (\S+) (is live|failed|rejected)/.exec(record.line);
    const span = ended && result.find((candidate) => candidate.id === ended[1] && candidate.service === record.service);
    if (span) Object.assign(span, { end: record.at, outcome: ended![2] });
  }
  return result;
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-one-builder-'));
  recordFile = path.join(dir, 'records.jsonl');
});

afterAll(async () => {
  await proxy?.stop();
  await Promise.all([...services.values()].map((service) => stopChild(service.child, 5_000)));
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('one builder among rebuild services sharing a lock', () => {
  it('builds only on the active service, never two builds at once, and a standby takes over', async () => {
    await startService('a');
    await waitFor('a to be active', () => isActive('a'));
    await startService('b');
    expect(await isActive('b')).toBe(false);
    await waitFor('b to stand by', () => records().some((r) => r.service === 'b' && r.line.includes('standing by')));
    await idle('a');
    proxy = await startHaproxy({
      host: '127.0.0.1',
      port: await getFreePort(),
      dir: path.join(dir, 'haproxy'),
      backends: ['a', 'b'].map((name) => ({ name, host: '127.0.0.1', port: services.get(name)!.port })),
      check: { path: '/active', status: 200 },
    });
    const viaProxy = proxy.url;
    // HAProxy takes every server as up until its checks say otherwise (two, a second apart): b is out after that.
    await waitFor('the proxy to mark b down', () => /Server \S+\/b is DOWN/.test(proxy!.output()));
    for (let n = 0; n < 4; n += 1) expect((await webhookTo(viaProxy, `doc-proxy-${n}`)).status).toBe(202);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await idle('a');

    // Webhooks reach both: the standby turns them away, the active one builds.
    const answers: number[] = [];
    for (let n = 0; n < 6; n += 1) {
      answers.push((await webhook(n % 2 === 0 ? 'a' : 'b', `doc-${n}`)).status);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    expect(answers).toEqual([202, 503, 202, 503, 202, 503]);
    await idle('a');
    expect(spans().filter((span) => span.service === 'b')).toEqual([]);
    expect(spans().filter((span) => span.service === 'a' && span.outcome === 'is live').length).toBeGreaterThanOrEqual(2);

    // The active service dies in the middle of a build: b takes over, catches up, then builds the next change.
    expect((await webhook('a', 'doc-kill')).status).toBe(202);
    await waitFor('a to be building', async () => (await status('a')).running !== null);
    const killedAt = Date.now();
    services.get('a')!.child.kill('SIGKILL');
    await services.get('a')!.exit;
    await waitFor('b to take over', () => isActive('b'));
    await idle('b');
    // The proxy finds b by its health check; until then it answers 503 and queues nothing.
    await waitFor('the proxy to send webhooks to b', async () => (await webhookTo(viaProxy, 'doc-after')).status === 202);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await idle('b');
    const ofB = spans().filter((span) => span.service === 'b');
    expect(ofB.map((span) => span.outcome)).toEqual(['is live', 'is live']);
    expect(ofB[0]!.start).toBeGreaterThan(killedAt);
    expect(currentBuildId(deployLayout(path.join(dir, 'deploy')))).toBe(ofB[1]!.id);

    // A third service stands by; b's PostgreSQL session is ended mid-build: b stops, c takes over.
    await startService('c');
    await waitFor('c to stand by', () => records().some((r) => r.service === 'c' && r.line.includes('standing by')));
    expect((await webhook('b', 'doc-cut')).status).toBe(202);
    await waitFor('b to be building', async () => (await status('b')).running !== null);
    const admin = pgClient(lockUrl);
    await admin.connect();
    try {
      const ended = await admin.query(
        `SELECT pg_terminate_backend(pid) AS ended FROM pg_locks
         WHERE locktype = 'advisory' AND granted AND ((classid::bigint << 32) | objid::bigint) = hashtextextended($1, 0)`,
        [`portal-rebuild:leader:${lockName}`],
      );
      expect(ended.rows).toEqual([{ ended: true }]);
    } finally {
      await admin.end();
    }
    expect(await services.get('b')!.exit).toBe(1);
    await waitFor('c to take over', () => isActive('c'));
    await idle('c');
    expect(spans().filter((span) => span.service === 'c').map((span) => span.outcome)).toEqual(['is live']);

    // No two builds ever overlapped; a build cut short ends when its process died or gave up.
    const lostAt = (service: string) => records().find((r) => r.service === service && r.line.includes('lost the rebuild lock'))?.at;
    const all = spans()
      .map((span) => ({ ...span, end: span.end ?? (span.service === 'a' ? killedAt : lostAt(span.service) ?? Infinity) }))
      .sort((x, y) => x.start - y.start);
    expect(all.length).toBeGreaterThanOrEqual(6);
    for (let n = 1; n < all.length; n += 1) {
      expect(all[n]!.start, `${all[n]!.service}'s build ${all[n]!.id} started before ${all[n - 1]!.service}'s ${all[n - 1]!.id} ended`)
        .toBeGreaterThanOrEqual(all[n - 1]!.end);
    }
  }, 120_000);

  it('lets two active services of different unit sets build a unit they share one at a time', async () => {
    const quiet = () => {};
    const first = createRebuildLock({ url: lockUrl, name: `${lockName}-units-a`, retryMs: 50, log: quiet });
    const second = createRebuildLock({ url: lockUrl, name: `${lockName}-units-b`, retryMs: 50, log: quiet });
    try {
      await Promise.all([first.becomeActive(), second.becomeActive()]);
      const held = await first.buildLock('shared-unit');
      let secondGotIt = false;
      const waiting = second.buildLock('shared-unit').then((handle) => {
        secondGotIt = true;
        return handle;
      });
      // Another unit is free meanwhile.
      await (await second.buildLock('other-unit')).release();
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(secondGotIt).toBe(false);
      await held.release();
      const handle = await waiting;
      expect(await handle.stillHeld()).toBe(true);
      // A closed session holds nothing: its build must not go live.
      await second.close();
      expect(await handle.stillHeld()).toBe(false);
    } finally {
      await first.close();
      await second.close();
    }
  });
});
