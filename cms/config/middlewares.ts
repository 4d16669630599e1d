import type { Core } from '@strapi/strapi';
import { corsOrigins } from '../src/api/engagement/lib/config';
import { unitOrigins } from '../src/units/unit-origins';
import { readS3Settings, s3PublicOrigin } from '../src/uploads/s3-storage';

export default (): Core.Config.Middlewares => {
  const listed = corsOrigins();
  // The site's origins, and every unit's own hostname (read at request time, cached briefly).
  const origin = async () => {
    const strapi = (globalThis as { strapi?: Core.Strapi }).strapi;
    return strapi ? [...listed, ...(await unitOrigins(strapi))] : listed;
  };
  // With uploads in S3, the admin shows, plays and fetches (crop, download) files from the storage's public origin.
  const s3 = readS3Settings();
  const storage = s3 ? [s3PublicOrigin(s3)] : [];
  const directives = {
    'img-src': ["'self'", 'data:', 'blob:', 'https://market-assets.strapi.io', ...storage],
    'media-src': ["'self'", 'data:', 'blob:', ...storage],
    'connect-src': ["'self'", 'https:', ...storage],
  };
  return [
  // First: a stopping CMS answers its health check 404, so the load balancer takes it out (src/server/graceful-stop.ts).
  'global::draining-health',
  'strapi::logger',
  'strapi::errors',
  {
    name: 'strapi::security',
    config: { contentSecurityPolicy: { useDefaults: true, directives } },
  },
  // Browsers may call the CMS only from the sites (SITE_URL or CORS_ORIGINS, units' hostnames); no-JS posts need no CORS.
  { name: 'strapi::cors', config: { origin, methods: ['GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS'], headers: ['Content-Type', 'Authorization', 'Origin', 'Accept', 'X-Preview-Secret'], keepHeaderOnError: true } },
  'strapi::poweredBy',
  'strapi::query',
  'global::published-only',
  // Public reads of published content, answered from memory until the next write (src/response-cache/).
  'global::response-cache',
  // Content type and size checks of the public write routes, before any body is read.
  'global::public-intake',
  // A request that cannot reach the database (a PostgreSQL restart): 503 with Retry-After, not a 500. Outside
  // storage-unavailable, which answers for the object storage's own connection errors first.
  'global::database-unavailable',
  // An upload that cannot reach the object storage: 503 with Retry-After, not a 500.
  'global::storage-unavailable',
  // Forms and text are only ever small; JSON stays at koa-body's 1 MB for the admin's rich-text entries.
  { name: 'strapi::body', config: { formLimit: '32kb', textLimit: '32kb', jsonLimit: '1mb' } },
  'strapi::session',
  'strapi::favicon',
  // Readers without JavaScript: their downloads of uploaded files are counted here (issue 24).
  'global::download-count',
  'strapi::public',
  ];
};
