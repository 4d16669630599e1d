/**
 * The rebuild service on its own, for a server where the CMS runs elsewhere:
 *
 *   STRAPI_URL=… STRAPI_TOKEN_FILE=… SITE_URL=… REBUILD_WEBHOOK_SECRET=… node scripts/src/rebuild/serve.ts
 *
 * Listens on REBUILD_HOST:REBUILD_PORT (default 127.0.0.1:4322) for Strapi webhooks, builds once at start, and
 * writes builds under DEPLOY_ROOT; point the web server at DEPLOY_ROOT/current (or set SITE_PORT to serve it here).
 * With REBUILD_LOCK_URL it is one of several services of which one builds (docs/cluster.md); with DEPLOY_S3_BUCKET
 * each build also goes to S3 (docs/deploy.md).
 */
import path from 'node:path';
import { httpOrigin, listenStaticSite, originsOf } from '../static-server.ts';
import { readRebuildSettings, requiredEnv as required } from './config.ts';
import { listenRebuildService } from './listen.ts';
import { buildWhenActive, lockFromEnv } from './one-builder.ts';
import { readS3DeploySettings, s3Deploy } from './s3-deploy.ts';

async function main(): Promise<void> {
  const settings = readRebuildSettings();
  const host = process.env.REBUILD_HOST?.trim() || '127.0.0.1';
  const port = Number(process.env.REBUILD_PORT?.trim() || 4322);
  const tokenFile = process.env.STRAPI_TOKEN_FILE?.trim();
  const lock = lockFromEnv('site');
  const s3 = readS3DeploySettings();
  const running = await listenRebuildService({
    settings,
    host,
    port,
    cmsUrl: required('STRAPI_URL'),
    ...(tokenFile ? { tokenFile } : { token: required('STRAPI_TOKEN') }),
    siteUrl: required('SITE_URL'),
    ...(lock === null ? {} : { active: () => lock.isActive(), buildLock: () => lock.buildLock('site') }),
    ...(s3 === null ? {} : { remote: s3Deploy(s3) }),
  });
  console.log(`Rebuild service on ${running.url} (POST /webhook, GET /status); builds in ${settings.deployRoot}` +
    (s3 === null ? '' : `, deployed to s3://${s3.bucket}/`));

  const sitePort = process.env.SITE_PORT?.trim();
  if (sitePort) {
    // The CMS admin's preview panel frames the site: SITE_FRAME_ANCESTORS lists its public URL(s).
    // On IPv6 too: 127.0.0.1 also serves ::1, 0.0.0.0 serves :: (dual-stack).
    const site = await listenStaticSite(() => path.join(settings.deployRoot, 'current'), {
      host,
      port: Number(sitePort),
      frameAncestors: originsOf(process.env.SITE_FRAME_ANCESTORS),
    });
    console.log(`Serving ${settings.deployRoot}/current on ${site.addresses.map((address) => `${httpOrigin(address, site.port)}/`).join(', ')}`);
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void running.close().then(() => lock?.close()).then(() => process.exit(0)));
  }
  // Exits when the lock is lost mid-build too: the build must not go on beside the new active service's.
  await buildWhenActive({ lock, request: (reason) => running.service.request(reason), onLost: () => process.exit(1) });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
