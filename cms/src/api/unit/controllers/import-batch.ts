import type { Core } from '@strapi/strapi';
import type { Context } from '../../engagement/lib/koa';
import { sendError } from '../../engagement/lib/http';
import { BatchRefusal, parseBatch, writeBatch } from '../../../legacy-import/import-batch';

/**
 * POST /api/editor/import-batch ({ type, unit, entries: [{ legacyId, documentId?, data, publish }] }): every entry
 * created or updated (and published or not) in one transaction. 200 with { data: [{ legacyId, documentId, id, slug,
 * outcome }] } in the entries' order; a refused batch is 4xx (500 for an unexpected error) with an English message
 * naming the entry (details.legacyId), and nothing of it is written.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async write(ctx: Context) {
    const user = ctx.state.adminUser as { id: number; roles?: Array<{ code?: string }> };
    try {
      const request = parseBatch(ctx.request.body);
      // The entries are written as this admin user, so the units' write rules (src/validation/unit-scope.ts) hold
      // as in the content manager.
      ctx.state.user = user;
      ctx.state.auth = { strategy: { name: 'admin' }, credentials: user };
      ctx.body = { data: await writeBatch(strapi, { user, ability: ctx.state.adminAbility }, request) };
    } catch (error) {
      if (!(error instanceof BatchRefusal)) throw error;
      const name = error.status === 403 ? 'ForbiddenError' : error.status === 404 ? 'NotFoundError' : error.status === 400 ? 'ValidationError' : 'ApplicationError';
      sendError(ctx, error.status, name, error.message, { legacyId: error.legacyId, errors: error.errors });
    }
  },
});
