import path from 'node:path';
import { run } from './child-process.ts';
import { siteDir } from './paths.ts';

export interface SiteBuildOptions {
  cmsUrl: string;
  /** A file holding the CMS read-only API token (written by the CMS on start). */
  tokenFile: string;
  siteUrl: string;
  outDir: string;
  quiet?: boolean;
}

/** Runs `astro build` against a live CMS; rejects (with the log tail) if the build fails. */
export async function buildSite(options: SiteBuildOptions): Promise<void> {
  await run(process.execPath, [path.join(siteDir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
    cwd: siteDir,
    quiet: options.quiet ?? false,
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      STRAPI_URL: options.cmsUrl,
      STRAPI_TOKEN_FILE: options.tokenFile,
      SITE_URL: options.siteUrl,
      SITE_OUT_DIR: options.outDir,
    },
  });
}
