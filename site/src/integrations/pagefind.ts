/**
 * Builds the Pagefind search index over the built site (`astro:build:done`), into `<outDir>/pagefind/`. Only pages
 * marked with `data-pagefind-body` are indexed (articles, documents, congresses, indicators, reports, schedules,
 * static pages), each with its folded đ-words added (lib/search-index-input.ts). A failure fails the build: a site
 * whose search is broken is not published.
 */

import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { indexableHtml } from '../lib/search-index-input.ts';

/** Pagefind rejected the site or could not write its index. */
export class SearchIndexError extends Error {
  override readonly name = 'SearchIndexError';
}

/** Files read and handed to Pagefind at the same time. */
const CONCURRENCY = 16;

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => path.join(entry.parentPath, entry.name));
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'portal:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const pagefind = await import('pagefind');
        const outDir = fileURLToPath(dir);
        try {
          const created = await pagefind.createIndex({ forceLanguage: 'vi' });
          const { index } = created;
          if (index === undefined) throw new SearchIndexError(`Pagefind could not start: ${created.errors.join('; ')}`);
          const files = await htmlFiles(outDir);
          let indexed = 0;
          for (let start = 0; start < files.length; start += CONCURRENCY) {
            await Promise.all(
              files.slice(start, start + CONCURRENCY).map(async (file) => {
                const content = indexableHtml(await fs.readFile(file, 'utf8'));
                if (content === undefined) return;
                const url = `/${path.relative(outDir, file).split(path.sep).join('/')}`.replace(/index\.html$/, '');
                const added = await index.addHTMLFile({ url, content });
                if (added.errors.length > 0) throw new SearchIndexError(`Pagefind could not index ${url}: ${added.errors.join('; ')}`);
                indexed += 1;
              }),
            );
          }
          const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
          if (written.errors.length > 0) throw new SearchIndexError(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`indexed ${indexed} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
