import type { Core } from '@strapi/strapi';
import { assertProductionSecrets, requiredSecret } from '../src/env/secrets';

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => {
  // Config is the first thing Strapi loads: fail here, before any DB work.
  assertProductionSecrets();
  return {
    host: env('HOST', '127.0.0.1'),
    port: env.int('PORT', 1337),
    url: env('PUBLIC_URL', ''),
    // Behind a reverse proxy, trust X-Forwarded-For so rate limits see visitors, not the proxy.
    proxy: env.bool('TRUST_PROXY', false),
    // Uploaded files live under <public>/uploads; tests give each CMS its own folder.
    dirs: { public: env('STRAPI_PUBLIC_DIR', './public') },
    // No update checks: the machines reach only the npm registry.
    logger: { updates: { enabled: false } },
    app: { keys: requiredSecret('APP_KEYS').split(',').map((key) => key.trim()) },
  };
};
