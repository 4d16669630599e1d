import type { Core } from '@strapi/strapi';
import { rateLimit, RATE_LIMIT_DEFAULTS } from '../lib/config';
import { requireAdminPermission } from '../lib/admin-auth';
import { downloadCounting } from '../lib/downloads';
import { limiterFor, rateLimited } from '../lib/rate-limit';
import { sharedRedis } from '../lib/redis';

/**
 * The only routes through which visitors write: narrow, validated, rate-limited per visitor, and public by
 * `auth: false` (the public role itself gets no permission on any content type). Contract: ../README.md.
 */
export default ({ strapi }: { strapi: Core.Strapi }): Core.RouterInput => {
  // With REDIS_URL the limits are counted in Redis, across every CMS instance.
  const redis = sharedRedis(strapi.log);
  const limited = (variable: keyof typeof RATE_LIMIT_DEFAULTS) => {
    const limit = rateLimit(variable, RATE_LIMIT_DEFAULTS[variable]);
    return rateLimited(limit, limiterFor(limit, redis));
  };
  const feedbackLimit = limited('FEEDBACK_RATE_LIMIT');
  const ratingLimit = limited('RATING_RATE_LIMIT');
  const viewLimit = limited('VIEW_RATE_LIMIT');
  // Shared with the CMS serving a file to a reader without JavaScript (download-count middleware).
  const downloadLimit = rateLimited(rateLimit('DOWNLOAD_RATE_LIMIT', RATE_LIMIT_DEFAULTS.DOWNLOAD_RATE_LIMIT), downloadCounting(strapi).limiter);
  const satisfactionLimit = limited('SATISFACTION_RATE_LIMIT');
  const requestLimit = limited('INFORMATION_REQUEST_RATE_LIMIT');
  const open = (middlewares: Core.MiddlewareHandler[] = []) => ({ auth: false as const, middlewares });

  return {
    type: 'content-api',
    routes: [
      { method: 'POST', path: '/public/feedback', handler: 'public-feedback.submit', config: open([feedbackLimit]) },
      { method: 'GET', path: '/public/feedback', handler: 'public-feedback.list', config: open() },
      { method: 'POST', path: '/public/ratings', handler: 'public-rating.submit', config: open([ratingLimit]) },
      { method: 'GET', path: '/public/ratings', handler: 'public-rating.find', config: open() },
      { method: 'POST', path: '/public/views', handler: 'public-stats.view', config: open([viewLimit]) },
      { method: 'POST', path: '/public/downloads', handler: 'public-stats.download', config: open([downloadLimit]) },
      { method: 'GET', path: '/public/stats', handler: 'public-stats.stats', config: open() },
      {
        method: 'POST',
        path: '/public/information-requests',
        handler: 'public-information-request.submit',
        config: open([requestLimit]),
      },
      { method: 'POST', path: '/public/satisfaction', handler: 'public-satisfaction.submit', config: open([satisfactionLimit]) },
      {
        method: 'GET',
        path: '/editor/satisfaction-summary',
        handler: 'public-satisfaction.summary',
        config: open([requireAdminPermission(strapi, 'api::satisfaction-vote.satisfaction-vote')]),
      },
      {
        method: 'GET',
        path: '/editor/feedback-export',
        handler: 'public-feedback.exportCsv',
        config: open([requireAdminPermission(strapi, 'api::feedback.feedback')]),
      },
    ],
  };
};
