import type { Core } from '@strapi/strapi';
import { requiredSecret } from '../src/env/secrets';
import { previewOrigins, previewUrl } from '../src/preview/preview-url';

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => ({
  // Off where nobody signs in (benchmarks); tests build and serve it for the editor journey.
  serveAdminPanel: env.bool('SERVE_ADMIN_PANEL', true),
  auth: { secret: requiredSecret('ADMIN_JWT_SECRET') },
  apiToken: { salt: requiredSecret('API_TOKEN_SALT') },
  transfer: { token: { salt: requiredSecret('TRANSFER_TOKEN_SALT') } },
  secrets: { encryptionKey: requiredSecret('ENCRYPTION_KEY') },
  flags: { nps: false, promoteEE: false },
  // Admin sign-in attempts per e-mail and address in 5 minutes. Strapi's 5 stays the production default; development
  // and test instances (where every test file signs in to one shared CMS) allow more.
  rateLimit: {
    enabled: true,
    max: env.int('ADMIN_LOGIN_RATE_LIMIT', env('NODE_ENV') === 'production' ? 5 : 50),
  },
  // The free preview button: published entries open their page on the site, drafts the site's preview route.
  preview: {
    enabled: true,
    config: {
      allowedOrigins: previewOrigins(),
      handler: (uid: string, params: { documentId?: string; status?: string }) => previewUrl(strapi, uid, params),
    },
  },
});
