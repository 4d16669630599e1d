/**
 * `pnpm start`: the whole portal on one machine. Generates cms/.env on first
 * start, builds what is stale, starts the rebuild service and the CMS on
 * SQLite (seeded on first start, with its webhook pointed at the rebuild
 * service), builds the site from it, serves the live build, and prints where
 * everything is. Publishing in the admin rebuilds the site. Ctrl-C stops all.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ensureCmsEnvFile } from './cms-env.ts';
import { fillDemoArchive } from './demo-archive.ts';
import { editorLoginLines, listUnits } from './demo-logins.ts';
import { buildCmsIfStale, startCms, type CmsProcess } from './cms-process.ts';
import { cmsDir, cmsEnvFile, repoRoot } from './paths.ts';
import { readRebuildSettings } from './rebuild/config.ts';
import { listenRebuildService } from './rebuild/listen.ts';
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

  const env = ensureCmsEnvFile(cmsEnvFile);
  if (env.created) console.log(`Generated ${path.relative(repoRoot, cmsEnvFile)} with fresh secrets.`);
  const secret = process.env.REBUILD_WEBHOOK_SECRET?.trim() || env.values.REBUILD_WEBHOOK_SECRET || '';
  const settings = readRebuildSettings({ ...process.env, REBUILD_WEBHOOK_SECRET: secret });


  await buildCmsIfStale({ onStep: step });

  // Listening before the CMS starts, so that no webhook is lost; it builds only when asked.
  const rebuild = await listenRebuildService({
    settings,
    host,
    port: rebuildPort,
    cmsUrl,
    tokenFile: path.join(cmsDir, env.values.SITE_TOKEN_FILE || '.tmp/site-token'),
    siteUrl,
  });

  step(`Starting the CMS on ${cmsUrl} (log: cms/.tmp/cms.log)`);
  fs.mkdirSync(path.join(cmsDir, '.tmp'), { recursive: true });
  const log = fs.createWriteStream(path.join(cmsDir, '.tmp', 'cms.log'), { flags: 'a' });
  const cms: CmsProcess = await startCms({
    host,
    port: cmsPort,
    // SITE_URL drives preview links, CORS and the no-JS form redirects.
    env: { PUBLIC_URL: cmsUrl, SITE_URL: siteUrl, REBUILD_WEBHOOK_URL: `${rebuild.url}/webhook`, REBUILD_WEBHOOK_SECRET: secret },
  });
  log.write(cms.output());
  cms.child.stdout?.pipe(log);
  cms.child.stderr?.pipe(log);

  // The admin's preview panel frames the site.
  let server: ListeningSite | undefined;
  const stopAll = async (code: number) => {
    await server?.close();
    await rebuild.close();
    await cms.stop();
    process.exit(code);
  };
  cms.child.once('exit', (exitCode) => {
    console.error(`The CMS stopped (exit ${exitCode}); see cms/.tmp/cms.log. Stopping the site server.`);
    void server?.close();
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

  step(`Building the site from the CMS into ${path.relative(repoRoot, settings.deployRoot)}/`);
  rebuild.service.request('start');
  await rebuild.service.idle();
  const status = rebuild.service.status();
  if (status.currentBuildId === null) {
    console.error(`The site could not be built: ${status.lastFailure?.reason ?? 'unknown reason'}`);
    await stopAll(1);
  } else if (status.lastSuccess?.id !== status.currentBuildId) {
    console.error(`The site build ${status.lastFailure?.reason ?? 'failed'}; serving the previous build ${status.currentBuildId}.`);
  }

  // On IPv6 too: HOST=127.0.0.1 serves 127.0.0.1 and ::1, HOST=0.0.0.0 serves :: (dual-stack).
  server = await listenStaticSite(() => rebuild.service.layout.currentLink, {
    host,
    port: sitePort,
    frameAncestors: [new URL(cmsUrl).origin],
  });

  const email = env.values.DEMO_ADMIN_EMAIL;
  const password = env.created
    ? env.values.DEMO_ADMIN_PASSWORD
    : `(see DEMO_ADMIN_PASSWORD in ${path.relative(repoRoot, cmsEnvFile)})`;
  const editorPassword = env.values.DEMO_EDITOR_PASSWORD;
  const editors = editorLoginLines(
    await listUnits(cmsUrl, path.join(cmsDir, env.values.SITE_TOKEN_FILE || '.tmp/site-token')),
    editorPassword,
    env.created ? (editorPassword ?? '') : `(see DEMO_EDITOR_PASSWORD in ${path.relative(repoRoot, cmsEnvFile)})`,
  );
  console.log(`
Portal is running.
  Site:   ${siteUrl}/
  Admin:  ${cmsUrl}/admin
  Builds: ${rebuild.url}/status (rollback: pnpm run rebuild:rollback)
  Login:  ${email}
  Password: ${password}
${editors.map((line) => `${line}\n`).join('')}Press Ctrl-C to stop.`);

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
