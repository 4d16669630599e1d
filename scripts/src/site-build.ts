import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type ChildProcess } from 'node:child_process';
import { GATE_WAITING } from '../../site/src/loaders/build-gate.ts';
import { run, startCommand, stopChild } from './child-process.ts';
import { siteDir } from './paths.ts';

/** Astro's incremental-build manifest in its cacheDir, beside its copies of the pages in `dist/`. */
const INCREMENTAL_MANIFEST = 'incremental-build.json';

export interface SiteBuildOptions {
  cmsUrl: string;
  /** A file holding the CMS read-only API token (written by the CMS on start). */
  tokenFile?: string;
  /** The token itself, when there is no file. */
  token?: string;
  siteUrl: string;
  outDir: string;
  /**
   * Astro's cacheDir (content-layer data store, asset cache). Keeping it between builds is what makes rebuilds
   * incremental. Without it the build gets a throwaway one, so builds against different CMSs never share a store.
   */
  cacheDir?: string;
  /** Further build environment, e.g. STRAPI_MEDIA_URL. */
  env?: Record<string, string>;
  quiet?: boolean;
}

/** Runs `astro build` against a CMS and resolves to its log; rejects (with the log tail) if the build fails. */
export function buildSite(options: SiteBuildOptions): Promise<string> {
  return runAstro('build', options);
}

/** Runs `astro sync`: loads every content collection from the CMS (into the cacheDir's data store), renders nothing. */
export async function syncSiteContent(options: SiteBuildOptions): Promise<void> {
  await runAstro('sync', options);
}

async function runAstro(command: 'build' | 'sync', options: SiteBuildOptions): Promise<string> {
  const scratchCache = options.cacheDir === undefined ? fs.mkdtempSync(path.join(os.tmpdir(), 'portal-astro-cache-')) : undefined;
  try {
    const astro = astroInvocation(command, options.outDir);
    const env = astroEnv(command, options, options.cacheDir ?? scratchCache!);
    return await run(process.execPath, astro.args, { cwd: astro.cwd, quiet: options.quiet ?? false, env });
  } finally {
    if (scratchCache !== undefined) fs.rmSync(scratchCache, { recursive: true, force: true });
  }
}

/** A build started ahead of time: Astro is loaded and waits to fetch the content (site/src/loaders/build-gate.ts). */
export interface PreparedSiteBuild {
  /** Resolves once the process waits for start() (it may be started before). */
  ready: Promise<void>;
  /** Lets the build run; resolves to its log, rejects like buildSite. A process that died waiting is replaced. */
  start(): Promise<string>;
  /** Stops the process if it has not been started. */
  cancel(): Promise<void>;
}

/**
 * Starts `astro build` up to the point where it would fetch the content, so that a later rebuild does not wait for
 * Node, Astro, the site's code and the data store to load (≈ 2–3 s at 10,000 articles). Needs a kept `cacheDir`: the
 * data store read now must be the one the previous build left, so prepare after that build ended.
 */
export function prepareSiteBuild(options: SiteBuildOptions & { cacheDir: string }): PreparedSiteBuild {
  const astro = astroInvocation('build', options.outDir);
  const env = { ...astroEnv('build', options, options.cacheDir), SITE_BUILD_GATE: 'stdin' };
  const { child, done } = startCommand(process.execPath, astro.args, { cwd: astro.cwd, quiet: options.quiet ?? false, env, stdin: true });
  // Until it is started, a failure is reported by start() (or ignored after cancel()), never as an unhandled rejection.
  done.catch(() => undefined);
  const ready = new Promise<void>((resolve) => {
    let seen = '';
    const watch = (chunk: Buffer) => {
      seen = (seen + chunk.toString()).slice(-GATE_WAITING.length * 2);
      if (!seen.includes(GATE_WAITING)) return;
      child.stdout?.off('data', watch);
      resolve();
    };
    child.stdout?.on('data', watch);
  });
  let state: 'waiting' | 'started' | 'cancelled' = 'waiting';
  return {
    ready,
    start() {
      if (state !== 'waiting') throw new Error(`This prepared build was already ${state}.`);
      state = 'started';
      if (!isAlive(child)) return buildSite(options);
      child.stdin?.end('start\n');
      return done;
    },
    async cancel() {
      if (state !== 'waiting') return;
      state = 'cancelled';
      child.stdin?.end();
      await stopChild(child, 5000);
    },
  };
}

function isAlive(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

/** The environment of an Astro command against the CMS of `options`. */
function astroEnv(command: 'build' | 'sync', options: SiteBuildOptions, cacheDir: string): NodeJS.ProcessEnv {
  if (options.tokenFile === undefined && options.token === undefined) {
    throw new Error(`astro ${command} needs tokenFile or token to reach the CMS.`);
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    STRAPI_URL: options.cmsUrl,
    SITE_URL: options.siteUrl,
    SITE_OUT_DIR: options.outDir,
    ...options.env,
  };
  // The loader prefers the file; drop whatever the caller's environment had so the given credential is used.
  delete env.STRAPI_TOKEN_FILE;
  delete env.STRAPI_TOKEN;
  if (options.tokenFile !== undefined) env.STRAPI_TOKEN_FILE = options.tokenFile;
  else env.STRAPI_TOKEN = options.token;
  env.SITE_CACHE_DIR = cacheDir;
  // A build of our own never waits for a go-ahead, whatever the caller's environment says.
  delete env.SITE_BUILD_GATE;
  return env;
}

/** How to run an Astro command on the site (with Node: `node …args`) writing to `outDir`. */
export function astroInvocation(command: 'build' | 'sync', outDir: string): { args: string[]; cwd: string } {
  return {
    args: [path.join(siteDir, 'node_modules', 'astro', 'bin', 'astro.mjs'), command, '--root', siteDir],
    cwd: commonAncestor(siteDir, path.resolve(outDir)),
  };
}

/**
 * Astro stages prerendered chunks in `<outDir>/.prerender/` only when outDir lies inside its working directory, and
 * otherwise in the shared site/.astro/.prerender/, where two builds at once (a bench beside `pnpm start`, tests beside
 * each other) delete each other's files. Running Astro from a directory that contains both keeps each build apart.
 */
function commonAncestor(a: string, b: string): string {
  const partsA = a.split(path.sep);
  const partsB = b.split(path.sep);
  let shared = 0;
  while (shared < partsA.length && partsA[shared] === partsB[shared]) shared += 1;
  return partsA.slice(0, shared).join(path.sep) || path.sep;
}

/**
 * Runs `build`, which writes over the previous output in `outDir` with Astro's incremental cache in `cacheDir`
 * (SITE_REUSE_OUT_DIR=1). A build that failed after it began writing, or a process that died during one (its marker
 * file is left behind), leaves pages of two builds and cache copies that Astro's manifest does not describe: both are
 * dropped, and the next build renders every page into an empty directory. A failure before anything was written (the
 * CMS unreachable during the sync) keeps them.
 */
export async function buildOverPreviousOutput<T>(outDir: string, cacheDir: string, build: () => Promise<T>): Promise<T> {
  const marker = `${path.resolve(outDir)}.incomplete`;
  if (fs.existsSync(marker)) forgetIncrementalOutput(outDir, cacheDir);
  fs.mkdirSync(path.dirname(marker), { recursive: true });
  fs.writeFileSync(marker, `${new Date().toISOString()}\n`);
  // The file system's clock may lag Date.now() by a few milliseconds.
  const started = Date.now() - 1000;
  try {
    const result = await build();
    fs.rmSync(marker, { force: true });
    return result;
  } catch (error) {
    if (modifiedSince(outDir, started)) forgetIncrementalOutput(outDir, cacheDir);
    fs.rmSync(marker, { force: true });
    throw error;
  }
}

/** Whether any file under `dir` was modified at or after `sinceMs` (false when `dir` does not exist). */
function modifiedSince(dir: string, sinceMs: number): boolean {
  if (!fs.existsSync(dir)) return false;
  const walk = (folder: string): boolean =>
    fs.readdirSync(folder, { withFileTypes: true }).some((entry) => {
      const file = path.join(folder, entry.name);
      return entry.isDirectory() ? walk(file) : fs.lstatSync(file).mtimeMs >= sinceMs;
    });
  return walk(dir);
}

function forgetIncrementalOutput(outDir: string, cacheDir: string): void {
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.rmSync(path.join(cacheDir, INCREMENTAL_MANIFEST), { force: true });
  fs.rmSync(path.join(cacheDir, 'dist'), { recursive: true, force: true });
}
