import type { Core } from '@strapi/strapi';
import { requireAdminPermission } from '../../engagement/lib/admin-auth';
import type { Context } from '../../engagement/lib/koa';

/**
 * The legacy import's batched writer (issue 17, `pnpm run import:nukeviet`): an admin access token of a user allowed
 * to create entries of the batch's type in the content manager. Which unit and which entries they may write is
 * checked by the controller, through the same permission checker. Contract: docs/importing.md.
 */
export default ({ strapi }: { strapi: Core.Strapi }): Core.RouterInput => ({
  type: 'content-api',
  routes: [
    {
      method: 'POST',
      path: '/editor/import-batch',
      handler: 'import-batch.write',
      config: {
        auth: false,
        middlewares: [
          requireAdminPermission(strapi, (ctx: Context) => String((ctx.request.body as { type?: unknown } | undefined)?.type ?? ''), 'plugin::content-manager.explorer.create'),
        ],
      },
    },
  ],
});
