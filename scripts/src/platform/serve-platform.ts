/**
 * `pnpm run rebuild:platform`: the rebuild side of a platform on a server where the CMS runs elsewhere:
 *
 *   STRAPI_URL=… STRAPI_TOKEN_FILE=… REBUILD_WEBHOOK_SECRET=… DEPLOY_ROOT=/srv/portal/deploy pnpm run rebuild:platform
 *
 * Builds every unit that has a hostname, or a path prefix of the platform's shared host (the hostname of its root
 * provincial unit), into DEPLOY_ROOT/units/<slug>/ (REBUILD_UNITS=slug,slug limits it to some),
 * at most REBUILD_CONCURRENCY at once; listens on REBUILD_HOST:REBUILD_PORT for the CMS's webhooks and rebuilds only
 * the units a change touches; writes DEPLOY_ROOT/nginx-platform.conf (one server block per unit) whenever the units
 * or their addresses change (a unit's former hostname or prefix answers 301); with SITE_PORT, also serves every unit
 * here, chosen by the request's hostname and, on the shared host, by the longest path prefix. With REBUILD_LOCK_URL
 * it is one of several services of which one builds (docs/cluster.md); with DEPLOY_S3_BUCKET each unit's builds also
 * go to S3 under units/<slug>/ (docs/deploy.md).
 */
import fs from 'node:fs';
import path from 'node:path';
import { platformOrigin, unitSiteUrl } from '@portal/shared-types';
import { writeFileAtomic } from '../atomic-file.ts';
import { readRebuildSettings, requiredEnv as required } from '../rebuild/config.ts';
import { buildWhenActive, lockFromEnv } from '../rebuild/one-builder.ts';
import { readS3DeploySettings, s3Client, s3Deploy } from '../rebuild/s3-deploy.ts';
import { httpOrigin, listenStaticSite, originsOf } from '../static-server.ts';
import { movedLocation, nginxLoadsBrotliStatic, nginxPlatformConfig, prefixedUnits, unitRouter } from './front-config.ts';
import { createPlatformRebuild } from './platform-rebuild.ts';
import { listenPlatformWebhook } from './platform-webhook.ts';

async function main(): Promise<void> {
  const settings = readRebuildSettings();
  const host = process.env.REBUILD_HOST?.trim() || '127.0.0.1';
  const port = Number(process.env.REBUILD_PORT?.trim() || 4322);
  const tokenFile = process.env.STRAPI_TOKEN_FILE?.trim();
  const only = new Set((process.env.REBUILD_UNITS ?? '').split(',').map((slug) => slug.trim()).filter(Boolean));
  // Services that build different unit sets are not each other's standby; their builds of a shared unit still wait
  // for each other (the unit's lock).
  const lock = lockFromEnv(only.size === 0 ? 'platform' : `platform:${[...only].sort().join(',')}`);
  const s3 = readS3DeploySettings();
  const client = s3 === null ? null : s3Client(s3);
  const webhook = await listenPlatformWebhook({ secret: settings.secret, host, port, ...(lock === null ? {} : { active: () => lock.isActive() }) });
  fs.mkdirSync(settings.deployRoot, { recursive: true });
  const platform = await createPlatformRebuild({
    settings,
    cmsUrl: required('STRAPI_URL'),
    ...(tokenFile ? { tokenFile } : { token: required('STRAPI_TOKEN') }),
    // A unit's build is made for the root of its own hostname, or with its path prefix as its base on the shared host.
    siteUrlOf: (unit, units) => {
      if (unit.hostname) return `https://${unit.hostname}`;
      const prefixed = prefixedUnits(units).find((each) => each.slug === unit.slug);
      return prefixed ? unitSiteUrl(prefixed, platformOrigin(units)) : null;
    },
    ...(lock === null ? {} : { lock }),
    ...(s3 === null || client === null ? {} : { remoteOf: (slug: string) => s3Deploy(s3, `units/${slug}/`, client) }),
    unitFilter: (unit) => only.size === 0 || only.has(unit.slug),
    onUnits: (units, moves) => {
      const file = path.join(settings.deployRoot, 'nginx-platform.conf');
      writeFileAtomic(file, nginxPlatformConfig(settings.deployRoot, units.filter((unit) => only.size === 0 || only.has(unit.slug)), { moves, brotliStatic: nginxLoadsBrotliStatic() }));
      console.log(`Wrote ${file} (include it in nginx's http block, then nginx -s reload)`);
    },
  });
  webhook.attach(platform);
  const built = Object.keys(platform.status().units);
  console.log(`Platform rebuild service on ${webhook.url} (POST /webhook, GET /status); ${built.length} unit sites in ${settings.deployRoot}/units/`);
  for (const unit of platform.units()) {
    if (!built.includes(unit.slug)) console.log(`  not built here: ${unit.slug}${unit.hostname || unit.pathPrefix ? '' : ' (no hostname or path prefix)'}`);
  }

  const sitePort = process.env.SITE_PORT?.trim();
  if (sitePort) {
    const site = await listenStaticSite(unitRouter(settings.deployRoot, () => platform.units()), {
      host,
      port: Number(sitePort),
      frameAncestors: originsOf(process.env.SITE_FRAME_ANCESTORS),
      moved: (request) => movedLocation(platform.units(), platform.moves(), request),
    });
    console.log(`Serving the units by hostname and path prefix on ${site.addresses.map((address) => `${httpOrigin(address, site.port)}/`).join(', ')}`);
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void Promise.all([webhook.close(), platform.close()]).then(() => lock?.close()).then(() => process.exit(0)));
  }
  await buildWhenActive({ lock, request: (reason) => platform.request(reason), onLost: () => process.exit(1) });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
