import type { Core } from '@strapi/strapi';
import type { Context } from '../lib/koa';
import { statsCacheMs } from '../lib/config';
import { requestFingerprint } from '../lib/fingerprint';
import { sendError, stringParam } from '../lib/http';
import { MESSAGES } from '../lib/messages';
import { beaconPath, countView, normalisePath, OnlineVisitors, SITE_PATH, TtlCache, viewTotals, type ViewTotals } from '../lib/views';

/** The page-view beacon and the visitor statistics ("Thống kê truy cập"). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const online = new OnlineVisitors();
  const cacheMs = statsCacheMs();
  const totals = new TtlCache<ViewTotals>(cacheMs);
  const onlineNow = new TtlCache<number>(cacheMs, 1);

  return {
    async view(ctx: Context) {
      const path = beaconPath(ctx.request.body);
      if (!path) return sendError(ctx, 400, 'ValidationError', MESSAGES.pathInvalid);
      online.record(requestFingerprint(ctx));
      await countView(strapi, path);
      ctx.status = 204;
    },

    async stats(ctx: Context) {
      const rawPath = stringParam(ctx.query.path);
      const path = rawPath === undefined ? undefined : normalisePath(rawPath);
      if (path === null) return sendError(ctx, 400, 'ValidationError', MESSAGES.pathInvalid);
      const [visitors, site, page] = await Promise.all([
        onlineNow.get('online', async () => online.count()),
        totals.get(SITE_PATH, () => viewTotals(strapi, SITE_PATH)),
        path === undefined ? undefined : totals.get(path, () => viewTotals(strapi, path)),
      ]);
      ctx.set('Cache-Control', `public, max-age=${Math.floor(cacheMs / 1000)}`);
      ctx.body = {
        data: { online: visitors, ...site, ...(page && path ? { page: { path, ...page } } : {}) },
        meta: {},
      };
    },
  };
};
