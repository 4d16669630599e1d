import type { Core } from '@strapi/strapi';
import { isEntryDocumentId, type DownloadCount } from '@portal/shared-types';
import type { Context } from '../lib/koa';
import { statsCacheMs } from '../lib/config';
import { beaconDownload, countDownload, downloadCounting, downloadTotals } from '../lib/downloads';
import { requestFingerprint } from '../lib/fingerprint';
import { sendError, stringParam } from '../lib/http';
import { MESSAGES } from '../lib/messages';
import { RedisUnavailableError, sharedRedis } from '../lib/redis';
import { cachedInRedis } from '../lib/shared-cache';
import { sendUnavailable } from '../lib/unavailable';
import { bufferView, onlineCount } from '../lib/view-buffer';
import { beaconPath, createViewWriter, normalisePath, OnlineVisitors, SITE_PATH, TtlCache, viewTotals, type ViewTotals } from '../lib/views';

/** Entries one stats request may ask download counts for: a schedule week lists one schedule per organisation. */
const MAX_DOWNLOAD_ENTRIES = 50;

/**
 * The page-view and download beacons and the visitor statistics ("Thống kê truy cập", "lượt tải"). With REDIS_URL,
 * view and download beacons are buffered in Redis and written in batches (lib/view-buffer.ts), and the statistics are
 * cached in Redis for every instance.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const redis = sharedRedis(strapi.log);
  const online = new OnlineVisitors();
  const cacheMs = statsCacheMs();
  const totals = new TtlCache<ViewTotals>(cacheMs);
  const onlineNow = new TtlCache<number>(cacheMs, 1);
  const downloads = new TtlCache<DownloadCount[]>(cacheMs);
  const counting = downloadCounting(strapi);
  const views = createViewWriter(strapi);

  const cachedTotals = (path: string) =>
    redis ? cachedInRedis(redis, `stats:${path}`, cacheMs, () => viewTotals(strapi, path)) : totals.get(path, () => viewTotals(strapi, path));
  const cachedOnline = () =>
    redis
      ? cachedInRedis(redis, 'stats-online', cacheMs, () => onlineCount(redis)).catch((error: unknown) => {
          if (error instanceof RedisUnavailableError) return online.count();
          throw error;
        })
      : onlineNow.get('online', async () => online.count());

  return {
    async view(ctx: Context) {
      const path = beaconPath(ctx.request.body);
      if (!path) return sendError(ctx, 400, 'ValidationError', MESSAGES.pathInvalid);
      const fingerprint = requestFingerprint(ctx);
      // Kept locally too: the statistics fall back to this instance's view when Redis is down.
      online.record(fingerprint);
      if (redis) {
        try {
          await bufferView(redis, path, fingerprint);
        } catch (error) {
          if (error instanceof RedisUnavailableError) return sendUnavailable(ctx);
          throw error;
        }
      } else {
        await views.count(path);
      }
      ctx.status = 204;
    },

    async download(ctx: Context) {
      const target = beaconDownload(ctx.request.body);
      if (!target) return sendError(ctx, 400, 'ValidationError', MESSAGES.downloadInvalid);
      const found = await counting.find(target);
      if (!found) return sendError(ctx, 404, 'NotFoundError', MESSAGES.downloadNotFound);
      online.record(requestFingerprint(ctx));
      try {
        await countDownload(strapi, target, found.unit);
      } catch (error) {
        if (error instanceof RedisUnavailableError) return sendUnavailable(ctx);
        throw error;
      }
      ctx.status = 204;
    },

    async stats(ctx: Context) {
      const rawPath = stringParam(ctx.query.path);
      const path = rawPath === undefined ? undefined : normalisePath(rawPath);
      if (path === null) return sendError(ctx, 400, 'ValidationError', MESSAGES.pathInvalid);
      const entries = downloadEntries(ctx.query.downloads);
      if (entries === null) return sendError(ctx, 400, 'ValidationError', MESSAGES.downloadListInvalid);
      const [visitors, site, page, files] = await Promise.all([
        cachedOnline(),
        cachedTotals(SITE_PATH),
        path === undefined ? undefined : cachedTotals(path),
        entries === undefined ? undefined : downloads.get(entries.join(','), () => downloadTotals(strapi, entries)),
      ]);
      ctx.set('Cache-Control', `public, max-age=${Math.floor(cacheMs / 1000)}`);
      ctx.body = {
        data: { online: visitors, ...site, ...(page && path ? { page: { path, ...page } } : {}), ...(files ? { downloads: files } : {}) },
        meta: {},
      };
    },
  };
};

/** `downloads=<documentId>,<documentId>…` sorted and deduplicated (one cache entry per set); null when malformed. */
function downloadEntries(raw: unknown): string[] | undefined | null {
  const text = stringParam(raw);
  if (text === undefined) return raw === undefined ? undefined : null;
  const entries = [...new Set(text.split(','))].sort();
  if (entries.length > MAX_DOWNLOAD_ENTRIES || !entries.every(isEntryDocumentId)) return null;
  return entries;
}
