import crypto from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { isDownloadKind, type DownloadTarget } from '@portal/shared-types';
import { vietnamDay } from './day';
import { addDownloads, type DownloadRow } from './download-rows';
import type { SharedRedis } from './redis';
import { knex, type Knex } from './sql';
import { addViews, ViewCounts } from './views';

/**
 * View beacons with several instances: each beacon is one HINCRBY on a Redis hash (field "<day>\t<path>"), and
 * once a beacon is acknowledged (204) it is counted even if this instance dies. Whichever instance holds a short
 * Redis lock moves the hash aside (RENAME to a per-flush key, recorded in a pending set, in one script) and adds
 * it to the database in one transaction that also records the flush id, so a flush retried after a crash — its key
 * is still pending — is written once, never twice. Download counts (downloads.ts) share the hash, under fields
 * "download\t<day>\t<kind>\t<entry>\t<file>\t<unit>", and so the same flush.
 */

/** Our own table, not a Strapi content type: Strapi leaves tables it never created alone. */
const FLUSHES = 'engagement_view_flushes';
// Longer than any flush takes; short, because a dead holder delays the counts by up to this much.
const LOCK_MS = 10_000;

const keys = (prefix: string) => ({
  buffer: `${prefix}views:buffer`,
  pending: `${prefix}views:pending`,
  lock: `${prefix}views:lock`,
  flush: (id: string) => `${prefix}views:flush:${id}`,
  online: (minute: number) => `${prefix}online:${minute}`,
});

const ONLINE_MINUTES = 5;

/** Moves the buffer to the flush key and records it as pending, or does nothing when the buffer is empty. */
const TAKE_BUFFER_SCRIPT = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('RENAME', KEYS[1], KEYS[2])
redis.call('SADD', KEYS[3], KEYS[2])
return 1
`;

/** Releases the lock only if it is still ours (it may have expired and passed to another instance). */
const RELEASE_SCRIPT = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;

const DOWNLOAD_FIELD = 'download';

/** Buffers one download; resolves once Redis has it (then the 204 may go out). */
export async function bufferDownload(redis: SharedRedis, target: DownloadTarget, unit: string | null, now: Date = new Date()): Promise<void> {
  const field = [DOWNLOAD_FIELD, vietnamDay(now), target.kind, target.entry, target.file, unit ?? ''].join('\t');
  await redis.run((client) => client.hincrby(keys(redis.prefix).buffer, field, 1));
}

/** The download row of a buffered field, or null when the field is not a download's. */
function downloadRow(field: string, downloads: number): DownloadRow | null {
  const [tag, day, kind, entry, file, unit, ...rest] = field.split('\t');
  if (tag !== DOWNLOAD_FIELD || !day || !kind || !isDownloadKind(kind) || !entry || !file || unit === undefined || rest.length > 0) return null;
  return { day, kind, entry, file, unit: unit || null, downloads };
}

/** Buffers one beacon and marks the visitor online; resolves once Redis has it (then the 204 may go out). */
export async function bufferView(redis: SharedRedis, path: string, fingerprint: string, now: Date = new Date()): Promise<void> {
  const k = keys(redis.prefix);
  const minute = Math.floor(now.getTime() / 60_000);
  await redis.run(async (client) => {
    const results = await client
      .multi()
      .hincrby(k.buffer, `${vietnamDay(now)}\t${path}`, 1)
      .pfadd(k.online(minute), fingerprint)
      .pexpire(k.online(minute), (ONLINE_MINUTES + 1) * 60_000)
      .exec();
    const failed = results?.find(([error]) => error);
    if (!results || failed) throw failed?.[0] ?? new Error('The view transaction was discarded.');
  });
}

/** Distinct visitors of the last five minutes across all instances (HyperLogLog union, about 1 % error). */
export function onlineCount(redis: SharedRedis, now: number = Date.now()): Promise<number> {
  const k = keys(redis.prefix);
  const minute = Math.floor(now / 60_000);
  const minutes = Array.from({ length: ONLINE_MINUTES }, (_, index) => k.online(minute - index));
  return redis.run((client) => client.pfcount(...minutes));
}

export async function ensureFlushTable(db: Knex): Promise<void> {
  await db.raw(`CREATE TABLE IF NOT EXISTS ${FLUSHES} (flush_id varchar(80) PRIMARY KEY, flushed_at bigint NOT NULL)`);
}

/** The flush key as the flush table's id (80 characters at most): a long REDIS_PREFIX makes the key longer. */
function flushIdOf(key: string): string {
  return key.length <= 80 ? key : `sha256:${crypto.createHash('sha256').update(key).digest('hex')}`;
}

/** Adds one flushed hash to the page views and download counts, once: false when this flush id was already written. */
async function writeFlush(db: Knex, flushId: string, flushed: Record<string, string>): Promise<boolean> {
  const counts = new ViewCounts();
  // Keyed like the table's conflict key: one statement may not touch a row twice.
  const downloads = new Map<string, DownloadRow>();
  for (const [field, raw] of Object.entries(flushed)) {
    const views = Number(raw);
    if (!Number.isSafeInteger(views) || views <= 0) continue;
    if (field.startsWith(`${DOWNLOAD_FIELD}\t`)) {
      const row = downloadRow(field, views);
      if (!row) continue;
      const key = [row.day, row.kind, row.entry, row.file].join('\t');
      const known = downloads.get(key);
      if (known) known.downloads += row.downloads;
      else downloads.set(key, row);
      continue;
    }
    const [day, path] = field.split('\t');
    if (!day || !path) continue;
    counts.add(day, path, views);
  }
  return db.transaction(async (trx) => {
    const inserted = await trx.raw(`INSERT INTO ${FLUSHES} (flush_id, flushed_at) VALUES (?, ?) ON CONFLICT (flush_id) DO NOTHING RETURNING flush_id`, [
      flushId,
      Date.now(),
    ]);
    // PostgreSQL answers { rows }, SQLite an array.
    const written = Array.isArray(inserted) ? inserted.length : ((inserted as { rows?: unknown[] }).rows?.length ?? 0);
    if (written === 0) return false;
    const now = new Date();
    await addViews(trx, counts, now);
    await addDownloads(trx, [...downloads.values()], now);
    // Flush ids only guard against a retry after a crash; a week is far longer than any retry takes.
    await trx.raw(`DELETE FROM ${FLUSHES} WHERE flushed_at < ?`, [Date.now() - 7 * 24 * 3_600_000]);
    return true;
  });
}

export interface ViewFlusher {
  /** One flush now (if this instance gets the lock); resolves when done. */
  flushOnce(): Promise<void>;
  stop(): Promise<void>;
}

/** Flushes the shared buffer every `intervalMs` whenever this instance wins the lock. */
export function startViewFlusher(strapi: Core.Strapi, redis: SharedRedis, intervalMs: number): ViewFlusher {
  const k = keys(redis.prefix);
  const db = knex(strapi);
  let tableReady: Promise<void> | null = null;
  let running: Promise<void> | null = null;
  let stopped = false;
  let failing = false;

  const flushKey = async (key: string) => {
    const counts = await redis.run((client) => client.hgetall(key));
    if (Object.keys(counts).length > 0) await writeFlush(db, flushIdOf(key), counts);
    await redis.run((client) => client.multi().del(key).srem(k.pending, key).exec());
  };

  const flush = async () => {
    const token = crypto.randomUUID();
    const locked = await redis.run((client) => client.set(k.lock, token, 'PX', LOCK_MS, 'NX'));
    if (locked !== 'OK') return;
    try {
      tableReady ??= ensureFlushTable(db).catch((error: unknown) => {
        tableReady = null;
        throw error;
      });
      await tableReady;
      // First what a crashed (or failed) flush left behind, then the buffer.
      for (const key of await redis.run((client) => client.smembers(k.pending))) await flushKey(key);
      const key = k.flush(`${Date.now()}-${token}`);
      const moved = await redis.run((client) => client.eval(TAKE_BUFFER_SCRIPT, 3, k.buffer, key, k.pending));
      if (moved === 1) await flushKey(key);
    } finally {
      await redis.run((client) => client.eval(RELEASE_SCRIPT, 1, k.lock, token)).catch(() => undefined);
    }
  };

  const flushOnce = () => {
    running ??= flush()
      .then(() => {
        if (failing) strapi.log.info('View counts are being written to the database again.');
        failing = false;
      })
      .catch((error: unknown) => {
        // Nothing is lost: the counts stay in Redis (buffer or pending flush key) until a flush succeeds.
        if (!failing) strapi.log.warn(`Could not write buffered view counts yet: ${(error as Error).message}`);
        failing = true;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };

  const timer = setInterval(() => {
    if (!stopped) void flushOnce();
  }, intervalMs);
  timer.unref();

  return {
    flushOnce,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
