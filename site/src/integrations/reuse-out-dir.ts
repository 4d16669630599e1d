/**
 * Builds over the previous build's output instead of emptying it first (SITE_REUSE_OUT_DIR=1, used by the rebuild
 * service). Astro's incremental build then leaves an unchanged keyed page where it is, instead of copying it back from
 * its cache: at 10,000 articles that copy is most of a rebuild. Whatever this build did not produce is removed at the
 * end, so the directory holds exactly the new site, as after a clean build.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { PRECOMPRESSED } from './precompress.ts';

/**
 * Files in `dir` that a build did not produce. It produced every route output it lists (rendered or kept) and every
 * file written since it started (bundles, public files, sitemaps); kept route outputs are the only old files it keeps,
 * with their compressed copies (precompress.ts renews a copy older than its file).
 */
export function staleFiles(dir: string, produced: ReadonlySet<string>, startedMs: number): string[] {
  const stale: string[] = [];
  const isProduced = (file: string) =>
    produced.has(file) || PRECOMPRESSED.some(({ suffix }) => file.endsWith(suffix) && produced.has(file.slice(0, -suffix.length)));
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (!isProduced(file) && fs.lstatSync(file).mtimeMs < startedMs) stale.push(file);
    }
  };
  walk(dir);
  return stale;
}

/** Removes `file`, then its folders up to `root` (excluded) while they are empty. */
export function removeWithEmptyFolders(root: string, file: string): void {
  fs.rmSync(file);
  for (let folder = path.dirname(file); folder.startsWith(`${root}${path.sep}`); folder = path.dirname(folder)) {
    if (fs.readdirSync(folder).length > 0) break;
    fs.rmdirSync(folder);
  }
}

export function reuseOutDir(): AstroIntegration {
  let startedMs = 0;
  return {
    name: 'portal:reuse-out-dir',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:build:start': () => {
        // The file system's clock is coarser than Date.now(); a file of the previous build is seconds older than this.
        startedMs = Date.now() - 1000;
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const outDir = path.resolve(fileURLToPath(dir));
        const produced = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        const stale = staleFiles(outDir, produced, startedMs);
        for (const file of stale) removeWithEmptyFolders(outDir, file);
        if (stale.length > 0) logger.info(`removed ${stale.length} file(s) the previous build wrote and this one did not`);
      },
    },
  };
}
