import type { Core } from '@strapi/strapi';
import { downloadKey, parseDownloadKey, type DownloadCount, type DownloadKind, type DownloadTarget } from '@portal/shared-types';
import { vietnamDay } from './day';
import { addDownloads, FILE_DOWNLOADS } from './download-rows';
import { knex, toNumber } from './sql';
import { rateLimit, RATE_LIMIT_DEFAULTS } from './config';
import { limiterFor, type Limiter } from './rate-limit';
import { sharedRedis } from './redis';
import { LEGAL_DOCUMENT } from './targets';
import { bufferDownload } from './view-buffer';
import { TtlCache } from './views';

/**
 * Download counts ("lượt tải", issue 24), kept like page views: one aggregate row per file and Vietnamese day
 * (download-rows.ts), exact under concurrent beacons, never a row per download and never anything about the visitor.
 * With REDIS_URL they wait in Redis with the view beacons and are written by the same exactly-once flush.
 */
const SCHEDULE = 'api::schedule.schedule' as const;

/** Where each kind keeps its files: the document's `files`, the schedule's single `attachment`. */
const SOURCES: Record<DownloadKind, { uid: typeof LEGAL_DOCUMENT | typeof SCHEDULE; field: string }> = {
  document: { uid: LEGAL_DOCUMENT, field: 'files' },
  schedule: { uid: SCHEDULE, field: 'attachment' },
};

/** The target a beacon named: the whole text/plain body, or the only field `file` of a form or JSON body. */
export function beaconDownload(body: unknown): DownloadTarget | null {
  if (typeof body === 'string') {
    const text = body.trim();
    if (!text.startsWith('{')) return parseDownloadKey(text);
    try {
      return beaconDownload(JSON.parse(text) as unknown);
    } catch {
      return null;
    }
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return null;
  const { file, ...rest } = body as Record<string, unknown>;
  return typeof file === 'string' && Object.keys(rest).length === 0 ? parseDownloadKey(file) : null;
}

export interface Downloadable {
  /** documentId of the entry's unit (null only for entries made before units existed). */
  unit: string | null;
  /** The file's URL as stored ("/uploads/…" with the local provider). */
  url: string;
}

/**
 * The published entry the target names, when the file is one of its files; null otherwise. Only such files are
 * counted, so visitors cannot fill the table with made-up keys.
 */
export async function findDownloadable(strapi: Core.Strapi, target: DownloadTarget): Promise<Downloadable | null> {
  const { uid, field } = SOURCES[target.kind];
  const found = (await strapi.documents(uid).findFirst({
    status: 'published',
    filters: { documentId: target.entry },
    fields: ['documentId'],
    populate: { unit: { fields: ['documentId'] }, [field]: { fields: ['documentId', 'url'] } },
  })) as Record<string, unknown> | null;
  if (!found) return null;
  const attached = found[field];
  const files = (Array.isArray(attached) ? attached : attached ? [attached] : []) as Array<{ documentId?: string; url?: string }>;
  const file = files.find((candidate) => candidate.documentId === target.file);
  if (!file) return null;
  const unit = found.unit as { documentId?: string } | null | undefined;
  return { unit: unit?.documentId ?? null, url: String(file.url ?? '') };
}

/**
 * One download: buffered in Redis when clustered (REDIS_URL; throws RedisUnavailableError while Redis is down), else
 * added to the database at once.
 */
export async function countDownload(strapi: Core.Strapi, target: DownloadTarget, unit: string | null, now: Date = new Date()): Promise<void> {
  const redis = sharedRedis(strapi.log);
  if (redis) return bufferDownload(redis, target, unit, now);
  await addDownloads(knex(strapi), [{ ...target, unit, day: vietnamDay(now), downloads: 1 }], now);
}

/** All-time download counts of every counted file of the given entries (documentIds of documents or schedules). */
export async function downloadTotals(strapi: Core.Strapi, entries: readonly string[]): Promise<DownloadCount[]> {
  if (entries.length === 0) return [];
  const rows = (await knex(strapi)(FILE_DOWNLOADS)
    .whereIn('entry_key', [...entries])
    .groupBy('entry_kind', 'entry_key', 'file_key')
    .orderBy(['entry_key', 'file_key'])
    .select('entry_kind', 'entry_key', 'file_key', knex(strapi).raw('SUM(downloads) AS total'))) as Array<Record<string, unknown>>;
  return rows.map((row) => ({
    kind: row.entry_kind as DownloadKind,
    entry: String(row.entry_key),
    file: String(row.file_key),
    total: toNumber(row.total),
  }));
}

/** How long a file stays known (or unknown) without asking the database again: bursts cost one query. */
const DOWNLOADABLE_CACHE_MS = 30_000;

/**
 * The two ways a download is counted — the page's beacon and the CMS serving the file to a reader without JavaScript
 * (../../../middlewares/download-count.ts) — share one limiter per process, so a visitor has DOWNLOAD_RATE_LIMIT in
 * all, and one cache of which files are counted.
 */
export interface DownloadCounting {
  limiter: Limiter;
  /** The published entry holding the target's file, or null. */
  find(target: DownloadTarget): Promise<Downloadable | null>;
}

let counting: DownloadCounting | undefined;

export function downloadCounting(strapi: Core.Strapi): DownloadCounting {
  if (!counting) {
    const known = new TtlCache<Downloadable | null>(DOWNLOADABLE_CACHE_MS, 10_000);
    counting = {
      // In Redis with REDIS_URL, like the other limits: a visitor's downloads count across every instance.
      limiter: limiterFor(rateLimit('DOWNLOAD_RATE_LIMIT', RATE_LIMIT_DEFAULTS.DOWNLOAD_RATE_LIMIT), sharedRedis(strapi.log)),
      find: (target) => known.get(downloadKey(target), () => findDownloadable(strapi, target)),
    };
  }
  return counting;
}
