import type { Core } from '@strapi/strapi';
import { sendUnavailable } from '../api/engagement/lib/unavailable';
import { isDatabaseUnavailable, mayBeDatabaseOutage } from '../database/unavailable';

/**
 * While PostgreSQL restarts: a request that fails for want of the database answers 503 with Retry-After and the
 * Vietnamese "try again" sentence instead of Strapi's 500 (nothing was committed, so the client may send it again).
 * Some failures hide the cause (see mayBeDatabaseOutage): they count as the outage when the database does not answer
 * a ping right after.
 */
const databaseUnavailable: Core.MiddlewareFactory = (_config, { strapi }) => {
  const databaseAnswers = () => strapi.db.connection.raw('select 1').then(
    () => true,
    () => false,
  );
  return async (ctx, next) => {
    try {
      await next();
    } catch (error) {
      if (!isDatabaseUnavailable(error) && !(mayBeDatabaseOutage(error) && !(await databaseAnswers()))) throw error;
      strapi.log.error(`Database unavailable during ${ctx.method} ${ctx.path}: ${String(error)}`);
      sendUnavailable(ctx);
    }
  };
};

export default databaseUnavailable;
