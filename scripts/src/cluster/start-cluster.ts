/**
 * `pnpm run start:cluster`: the portal as it runs when one CMS process is not enough. CMS_INSTANCES (default 2)
 * Strapi instances on PostgreSQL (DATABASE_URL, default the local `portal_cluster` database, created if missing)
 * sharing Redis (REDIS_URL, default the local one), behind HAProxy on CMS_PORT; then, as `pnpm start` does, the
 * rebuild service, a site build from the cluster and the static site. Every instance reads the same cms/.env, so
 * admin sessions and API tokens work whichever instance answers. Uploads go to S3-compatible storage: S3_ENDPOINT
 * and S3_BUCKET (with keys) when given, else a local s3rver on a free port keeping its files in cms/.tmp/cluster/s3.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ensureCmsEnvFile } from '../cms-env.ts';
import { buildCmsIfStale } from '../cms-process.ts';
import { getFreePort } from '../free-port.ts';
import { editorLoginLines, listUnits } from '../demo-logins.ts';
import { cmsDir, cmsEnvFile, repoRoot } from '../paths.ts';
import { readRebuildSettings } from '../rebuild/config.ts';
import { listenRebuildService } from '../rebuild/listen.ts';
import { type ListeningSite, listenStaticSite } from '../static-server.ts';
import { DRAIN_SECONDS, startCluster, type Cluster } from './cluster.ts';
import { ensurePostgresDatabase } from './database.ts';
import { startLocalS3, type LocalS3 } from './local-s3.ts';
import { redisAnswers } from './redis-ping.ts';

function readInteger(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${name} must be a whole number from ${min} to ${max}, got "${raw}".`);
  return value;
}

const step = (text: string) => console.log(`\n▶ ${text}`);

/**
 * The local S3 server, on the port of the previous run when it is free: stored file URLs carry the endpoint, so the
 * files uploaded then keep loading. The port is kept beside the files (cms/.tmp/cluster/s3-port).
 */
async function startKeptLocalS3(host: string, logDir: string): Promise<LocalS3> {
  const portFile = path.join(logDir, 's3-port');
  const kept = fs.existsSync(portFile) ? Number(fs.readFileSync(portFile, 'utf8').trim()) : NaN;
  const options = { host, dir: path.join(logDir, 's3'), bucket: 'portal-uploads' };
  let s3: LocalS3;
  try {
    s3 = await startLocalS3({ ...options, port: Number.isInteger(kept) && kept > 0 ? kept : await getFreePort(host) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    console.warn(`Port ${kept} of the local S3 server is taken: files uploaded in earlier runs will not load until it is free.`);
    s3 = await startLocalS3({ ...options, port: await getFreePort(host) });
  }
  fs.writeFileSync(portFile, new URL(s3.endpoint).port);
  return s3;
}

async function main(): Promise<void> {
  const host = process.env.HOST || '127.0.0.1';
  const cmsPort = readInteger('CMS_PORT', 1337, 1, 65535);
  const sitePort = readInteger('SITE_PORT', 4321, 1, 65535);
  const rebuildPort = readInteger('REBUILD_PORT', 4322, 1, 65535);
  const instances = readInteger('CMS_INSTANCES', 2, 1, 16);
  // An instance sent SIGTERM (a restart) drains first; stopping the whole cluster (Ctrl-C) does not wait for it.
  const drainSeconds = readInteger('CMS_DRAIN_SECONDS', DRAIN_SECONDS, 0, 600);
  const databaseUrl = process.env.DATABASE_URL?.trim() || 'postgres://postgres@127.0.0.1:5432/portal_cluster';
  const redisUrl = process.env.REDIS_URL?.trim() || 'redis://127.0.0.1:6379';
  const cmsUrl = `http://${host}:${cmsPort}`;
  const siteUrl = `http://${host}:${sitePort}`;

  const env = ensureCmsEnvFile(cmsEnvFile);
  if (env.created) console.log(`Generated ${path.relative(repoRoot, cmsEnvFile)} with fresh secrets.`);
  const secret = process.env.REBUILD_WEBHOOK_SECRET?.trim() || env.values.REBUILD_WEBHOOK_SECRET || '';
  const settings = readRebuildSettings({ ...process.env, REBUILD_WEBHOOK_SECRET: secret });

  if (!(await redisAnswers(redisUrl))) {
    throw new Error(`Redis does not answer at ${redisUrl}. Start it (e.g. redis-server) or set REDIS_URL.`);
  }
  const database = await ensurePostgresDatabase(databaseUrl);
  if (database.created) console.log(`Created the PostgreSQL database of ${databaseUrl.replace(/\/\/[^@]*@/, '//')}.`);

  await buildCmsIfStale({ onStep: step });

  const rebuild = await listenRebuildService({
    settings,
    host,
    port: rebuildPort,
    cmsUrl,
    tokenFile: path.join(cmsDir, env.values.SITE_TOKEN_FILE || '.tmp/site-token'),
    siteUrl,
  });

  const logDir = path.join(cmsDir, '.tmp', 'cluster');
  fs.mkdirSync(logDir, { recursive: true });
  // Every instance reads S3_* from the environment or cms/.env; without an endpoint there, a local one.
  const s3Endpoint = process.env.S3_ENDPOINT?.trim() || env.values.S3_ENDPOINT?.trim();
  let localS3: LocalS3 | undefined;
  if (!s3Endpoint) {
    localS3 = await startKeptLocalS3(host, logDir);
    console.log(`Started a local S3-compatible server (s3rver) at ${localS3.endpoint}, bucket ${localS3.bucket}, files in cms/.tmp/cluster/s3.`);
  }
  const s3Description = localS3
    ? `${localS3.endpoint}/${localS3.bucket} (local s3rver)`
    : `${s3Endpoint} bucket ${process.env.S3_BUCKET?.trim() || env.values.S3_BUCKET?.trim() || '(S3_BUCKET missing)'}`;
  step(`Starting ${instances} CMS instances behind HAProxy on ${cmsUrl} (logs: cms/.tmp/cluster/cms-<n>.log)`);
  let cluster: Cluster | undefined;
  let server: ListeningSite | undefined;
  let stopping = false;
  const stopAll = async (code: number) => {
    stopping = true;
    await server?.close();
    await rebuild.close();
    await cluster?.stop();
    await localS3?.stop();
    process.exit(code);
  };
  cluster = await startCluster({
    host,
    port: cmsPort,
    instances,
    drainSeconds,
    dir: logDir,
    env: {
      DATABASE_CLIENT: 'postgres',
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
      ...(process.env.REDIS_PREFIX ? { REDIS_PREFIX: process.env.REDIS_PREFIX } : {}),
      SITE_URL: siteUrl,
      REBUILD_WEBHOOK_URL: `${rebuild.url}/webhook`,
      REBUILD_WEBHOOK_SECRET: secret,
      ...localS3?.env,
    },
    onStart: (index, cms) => {
      const log = fs.createWriteStream(path.join(logDir, `cms-${index + 1}.log`), { flags: 'a' });
      log.write(cms.output());
      cms.child.stdout?.pipe(log);
      cms.child.stderr?.pipe(log);
      // HAProxy routes around a dead instance; the operator only needs to know.
      cms.child.once('exit', (exitCode, signal) => {
        if (!stopping) console.error(`CMS instance ${index + 1} stopped (${signal ?? `exit ${exitCode}`}); see cms/.tmp/cluster/cms-${index + 1}.log.`);
      });
    },
  });

  step(`Building the site from the cluster into ${path.relative(repoRoot, settings.deployRoot)}/`);
  rebuild.service.request('start');
  await rebuild.service.idle();
  const status = rebuild.service.status();
  if (status.currentBuildId === null) {
    console.error(`The site could not be built: ${status.lastFailure?.reason ?? 'unknown reason'}`);
    await stopAll(1);
  }

  server = await listenStaticSite(() => rebuild.service.layout.currentLink, {
    host,
    port: sitePort,
    frameAncestors: [new URL(cmsUrl).origin],
  });

  const password = env.created ? env.values.DEMO_ADMIN_PASSWORD : `(see DEMO_ADMIN_PASSWORD in ${path.relative(repoRoot, cmsEnvFile)})`;
  const editorPassword = env.values.DEMO_EDITOR_PASSWORD;
  const editors = editorLoginLines(
    await listUnits(cmsUrl, path.join(cmsDir, env.values.SITE_TOKEN_FILE || '.tmp/site-token')),
    editorPassword,
    env.created ? (editorPassword ?? '') : `(see DEMO_EDITOR_PASSWORD in ${path.relative(repoRoot, cmsEnvFile)})`,
  );
  console.log(`
Portal cluster is running.
  Site:      ${siteUrl}/
  Admin:     ${cmsUrl}/admin (HAProxy → ${cluster.instanceUrls.join(', ')})
  HAProxy:   failed requests and server states in cms/.tmp/cluster/haproxy.log
  Builds:    ${rebuild.url}/status
  Database:  ${databaseUrl.replace(/\/\/[^@]*@/, '//')}
  Redis:     ${redisUrl.replace(/\/\/[^@]*@/, '//')}
  Uploads:   ${s3Description}
  Login:     ${env.values.DEMO_ADMIN_EMAIL}
  Password:  ${password}
${editors.map((line) => `${line}\n`).join('')}Press Ctrl-C to stop.`);

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.log('\nStopping...');
      void stopAll(0);
    });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
