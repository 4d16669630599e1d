import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRebuildService, type RebuildService } from '../src/rebuild/rebuild-service.ts';
import { secretMatches, WEBHOOK_SECRET_HEADER } from '../src/rebuild/webhook-auth.ts';
import { decideWebhook, WebhookPayloadError } from '../src/rebuild/webhook-event.ts';
import { createWebhookServer } from '../src/rebuild/webhook-server.ts';

const SECRET = 'a-long-shared-secret-for-tests';
let root: string;
let service: RebuildService;
let base: string;
const builds: string[][] = [];
const server = () => createWebhookServer({ service, secret: SECRET, maxBodyBytes: 64 * 1024 });
let running: ReturnType<typeof server>;

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-webhook-'));
  service = createRebuildService({
    deployRoot: root,
    // Long enough that no build starts during these tests: they look at what is queued.
    debounceMs: 60_000,
    maxWaitMs: 60_000,
    keepBuilds: 3,
    minPageRatio: 0.5,
    log: () => {},
    build: async () => {
      builds.push(['unexpected']);
    },
  });
  running = server();
  await new Promise<void>((resolve) => running.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(running.address() as AddressInfo).port}`;
});

afterAll(async () => {
  service.close();
  await new Promise((resolve) => running.close(resolve));
  fs.rmSync(root, { recursive: true, force: true });
});

const post = (body: string, headers: Record<string, string> = { [WEBHOOK_SECRET_HEADER]: SECRET }) =>
  fetch(`${base}/webhook`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });

const publish = JSON.stringify({ event: 'entry.publish', model: 'article', entry: { documentId: 'abc', publishedAt: '2026-01-01' } });

describe('the webhook endpoint', () => {
  it('rejects requests without the shared secret or with a wrong one, and queues nothing', async () => {
    expect((await post(publish, {})).status).toBe(401);
    expect((await post(publish, { [WEBHOOK_SECRET_HEADER]: `${SECRET}x` })).status).toBe(401);
    expect((await post(publish, { Authorization: `Bearer ${SECRET}` })).status).toBe(401);
    expect(service.status().queue.pending).toBe(0);
  });

  it('answers 400 to a body that is not a webhook and 413 to a huge one', async () => {
    expect((await post('{not json')).status).toBe(400);
    expect((await post('[1,2]')).status).toBe(400);
    const noEvent = await post('{"model":"article"}');
    expect(noEvent.status).toBe(400);
    expect(((await noEvent.json()) as { error: string }).error).toMatch(/no "event"/);
    const huge = await post(JSON.stringify({ event: 'entry.update', entry: { body: 'x'.repeat(100 * 1024) } }));
    expect(huge.status).toBe(413);
    expect(service.status().queue.pending).toBe(0);
  });

  it('queues a build for content and media changes, not for draft saves or other events', async () => {
    const accepted = await post(publish);
    expect(accepted.status).toBe(202);
    expect(await accepted.json()).toEqual({ event: 'entry.publish', rebuild: true });
    expect(((await (await post(JSON.stringify({ event: 'media.delete', media: { id: 1 } }))).json()) as { rebuild: boolean }).rebuild).toBe(true);
    const draft = await post(JSON.stringify({ event: 'entry.update', entry: { documentId: 'abc', publishedAt: null } }));
    expect(await draft.json()).toMatchObject({ rebuild: false, ignored: 'draft change' });
    expect(((await (await post(JSON.stringify({ event: 'trigger-test' }))).json()) as { rebuild: boolean }).rebuild).toBe(false);

    const status = (await (await fetch(`${base}/status`)).json()) as ReturnType<RebuildService['status']>;
    expect(status.queue.pending).toBe(2);
    expect(status.lastEventAt).not.toBeNull();
    expect(status).toMatchObject({ currentBuildId: null, running: null, lastSuccess: null, lastFailure: null });
    expect(builds).toEqual([]);
  });

  it('only accepts POST on /webhook and GET on /status', async () => {
    expect((await fetch(`${base}/webhook`)).status).toBe(405);
    expect((await fetch(`${base}/status`, { method: 'POST' })).status).toBe(405);
    expect((await fetch(`${base}/elsewhere`)).status).toBe(404);
  });
});

describe('a standby rebuild service', () => {
  it('turns webhooks away with 503 and answers GET /active by its role', async () => {
    let active = false;
    const notified: string[] = [];
    const standby = createWebhookServer({
      secret: SECRET,
      service: { notify: (event) => notified.push(event), status: () => ({ running: null }) },
      active: () => active,
    });
    await new Promise<void>((resolve) => standby.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(standby.address() as AddressInfo).port}`;
    try {
      const send = () => fetch(`${url}/webhook`, { method: 'POST', headers: { [WEBHOOK_SECRET_HEADER]: SECRET }, body: publish });
      const turnedAway = await send();
      expect(turnedAway.status).toBe(503);
      expect(turnedAway.headers.get('retry-after')).toBe('5');
      expect((await fetch(`${url}/active`)).status).toBe(503);
      expect(await (await fetch(`${url}/status`)).json()).toEqual({ role: 'standby', running: null });
      // The secret is still checked first.
      expect((await fetch(`${url}/webhook`, { method: 'POST', body: publish })).status).toBe(401);
      expect(notified).toEqual([]);

      active = true;
      expect((await send()).status).toBe(202);
      expect((await fetch(`${url}/active`)).status).toBe(200);
      expect(await (await fetch(`${url}/status`)).json()).toMatchObject({ role: 'active' });
      expect(notified).toEqual(['entry.publish']);
    } finally {
      await new Promise((resolve) => standby.close(resolve));
    }
  });
});

describe('secretMatches', () => {
  it('needs the exact secret', () => {
    expect(secretMatches(SECRET, SECRET)).toBe(true);
    expect(secretMatches(SECRET.slice(0, -1), SECRET)).toBe(false);
    expect(secretMatches(undefined, SECRET)).toBe(false);
    expect(secretMatches([SECRET], SECRET)).toBe(false);
    expect(secretMatches('', '')).toBe(false);
  });
});

describe('decideWebhook', () => {
  it('rebuilds on publish, unpublish, delete and published updates', () => {
    for (const event of ['entry.publish', 'entry.unpublish', 'entry.delete', 'media.create', 'media.update']) {
      expect(decideWebhook(JSON.stringify({ event, entry: { publishedAt: null } })).rebuild).toBe(true);
    }
    expect(decideWebhook(JSON.stringify({ event: 'entry.update', entry: { publishedAt: '2026-01-01' } })).rebuild).toBe(true);
    expect(decideWebhook(JSON.stringify({ event: 'entry.create', entry: {} })).rebuild).toBe(true);
    expect(() => decideWebhook('"entry.publish"')).toThrow(WebhookPayloadError);
  });
});
