import type { Core } from '@strapi/strapi';
import { configurePublicPermissions } from './bootstrap/public-permissions';
import { ensureDemoAdmin } from './bootstrap/demo-admin';
import { ensureSiteToken } from './bootstrap/site-token';
import { seedDemoContent } from './seed/seed-demo-content';
import { registerSlugFromTitle } from './validation/slug-from-title';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerSlugFromTitle(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await configurePublicPermissions(strapi);
    await ensureDemoAdmin(strapi);
    await ensureSiteToken(strapi);
    await seedDemoContent(strapi);
  },
};
