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
   * incremental; default site/node_modules/.astro.
   */
  cacheDir?: string;
  /** Further build environment, e.g. STRAPI_MEDIA_URL. */
  env?: Record<string, string>;
  quiet?: boolean;
}

/** Runs `astro build` against a CMS; rejects (with the log tail) if the build fails. */
export async function buildSite(options: SiteBuildOptions): Promise<void> {
  await runAstro('build', options);
}

/** Runs `astro sync`: loads every content collection from the CMS (into the cacheDir's data store), renders nothing. */
export async function syncSiteContent(options: SiteBuildOptions): Promise<void> {
  await runAstro('sync', options);
}

async function runAstro(command: 'build' | 'sync', options: SiteBuildOptions): Promise<void> {
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
  if (options.cacheDir !== undefined) env.SITE_CACHE_DIR = options.cacheDir;
  await run(process.execPath, [path.join(siteDir, 'node_modules', 'astro', 'bin', 'astro.mjs'), command], {
    cwd: siteDir,
    quiet: options.quiet ?? false,
    env,
  });
}
