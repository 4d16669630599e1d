/**
 * Builds the Pagefind search index over the built site (`astro:build:done`), into `<outDir>/pagefind/`. Only pages
 * marked with `data-pagefind-body` are indexed (articles, documents, congresses, indicators, reports, schedules,
 * static pages), each with its folded đ-words added (lib/search/search-index-input.ts). A failure fails the build: a site
 * whose search is broken is not published. The rebuild service instead runs `indexSite` after a build went live
 * (SITE_SEARCH_INDEX=later, see astro.config.mjs): on a large site indexing takes longer than the rest of a rebuild.
 */

import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { indexableHtml } from '../lib/search/search-index-input.ts';
import { precompressDir } from './precompress.ts';

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

export interface IndexSiteOptions {
  /** Where the index goes; default `<siteDir>/pagefind`. */
  outputPath?: string;
  /** Aborting stops Pagefind; the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
}

/**
 * Indexes every searchable page of a built site with Pagefind and writes the index. Used by the integration below and
 * by the rebuild service, which indexes a build after it went live. Resolves to the number of pages indexed.
 */
export async function indexSite(siteDir: string, options: IndexSiteOptions = {}): Promise<number> {
  options.signal?.throwIfAborted();
  const pagefind = await import('pagefind');
  // Closing Pagefind's backend makes every pending call fail, which ends the run early.
  const stop = () => void pagefind.close();
  options.signal?.addEventListener('abort', stop, { once: true });
  try {
    const created = await pagefind.createIndex({ forceLanguage: 'vi' });
    const { index } = created;
    if (index === undefined) throw new SearchIndexError(`Pagefind could not start: ${created.errors.join('; ')}`);
    const files = await htmlFiles(siteDir);
    let indexed = 0;
    for (let start = 0; start < files.length; start += CONCURRENCY) {
      options.signal?.throwIfAborted();
      await Promise.all(
        files.slice(start, start + CONCURRENCY).map(async (file) => {
          const content = indexableHtml(await fs.readFile(file, 'utf8'));
          if (content === undefined) return;
          const url = `/${path.relative(siteDir, file).split(path.sep).join('/')}`.replace(/index\.html$/, '');
          const added = await index.addHTMLFile({ url, content });
          if (added.errors.length > 0) throw new SearchIndexError(`Pagefind could not index ${url}: ${added.errors.join('; ')}`);
          indexed += 1;
        }),
      );
    }
    const outputPath = options.outputPath ?? path.join(siteDir, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new SearchIndexError(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    // Its JavaScript and JSON; the chunks and the WASM come gzipped from Pagefind.
    await precompressDir(outputPath);
    return indexed;
  } catch (error) {
    options.signal?.throwIfAborted();
    throw error;
  } finally {
    options.signal?.removeEventListener('abort', stop);
    await pagefind.close();
  }
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'portal:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const indexed = await indexSite(fileURLToPath(dir));
        logger.info(`indexed ${indexed} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
