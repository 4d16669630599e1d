import type { Core } from '@strapi/strapi';
import { requireAdminPermission } from '../../engagement/lib/admin-auth';

/**
 * The Word import (issue 24), for the admin's "Nhập từ Word" button and `pnpm run import:word`: an admin access token
 * of a user allowed to create articles in the content manager. Which unit they may import into is checked by the
 * controller, through the same permission checker. Contract: docs/importing.md.
 */
export default ({ strapi }: { strapi: Core.Strapi }): Core.RouterInput => ({
  type: 'content-api',
  routes: [
    {
      method: 'POST',
      path: '/editor/word-import',
      handler: 'word-import.importFile',
      config: { auth: false, middlewares: [requireAdminPermission(strapi, 'api::article.article', 'plugin::content-manager.explorer.create')] },
    },
  ],
});
