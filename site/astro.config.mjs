// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
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

export default defineConfig({
  // Absolute URL of the published site: canonical links, Open Graph and the sitemap are built from it.
  site: env('SITE_URL') ?? 'http://127.0.0.1:4321',
  outDir: env('SITE_OUT_DIR') ?? './dist',
  ...(cacheDir === undefined ? {} : { cacheDir }),
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [sitemap(), astroCommandRecorder()],
});
