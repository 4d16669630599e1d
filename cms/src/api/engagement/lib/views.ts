import type { Core } from '@strapi/strapi';
import { vietnamDay } from './day';
import { knex, newDocumentId, toNumber, type Knex } from './sql';

/**
 * Visitor statistics. Each beacon adds one to two aggregate rows of the day — the page's and the whole portal's
 * (path "*") — with INSERT … ON CONFLICT DO UPDATE SET views = views + n, which both SQLite and PostgreSQL run
 * atomically, so concurrent hits are never lost and the table grows by pages × days, not by hits.
 */

const PAGE_VIEWS = 'engagement_page_views';
export const SITE_PATH = '*';

const PATH = /^\/[A-Za-z0-9\-._~/%]*$/;

/** The page path of a beacon: query and fragment dropped, repeated slashes merged; null when not a site path. */
export function normalisePath(raw: string): string | null {
  const path = raw.trim().split(/[?#]/, 1)[0]!.replace(/\/{2,}/g, '/');
  if (path.length === 0 || path.length > 300 || !PATH.test(path)) return null;
  try {
    decodeURIComponent(path);
  } catch {
    return null;
  }
  return path;
}

/** The path a beacon sent: the whole text/plain body (or JSON text), or the only field `path` of a form or JSON body. */
export function beaconPath(body: unknown): string | null {
  if (typeof body === 'string') {
    const text = body.trim();
    if (!text.startsWith('{')) return normalisePath(text);
    try {
      return beaconPath(JSON.parse(text) as unknown);
    } catch {
      return null;
    }
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return null;
  const { path, ...rest } = body as Record<string, unknown>;
  return typeof path === 'string' && Object.keys(rest).length === 0 ? normalisePath(path) : null;
}

/** Views to add per page and Vietnamese day; each also counts on the whole portal's row of its day (path "*"). */
export class ViewCounts {
  private readonly rows = new Map<string, { day: string; path: string; views: number }>();

  add(day: string, path: string, views: number): void {
    this.bump(day, path, views);
    this.bump(day, SITE_PATH, views);
  }

  values(): Array<{ day: string; path: string; views: number }> {
    return [...this.rows.values()];
  }

  private bump(day: string, path: string, views: number): void {
    const key = `${day}\t${path}`;
    const row = this.rows.get(key);
    if (row) row.views += views;
    else this.rows.set(key, { day, path, views });
  }
}

const ROWS_PER_STATEMENT = 500;

/** Adds the counts with INSERT … ON CONFLICT DO UPDATE (atomic per statement); pass a transaction for several chunks. */
export async function addViews(db: Knex, counts: ViewCounts, now: Date = new Date()): Promise<void> {
  const all = counts.values();
  for (let start = 0; start < all.length; start += ROWS_PER_STATEMENT) {
    const chunk = all.slice(start, start + ROWS_PER_STATEMENT);
    await db.raw(
      `INSERT INTO ${PAGE_VIEWS} (document_id, page_path, day, views, created_at, updated_at, published_at)
       VALUES ${chunk.map(() => '(?, ?, ?, ?, ?, ?, ?)').join(', ')}
       ON CONFLICT (page_path, day) DO UPDATE SET views = ${PAGE_VIEWS}.views + excluded.views, updated_at = excluded.updated_at`,
      chunk.flatMap((row) => [newDocumentId(), row.path, row.day, row.views, now, now, now]),
    );
  }
}

export interface ViewWriter {
  /** Resolves once the view is committed to the database (then the beacon may be answered 204). */
  count(path: string, now?: Date): Promise<void>;
}

/**
 * One instance without Redis: group commit. Beacons arriving while a write runs wait and go together in the next
 * one, so the database sees one transaction (one fsync) per batch instead of one per beacon, and a beacon is
 * still answered only once its count is committed — nothing acknowledged is lost if the process dies.
 */
export function createViewWriter(strapi: Core.Strapi): ViewWriter {
  let queue: Array<{ day: string; path: string; done: (error?: unknown) => void }> = [];
  let writing = false;
  const drain = async () => {
    writing = true;
    while (queue.length > 0) {
      const batch = queue;
      queue = [];
      const counts = new ViewCounts();
      for (const item of batch) counts.add(item.day, item.path, 1);
      try {
        await knex(strapi).transaction((trx) => addViews(trx, counts));
        for (const item of batch) item.done();
      } catch (error) {
        for (const item of batch) item.done(error);
      }
    }
    writing = false;
  };
  return {
    count(path, now = new Date()) {
      return new Promise<void>((resolve, reject) => {
        queue.push({ day: vietnamDay(now), path, done: (error) => (error === undefined ? resolve() : reject(error)) });
        if (!writing) void drain();
      });
    },
  };
}

export interface ViewTotals {
  today: number;
  month: number;
  total: number;
}

/** Views of one path ("*" = the whole portal) today, this calendar month and in all, Vietnamese days. */
export async function viewTotals(strapi: Core.Strapi, path: string, now: Date = new Date()): Promise<ViewTotals> {
  const day = vietnamDay(now);
  const monthStart = `${day.slice(0, 7)}-01`;
  const row = await knex(strapi)(PAGE_VIEWS)
    .where('page_path', path)
    .first(
      knex(strapi).raw('SUM(CASE WHEN day = ? THEN views ELSE 0 END) AS today', [day]),
      knex(strapi).raw('SUM(CASE WHEN day >= ? THEN views ELSE 0 END) AS month', [monthStart]),
      knex(strapi).raw('SUM(views) AS total'),
    );
  return { today: toNumber(row?.today), month: toNumber(row?.month), total: toNumber(row?.total) };
}

/**
 * Visitors seen in the last five minutes: one set of daily fingerprints per minute, five minutes kept. In memory and
 * per process, like the old portals' "Đang truy cập".
 */
export class OnlineVisitors {
  private readonly minutes = new Map<number, Set<string>>();

  constructor(
    private readonly windowMinutes = 5,
    private readonly maxPerMinute = 100_000,
  ) {}

  record(fingerprint: string, now: number = Date.now()): void {
    const minute = Math.floor(now / 60_000);
    let seen = this.minutes.get(minute);
    if (!seen) {
      seen = new Set();
      this.minutes.set(minute, seen);
      for (const old of this.minutes.keys()) if (old <= minute - this.windowMinutes) this.minutes.delete(old);
    }
    if (seen.size < this.maxPerMinute) seen.add(fingerprint);
  }

  count(now: number = Date.now()): number {
    const minute = Math.floor(now / 60_000);
    const union = new Set<string>();
    for (const [bucket, seen] of this.minutes) {
      if (bucket > minute - this.windowMinutes) for (const fingerprint of seen) union.add(fingerprint);
    }
    return union.size;
  }
}

/** A small time-to-live cache for the stats endpoint; the oldest entry goes first when full. */
export class TtlCache<T> {
  private readonly entries = new Map<string, { expires: number; value: Promise<T> }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 1000,
  ) {}

  get(key: string, load: () => Promise<T>, now: number = Date.now()): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && hit.expires > now) return hit.value;
    const value = load();
    this.entries.delete(key);
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { expires: now + this.ttlMs, value });
    value.catch(() => this.entries.delete(key));
    return value;
  }
}
