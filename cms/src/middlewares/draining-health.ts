import type { Core } from '@strapi/strapi';
import { isStopping } from '../server/graceful-stop';

/**
 * GET /_health answers 404 once the CMS is stopping (src/server/graceful-stop.ts): HAProxy's `http-check
 * disable-on-404` then stops sending new requests here without cutting those in flight, which a failed check (a 5xx,
 * a refused connection) would do once the instance is marked down. Strapi answers 204 otherwise.
 */
const drainingHealth: Core.MiddlewareFactory = () => {
  return async (ctx, next) => {
    if (ctx.path === '/_health' && isStopping()) {
      ctx.status = 404;
      return;
    }
    await next();
  };
};

export default drainingHealth;
