import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from './child-process.ts';
import { siteDir } from './paths.ts';

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
  const scratchCache = options.cacheDir === undefined ? fs.mkdtempSync(path.join(os.tmpdir(), 'portal-astro-cache-')) : undefined;
  env.SITE_CACHE_DIR = options.cacheDir ?? scratchCache!;
  try {
    const astro = astroInvocation(command, options.outDir);
    return await run(process.execPath, astro.args, { cwd: astro.cwd, quiet: options.quiet ?? false, env });
  } finally {
    if (scratchCache !== undefined) fs.rmSync(scratchCache, { recursive: true, force: true });
  }
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

/** Whether any file under `dir` was modified at or after `sinceMs` (false when `dir` does not exist). */
export function modifiedSince(dir: string, sinceMs: number): boolean {
  if (!fs.existsSync(dir)) return false;
  const walk = (folder: string): boolean =>
    fs.readdirSync(folder, { withFileTypes: true }).some((entry) => {
      const file = path.join(folder, entry.name);
      return entry.isDirectory() ? walk(file) : fs.lstatSync(file).mtimeMs >= sinceMs;
    });
  return walk(dir);
}

/**
 * Drops a reused output directory and Astro's incremental-build cache after a build failed while writing them: some
 * pages are new and some old, and the cache holds copies its manifest does not describe. The next build renders every
 * page into an empty directory.
 */
export function forgetIncrementalOutput(outDir: string, cacheDir: string): void {
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.rmSync(path.join(cacheDir, 'incremental-build.json'), { force: true });
  fs.rmSync(path.join(cacheDir, 'dist'), { recursive: true, force: true });
}
