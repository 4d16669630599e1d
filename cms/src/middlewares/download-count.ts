import type { Core } from '@strapi/strapi';
import { DOWNLOAD_QUERY, parseDownloadKey } from '@portal/shared-types';
import { countDownload, downloadCounting } from '../api/engagement/lib/downloads';
import { requestFingerprint } from '../api/engagement/lib/fingerprint';

/**
 * Counts readers without JavaScript (issue 24): a counted file link carries its key (`?tai=<key>`), which the page's
 * script removes before sending its beacon, so a request for an uploaded file still carrying it is a no-JS download.
 * Counted only when this CMS served the whole file (200), the file is the one the key names, and the visitor is within
 * DOWNLOAD_RATE_LIMIT (shared with the beacon). The count is written after the answer and never awaited by it: the
 * file never waits for the database, and a failed count is only logged.
 */
const downloadCount: Core.MiddlewareFactory = (_config, { strapi }) => {
  return async (ctx, next) => {
    await next();
    if (ctx.method !== 'GET' || ctx.status !== 200 || !ctx.path.startsWith('/uploads/')) return;
    const raw = ctx.query[DOWNLOAD_QUERY];
    const target = typeof raw === 'string' ? parseDownloadKey(raw) : null;
    if (!target) return;
    const counting = downloadCounting(strapi);
    const served = ctx.path;
    // Not awaited either: with Redis down the limiter throws, and the file was already sent.
    void Promise.resolve(counting.limiter.take(requestFingerprint(ctx)))
      .then((taken) => (taken.allowed ? counting.find(target) : null))
      .then((found) => (found && found.url === served ? countDownload(strapi, target, found.unit) : undefined))
      .catch((error: unknown) => strapi.log.warn(`Download count of ${served} not recorded: ${String(error)}`));
  };
};

export default downloadCount;
