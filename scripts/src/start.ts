/**
 * `pnpm start`: the whole platform on one machine. Generates cms/.env on first start, builds what is stale, starts
 * the rebuild webhook and the CMS on SQLite (seeded on first start, with its webhook pointed at the rebuild side),
 * builds every unit's site from it (scripts/src/platform/), serves each live build on its own port (standing in for
 * the unit's hostname), and prints where everything is. Publishing in the admin rebuilds the sites it touches.
 * Ctrl-C stops all.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ensureCmsEnvFile } from './cms-env.ts';
import { fillDemoArchive } from './demo-archive.ts';
import { editorLoginLines, listUnits } from './demo-logins.ts';
import { buildCmsIfStale, startCms, type CmsProcess } from './cms-process.ts';
import { cmsDir, cmsEnvFile, repoRoot } from './paths.ts';
import { createPlatformRebuild, type PlatformRebuild } from './platform/platform-rebuild.ts';
import { type PlatformUnit, tokenOf, unitDeployRoot } from './platform/platform-units.ts';
import { listenPlatformWebhook } from './platform/platform-webhook.ts';
import { readRebuildSettings } from './rebuild/config.ts';
import { type ListeningSite, listenStaticSite } from './static-server.ts';

function readPort(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`${name} must be a TCP port number (1-65535), got "${raw}".`);
  }
  return port;
}

const step = (text: string) => console.log(`\n▶ ${text}`);

async function main(): Promise<void> {
  const host = process.env.HOST || '127.0.0.1';
  const cmsPort = readPort('CMS_PORT', 1337);
  const sitePort = readPort('SITE_PORT', 4321);
  const cmsUrl = `http://${host}:${cmsPort}`;
  const siteUrl = `http://${host}:${sitePort}`;
  const rebuildPort = readPort('REBUILD_PORT', 4322);
  const unitPortBase = readPort('UNIT_PORT_BASE', sitePort + 10);

  const env = ensureCmsEnvFile(cmsEnvFile);
  if (env.created) console.log(`Generated ${path.relative(repoRoot, cmsEnvFile)} with fresh secrets.`);
  const secret = process.env.REBUILD_WEBHOOK_SECRET?.trim() || env.values.REBUILD_WEBHOOK_SECRET || '';
  const settings = readRebuildSettings({ ...process.env, REBUILD_WEBHOOK_SECRET: secret });


  await buildCmsIfStale({ onStep: step });

  // Listening before the CMS starts, so that no webhook is lost; the first build of every unit follows anyway.
  const webhook = await listenPlatformWebhook({ secret: settings.secret, host, port: rebuildPort });
  const tokenFile = path.join(cmsDir, env.values.SITE_TOKEN_FILE || '.tmp/site-token');

  step(`Starting the CMS on ${cmsUrl} (log: cms/.tmp/cms.log)`);
  fs.mkdirSync(path.join(cmsDir, '.tmp'), { recursive: true });
  const log = fs.createWriteStream(path.join(cmsDir, '.tmp', 'cms.log'), { flags: 'a' });
  const cms: CmsProcess = await startCms({
    host,
    port: cmsPort,
    // SITE_URL drives preview links, CORS and the no-JS form redirects.
    env: {
      PUBLIC_URL: cmsUrl,
      SITE_URL: siteUrl,
      // The units' sites call the CMS from their own ports (forms, view beacon): the first hundred are allowed.
      CORS_ORIGINS: [siteUrl, ...Array.from({ length: 100 }, (_, index) => `http://${host}:${unitPortBase + index}`)].join(','),
      REBUILD_WEBHOOK_URL: `${webhook.url}/webhook`,
      REBUILD_WEBHOOK_SECRET: secret,
    },
  });
  log.write(cms.output());
  cms.child.stdout?.pipe(log);
  cms.child.stderr?.pipe(log);

  const servers: ListeningSite[] = [];
  let platform: PlatformRebuild | undefined;
  const stopAll = async (code: number) => {
    await Promise.all(servers.map((server) => server.close()));
    await webhook.close();
    await platform?.close();
    await cms.stop();
    process.exit(code);
  };
  cms.child.once('exit', (exitCode) => {
    console.error(`The CMS stopped (exit ${exitCode}); see cms/.tmp/cms.log. Stopping the site servers.`);
    for (const server of servers) void server.close();
    process.exit(1);
  });

  if (env.values.SEED_DEMO_UNITS === 'true' && env.values.DEMO_ADMIN_EMAIL && env.values.DEMO_ADMIN_PASSWORD) {
    await fillDemoArchive({
      cmsUrl,
      adminEmail: env.values.DEMO_ADMIN_EMAIL,
      adminPassword: env.values.DEMO_ADMIN_PASSWORD,
      mysqlUrl: process.env.PORTAL_DEMO_MYSQL_URL?.trim() || 'mysql://root@127.0.0.1:3306',
      workDir: path.join(cmsDir, '.tmp'),
      log: (line) => console.log(line),
    });
  }

  // The unit the site settings belong to (the default unit) keeps SITE_PORT; the others get ports from UNIT_PORT_BASE.
  const mainUnit = (await settingsUnitSlug(cmsUrl, tokenOf({ cmsUrl, tokenFile }))) ?? (await listUnits(cmsUrl, tokenFile))[0]?.slug;
  const ports = new Map<string, number>();
  const portOf = (slug: string) => {
    if (slug === mainUnit) return sitePort;
    if (!ports.has(slug)) ports.set(slug, unitPortBase + ports.size);
    return ports.get(slug)!;
  };
  // Every unit's live build on its port, from the start (503 until its first build), and a unit added later too.
  const serving = new Map<string, Promise<void>>();
  const serve = (units: readonly PlatformUnit[]) => {
    for (const unit of units) {
      if (serving.has(unit.slug)) continue;
      const live = path.join(unitDeployRoot(settings.deployRoot, unit.slug), 'current');
      // On IPv6 too: HOST=127.0.0.1 serves 127.0.0.1 and ::1, HOST=0.0.0.0 serves :: (dual-stack).
      const listening = listenStaticSite(() => live, { host, port: portOf(unit.slug), frameAncestors: [new URL(cmsUrl).origin] }).then(
        (server) => {
          servers.push(server);
        },
        (error: unknown) => console.error(`The site of ${unit.slug} cannot be served on port ${portOf(unit.slug)}: ${(error as Error).message}`),
      );
      serving.set(unit.slug, listening);
    }
  };
  platform = await createPlatformRebuild({
    settings,
    cmsUrl,
    tokenFile,
    // Each unit at the root of its own port, prefixed ones too (in production they share the province's host).
    siteUrlOf: (unit) => `http://${host}:${portOf(unit.slug)}`,
    onUnits: (units) => serve(units),
  });
  webhook.attach(platform);

  step(`Building every unit's site from the CMS into ${path.relative(repoRoot, settings.deployRoot)}/units/`);
  platform.request('start');
  await platform.idle();
  const units = platform.units();
  const status = platform.status();
  // One unit's failed build leaves the others served (and its own previous build, if any): it is reported, not fatal.
  for (const unit of units) {
    const unitStatus = status.units[unit.slug];
    if (!unitStatus || unitStatus.currentBuildId === null) {
      console.error(`The site of ${unit.slug} could not be built: ${unitStatus?.lastFailure?.reason ?? 'unknown reason'}`);
    } else if (unitStatus.lastSuccess?.id !== unitStatus.currentBuildId) {
      console.error(`The site build of ${unit.slug} ${unitStatus.lastFailure?.reason ?? 'failed'}; serving its previous build ${unitStatus.currentBuildId}.`);
    }
  }
  await Promise.all(serving.values());
  const sorted = [...units].sort((a, b) => portOf(a.slug) - portOf(b.slug));

  const email = env.values.DEMO_ADMIN_EMAIL;
  const password = env.created
    ? env.values.DEMO_ADMIN_PASSWORD
    : `(see DEMO_ADMIN_PASSWORD in ${path.relative(repoRoot, cmsEnvFile)})`;
  const editorPassword = env.values.DEMO_EDITOR_PASSWORD;
  const editors = editorLoginLines(
    units,
    editorPassword,
    env.created ? (editorPassword ?? '') : `(see DEMO_EDITOR_PASSWORD in ${path.relative(repoRoot, cmsEnvFile)})`,
  );
  const width = Math.max(...sorted.map((unit) => unit.slug.length));
  console.log(`
Portal is running.
  Site:   ${siteUrl}/
  Admin:  ${cmsUrl}/admin
  Builds: ${webhook.url}/status (rollback: pnpm run rebuild:rollback -- --unit <slug>)
  Login:  ${email}
  Password: ${password}
Sites (one per unit; in production each on its hostname):
${sorted.map((unit) => `  ${unit.slug.padEnd(width)}  http://${host}:${portOf(unit.slug)}/  ${unit.name}${unit.state === 'archived' ? ' (lưu trữ)' : ''}\n`).join('')}${editors.map((line) => `${line}\n`).join('')}Press Ctrl-C to stop.`);

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.log('\nStopping...');
      cms.child.removeAllListeners('exit');
      void stopAll(0);
    });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

/** The slug of the unit the site settings belong to: the install's default unit. */
async function settingsUnitSlug(cmsUrl: string, token: string): Promise<string | undefined> {
  const response = await fetch(`${cmsUrl}/api/site-setting?populate[unit][fields][0]=slug`, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) return undefined;
  const body = (await response.json()) as { data?: { unit?: { slug?: string } | null } | null };
  return body.data?.unit?.slug ?? undefined;
}
