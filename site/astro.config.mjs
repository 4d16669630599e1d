// @ts-check
import fs from 'node:fs';
import path from 'node:path';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { dataStoreAtRuntime } from './src/integrations/data-store-at-runtime.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { precompress } from './src/integrations/precompress.ts';
import { reuseOutDir } from './src/integrations/reuse-out-dir.ts';
import { urlMap } from './src/integrations/url-map.ts';
import { astroCommandRecorder } from './src/loaders/astro-command.ts';

/**
 * Reads an optional environment variable, treating an empty value as unset.
 * @param {string} name
 */
const env = (name) => {
  const value = process.env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
};

const cacheDir = env('SITE_CACHE_DIR');
// Relative to this file, not the working directory: scripts/src/site-build.ts runs Astro from elsewhere.
const outDir = path.resolve(import.meta.dirname, env('SITE_OUT_DIR') ?? 'dist');

/** @type {Record<string, string> | undefined} */
let lastmod;
/**
 * The page → last-modified map written by src/pages/sitemap-lastmod.json.ts; the sitemap is written after the pages.
 * @param {string} url
 */
const lastmodOf = (url) => {
  lastmod ??= JSON.parse(fs.readFileSync(path.join(outDir, 'sitemap-lastmod.json'), 'utf8'));
  return lastmod?.[new URL(url).pathname];
};

const site = env('SITE_URL') ?? 'http://127.0.0.1:4321';
// A unit served under a path prefix of the platform's shared host (SITE_URL https://host/xa/binh-son/) is built with
// that prefix as its base: every link, asset and feed URL of its output lives under it (src/lib/navigation/paths.ts).
// A site at the root of its host sets no base, so its output is what it was.
const basePath = new URL(site).pathname.replace(/\/?$/, '/');

export default defineConfig({
  // Absolute URL of the published site: canonical links, Open Graph and the sitemap are built from it.
  site,
  ...(basePath === '/' ? {} : { base: basePath }),
  outDir,
  ...(cacheDir === undefined ? {} : { cacheDir }),
  output: 'static',
  trailingSlash: 'always',
  // One page at a time (the default): with more, Astro's build log interleaves and no longer tells which pages were
  // rendered and which reused (scripts/src/build-log.ts), and measured rebuilds were not reliably faster.
  build: { format: 'directory' },
  integrations: [
    sitemap({
      filter: (page) => !page.endsWith('/404/') && !page.endsWith('/cam-on/') && !page.endsWith('/xem-truoc/') && !page.includes('/da-go/'),
      serialize: (item) => {
        const modified = lastmodOf(item.url);
        return modified === undefined ? item : { ...item, lastmod: modified };
      },
    }),
    astroCommandRecorder(),
    // The redirect map (301/410) over the finished pages, before the search index and the out-dir clean-up.
    urlMap(),
    // The pages read the content data store from its file rather than from a 12 MB copy bundled into every build.
    dataStoreAtRuntime(),
    // The search index is built last, over the finished output; SITE_SEARCH_INDEX=later leaves it to the caller
    // (the rebuild service puts a new build live first and indexes it afterwards, see scripts/src/rebuild/).
    ...(env('SITE_SEARCH_INDEX') === 'later' ? [] : [pagefindIndex()]),
    // Last, after every integration that writes files: SITE_REUSE_OUT_DIR=1 builds over the previous output and removes
    // what this build did not produce (the rebuild service's working directory, see scripts/src/rebuild/).
    ...(env('SITE_REUSE_OUT_DIR') === '1' ? [reuseOutDir()] : []),
    // Brotli and gzip copies of the final output's text files, for the static server and nginx to send as they are.
    precompress(),
  ],
  // Pages with a `cacheKey` (src/lib/build/page-cache-keys.ts) whose key and template are unchanged are copied from the
  // previous build in the same cacheDir instead of rendered: publishing one article re-renders only what shows it.
  experimental: { incrementalBuild: true },
  // Never inline scripts: the static server's CSP forbids inline scripts (Astro inlines small ones by default).
  vite: {
    build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) },
    // The base for the site's own path helpers (src/lib/navigation/paths.ts), in pages and client scripts alike: Vite
    // leaves `import.meta.env.BASE_URL` at "/" in the prerendered pages.
    define: { __SITE_BASE__: JSON.stringify(basePath) },
  },
});
