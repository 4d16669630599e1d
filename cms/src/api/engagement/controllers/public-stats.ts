import type { Core } from '@strapi/strapi';
import type { Context } from '../lib/koa';
import { statsCacheMs } from '../lib/config';
import { requestFingerprint } from '../lib/fingerprint';
import { sendError, stringParam } from '../lib/http';
import { MESSAGES } from '../lib/messages';
import { RedisUnavailableError, sharedRedis } from '../lib/redis';
import { cachedInRedis } from '../lib/shared-cache';
import { sendUnavailable } from '../lib/unavailable';
import { bufferView, onlineCount } from '../lib/view-buffer';
import { beaconPath, countView, normalisePath, OnlineVisitors, SITE_PATH, TtlCache, viewTotals, type ViewTotals } from '../lib/views';

/**
 * The page-view beacon and the visitor statistics ("Thống kê truy cập"). With REDIS_URL, beacons are buffered in
 * Redis and written in batches (lib/view-buffer.ts), and the statistics are cached in Redis for every instance.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const redis = sharedRedis(strapi.log);
  const online = new OnlineVisitors();
  const cacheMs = statsCacheMs();
  const totals = new TtlCache<ViewTotals>(cacheMs);
  const onlineNow = new TtlCache<number>(cacheMs, 1);

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
        await countView(strapi, path);
      }
      ctx.status = 204;
    },

    async stats(ctx: Context) {
      const rawPath = stringParam(ctx.query.path);
      const path = rawPath === undefined ? undefined : normalisePath(rawPath);
      if (path === null) return sendError(ctx, 400, 'ValidationError', MESSAGES.pathInvalid);
      const [visitors, site, page] = await Promise.all([
        cachedOnline(),
        cachedTotals(SITE_PATH),
        path === undefined ? undefined : cachedTotals(path),
      ]);
      ctx.set('Cache-Control', `public, max-age=${Math.floor(cacheMs / 1000)}`);
      ctx.body = {
        data: { online: visitors, ...site, ...(page && path ? { page: { path, ...page } } : {}) },
        meta: {},
      };
    },
  };
};
