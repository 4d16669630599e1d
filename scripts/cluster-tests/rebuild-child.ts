/**
 * One rebuild service of the one-builder test (one-builder.test.ts), run as its own process so that the test can kill
 * it: the real lock, scheduler, deploy and webhook server, with a builder that writes a small site after BUILD_MS.
 * Every log line goes to RECORD_FILE as {service, at, line}, the test's record of who built when.
 */
import fs from 'node:fs';
import { buildWhenActive } from '../src/rebuild/one-builder.ts';
import { createRebuildLock } from '../src/rebuild/rebuild-lock.ts';
import { createRebuildService } from '../src/rebuild/rebuild-service.ts';
import { createWebhookServer, listenWebhookServer } from '../src/rebuild/webhook-server.ts';
import { writeFakeSite } from '../test/support/fake-site.ts';

const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} must be set.`);
  return value;
};
const name = env('SERVICE_NAME');
const recordFile = env('RECORD_FILE');
const record = (line: string) => fs.appendFileSync(recordFile, `${JSON.stringify({ service: name, at: Date.now(), line })}\n`);

const lock = createRebuildLock({ url: env('REBUILD_LOCK_URL'), name: env('LOCK_NAME'), retryMs: 100, idleTimeoutMs: 3_000, log: record });
const service = createRebuildService({
  deployRoot: env('DEPLOY_ROOT'),
  debounceMs: 50,
  maxWaitMs: 1_000,
  keepBuilds: 5,
  minPageRatio: 0.5,
  buildLock: () => lock.buildLock('site'),
  log: record,
  build: async ({ outDir }) => {
    await new Promise((resolve) => setTimeout(resolve, Number(env('BUILD_MS'))));
    writeFakeSite(outDir, name, 3);
  },
});
const server = createWebhookServer({
  secret: env('SECRET'),
  service: { notify: (event) => service.notify(event), status: () => service.status() },
  active: () => lock.isActive(),
});
await listenWebhookServer(server, '127.0.0.1', Number(env('PORT')));
record('listening');
await buildWhenActive({ lock, request: (reason) => service.request(reason), onLost: () => process.exit(1), log: record });
