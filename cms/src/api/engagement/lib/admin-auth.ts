import type { Core } from '@strapi/strapi';
import type { Context, Next } from './koa';
import { sendError } from './http';

/**
 * Content-API routes are all `content-api` in an app's own `src/api` (Strapi forces the type), so a route for editors
 * checks the admin panel's access token itself, exactly as the admin auth strategy does: a valid token of an active
 * session, an active admin user, and that user's permission to read the given content type in the content manager.
 */
export function requireAdminPermission(
  strapi: Core.Strapi,
  subjectOf: string | ((ctx: Context) => string),
  action = 'plugin::content-manager.explorer.read',
) {
  return async (ctx: Context, next: Next) => {
    // A function names the subject from the request (a route serving several content types, which it checks itself).
    const subject = typeof subjectOf === 'string' ? subjectOf : subjectOf(ctx);
    const [scheme, token, extra] = ctx.get('authorization').split(/\s+/);
    if (scheme?.toLowerCase() !== 'bearer' || !token || extra !== undefined) {
      return sendError(ctx, 401, 'UnauthorizedError', 'An admin access token is required (Authorization: Bearer <token>).');
    }
    const sessions = strapi.sessionManager('admin');
    const result = sessions.validateAccessToken(token);
    if (!result.isValid || !(await sessions.isSessionActive(result.payload.sessionId))) {
      return sendError(ctx, 401, 'UnauthorizedError', 'The admin access token is invalid or its session has ended; log in again.');
    }
    const rawId = String(result.payload.userId);
    const user = await strapi.db.query('admin::user').findOne({ where: { id: /^\d+$/.test(rawId) ? Number(rawId) : rawId }, populate: ['roles'] });
    if (!user || user.isActive !== true) {
      return sendError(ctx, 401, 'UnauthorizedError', 'This admin account is missing or inactive.');
    }
    const ability = await strapi.service('admin::permission').engine.generateUserAbility(user);
    if (!ability.can(action, subject)) {
      return sendError(ctx, 403, 'ForbiddenError', `This admin account may not ${action.split('.').pop()} ${subject}.`);
    }
    ctx.state.adminUser = user;
    ctx.state.adminAbility = ability;
    return next();
  };
}

/** A Strapi query as the content manager's list sends it (its filters, search and sort). */
export interface ReadQuery {
  filters?: Record<string, unknown>;
  _q?: string;
  sort?: unknown;
}

/**
 * The query narrowed to what the admin user checked by requireAdminPermission may read of the type, through the
 * content manager's own permission checker: fields they may not read are dropped from the filters and the RBAC
 * conditions (an editor's own units, unit-conditions.ts) are added, exactly as on the list view. Null when they may
 * not read the type at all.
 */
export async function readableQuery(strapi: Core.Strapi, ctx: Context, model: string, query: ReadQuery): Promise<ReadQuery | null> {
  const checker = strapi.plugin('content-manager').service('permission-checker').create({ userAbility: ctx.state.adminAbility, model });
  if (checker.cannot.read()) return null;
  return (await checker.sanitizedQuery.read(query)) as ReadQuery;
}
