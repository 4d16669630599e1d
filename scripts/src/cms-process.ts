import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { run, stopChild } from './child-process.ts';
import { withDirLock } from './dir-lock.ts';
import { cmsDir, repoRoot } from './paths.ts';

const strapiBin = path.join(cmsDir, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');
/** Held while cms/dist is written or read by a booting CMS. */
const distLock = path.join(cmsDir, '.dist.lock');

interface BuildOptions {
  quiet?: boolean;
  /** Environment for the build; `strapi build` loads the config, so it needs the secrets. */
  env?: Record<string, string>;
}

const compile = (options: BuildOptions, quietByDefault: boolean) =>
  run(process.execPath, ['scripts/compile.cjs'], { cwd: cmsDir, quiet: options.quiet ?? quietByDefault, env: cmsBaseEnv(options.env) });
const buildAdmin = (options: BuildOptions) =>
  run(process.execPath, [strapiBin, 'build'], { cwd: cmsDir, quiet: options.quiet ?? false, env: cmsBaseEnv(options.env) });

/** Compiles config and src to cms/dist (no admin panel): what `strapi start` runs. */
export async function compileCms(options: BuildOptions = {}): Promise<void> {
  await withDirLock(distLock, () => compile(options, true));
}

/** Written next to the built admin panel: the inputs it was built from. */
const adminStampFile = path.join(cmsDir, 'dist', 'build', '.portal-admin-stamp');

/** Hash of what the admin panel is built from; it only needs rebuilding when this changes. */
export function adminStamp(): string {
  const hash = crypto.createHash('sha256');
  for (const file of [path.join(repoRoot, 'pnpm-lock.yaml'), path.join(cmsDir, 'package.json')]) {
    hash.update(fs.readFileSync(file));
  }
  const adminDir = path.join(cmsDir, 'src', 'admin');
  const files = fs.readdirSync(adminDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  // Sorted with their paths: the hash must not depend on directory order, and a rename is a change.
  for (const file of files.map((entry) => path.join(entry.parentPath, entry.name)).sort()) {
    hash.update(path.relative(adminDir, file));
    hash.update(fs.readFileSync(file));
  }
  return hash.digest('hex');
}

/**
 * Makes cms/dist ready to start with the admin panel: `strapi build` (admin and compile) when the admin's inputs
 * changed since the last build, else only the compile (src and config may have changed). Both run under the dist
 * lock, the stamp check included, so concurrent callers never build twice or boot from a half-written dist.
 */
export async function buildCmsIfStale(options: BuildOptions & { onStep?: (step: string) => void } = {}): Promise<'built' | 'compiled'> {
  return withDirLock(distLock, async () => {
    const stamp = adminStamp();
    if (fs.existsSync(adminStampFile) && fs.readFileSync(adminStampFile, 'utf8') === stamp) {
      options.onStep?.('Compiling the CMS (admin panel is up to date)');
      await compile(options, true);
      return 'compiled';
    }
    options.onStep?.('Building the CMS and its admin panel (first start takes a few minutes)');
    await buildAdmin(options);
    fs.writeFileSync(adminStampFile, stamp);
    return 'built';
  });
}

/**
 * Runs a `strapi` CLI command (export, import...) in cms/. Such commands compile cms/dist and boot Strapi without a
 * server, so they hold the dist lock throughout. Rejects with the output tail when the command fails.
 */
export async function runStrapiCommand(args: string[], options: { env?: Record<string, string>; quiet?: boolean } = {}): Promise<string> {
  return withDirLock(distLock, () =>
    run(process.execPath, [strapiBin, ...args], { cwd: cmsDir, quiet: options.quiet ?? true, env: cmsBaseEnv(options.env) }),
  );
}

function cmsBaseEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true', ...extra };
}

export interface CmsProcess {
  url: string;
  child: ChildProcess;
  /** Everything the CMS printed so far. */
  output(): string;
  /**
   * Stops the CMS and resolves once it exited: SIGINT (the default) lets the requests in flight finish, SIGTERM first
   * drains it for CMS_DRAIN_SECONDS (cms/src/server/graceful-stop.ts). Killed if it has not exited 30 s after that.
   */
  stop(signal?: 'SIGINT' | 'SIGTERM'): Promise<void>;
}

export interface StartCmsOptions {
  host?: string;
  port: number;
  /** Extra environment (database, secrets...); cms/.env fills in what is not set. */
  env?: Record<string, string>;
  /** Echo the CMS log to this process's stdout. */
  echo?: boolean;
  timeoutMs?: number;
}

/** Starts `strapi start` from cms/dist and resolves once /_health answers. */
export function startCms(options: StartCmsOptions): Promise<CmsProcess> {
  // Strapi reads all of dist while it boots; nobody may recompile meanwhile.
  return withDirLock(distLock, () => bootCms(options));
}

async function bootCms(options: StartCmsOptions): Promise<CmsProcess> {
  if (!fs.existsSync(path.join(cmsDir, 'dist', 'src', 'index.js'))) {
    throw new Error('cms/dist is missing: compile the CMS first (compileCms or `pnpm --filter @portal/cms build`).');
  }
  const host = options.host ?? '127.0.0.1';
  const url = `http://${host}:${options.port}`;
  // A lone CMS has no load balancer to be drained from: it stops at once unless told otherwise.
  const env = cmsBaseEnv({ HOST: host, PORT: String(options.port), CMS_DRAIN_SECONDS: '0', ...options.env });
  const child = spawn(process.execPath, [strapiBin, 'start'], {
    cwd: cmsDir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    if (options.echo) process.stdout.write(chunk);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);

  const drainMs = Number(env.CMS_DRAIN_SECONDS) * 1000 || 0;
  const stop = (signal: 'SIGINT' | 'SIGTERM' = 'SIGINT') => stopChild(child, (signal === 'SIGTERM' ? drainMs : 0) + 30_000, signal);
  const cms: CmsProcess = { url, child, output: () => output, stop };
  try {
    await waitForHealth(url, child, options.timeoutMs ?? 180_000);
  } catch (error) {
    await cms.stop();
    const tail = output.split('\n').slice(-40).join('\n');
    throw new Error(`${(error as Error).message}\n--- CMS output (last lines) ---\n${tail}`);
  }
  return cms;
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The CMS exited during start-up (${child.signalCode ?? `exit ${child.exitCode}`}).`);
    }
    try {
      const response = await fetch(`${url}/_health`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 204 || response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The CMS did not answer ${url}/_health within ${Math.round(timeoutMs / 1000)} s.`);
}
