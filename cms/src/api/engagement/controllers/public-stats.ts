import type { Core } from '@strapi/strapi';
import { isEntryDocumentId, type DownloadCount } from '@portal/shared-types';
import type { Context } from '../lib/koa';
import { statsCacheMs } from '../lib/config';
import { beaconDownload, countDownload, downloadCounting, downloadTotals } from '../lib/downloads';
import { requestFingerprint } from '../lib/fingerprint';
import { sendError, stringParam } from '../lib/http';
import { MESSAGES } from '../lib/messages';
import { beaconPath, countView, normalisePath, OnlineVisitors, SITE_PATH, TtlCache, viewTotals, type ViewTotals } from '../lib/views';

/** Entries one stats request may ask download counts for: a schedule week lists one schedule per organisation. */
const MAX_DOWNLOAD_ENTRIES = 50;

/** The page-view and download beacons and the visitor statistics ("Thống kê truy cập", "lượt tải"). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const online = new OnlineVisitors();
  const cacheMs = statsCacheMs();
  const totals = new TtlCache<ViewTotals>(cacheMs);
  const onlineNow = new TtlCache<number>(cacheMs, 1);
  const downloads = new TtlCache<DownloadCount[]>(cacheMs);
  const counting = downloadCounting(strapi);

  return {
    async view(ctx: Context) {
      const path = beaconPath(ctx.request.body);
      if (!path) return sendError(ctx, 400, 'ValidationError', MESSAGES.pathInvalid);
      online.record(requestFingerprint(ctx));
      await countView(strapi, path);
      ctx.status = 204;
    },

    async download(ctx: Context) {
      const target = beaconDownload(ctx.request.body);
      if (!target) return sendError(ctx, 400, 'ValidationError', MESSAGES.downloadInvalid);
      const found = await counting.find(target);
      if (!found) return sendError(ctx, 404, 'NotFoundError', MESSAGES.downloadNotFound);
      online.record(requestFingerprint(ctx));
      await countDownload(strapi, target, found.unit);
      ctx.status = 204;
    },

    async stats(ctx: Context) {
      const rawPath = stringParam(ctx.query.path);
      const path = rawPath === undefined ? undefined : normalisePath(rawPath);
      if (path === null) return sendError(ctx, 400, 'ValidationError', MESSAGES.pathInvalid);
      const entries = downloadEntries(ctx.query.downloads);
      if (entries === null) return sendError(ctx, 400, 'ValidationError', MESSAGES.downloadListInvalid);
      const [visitors, site, page, files] = await Promise.all([
        onlineNow.get('online', async () => online.count()),
        totals.get(SITE_PATH, () => viewTotals(strapi, SITE_PATH)),
        path === undefined ? undefined : totals.get(path, () => viewTotals(strapi, path)),
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
