/**
 * Runs a built site's Pagefind search in Node: Pagefind's browser module loads its index with fetch() relative to
 * its own URL, so file: URLs are answered from disk while it runs.
 */

import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface NodePagefind {
  /** Result URLs (site paths) for a query, best first. */
  search(query: string, filters?: Record<string, string>): Promise<string[]>;
  filters(): Promise<Record<string, Record<string, number>>>;
  close(): void;
}

interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: Array<{ data(): Promise<{ url: string }> }> }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

export async function loadPagefind(siteDir: string): Promise<NodePagefind> {
  const bundle = pathToFileURL(path.join(siteDir, 'pagefind') + path.sep);
  const originalFetch = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.protocol !== 'file:') return originalFetch(input, init);
    return new Response(await fs.readFile(fileURLToPath(url)));
  }) as typeof fetch;
  const pagefind = (await import(new URL('pagefind.js', bundle).href)) as PagefindModule;
  await pagefind.options({ basePath: bundle.href });
  await pagefind.init();
  const sitePrefix = pathToFileURL(siteDir).pathname;
  return {
    async search(query, filters = {}) {
      const { results } = await pagefind.search(query, { filters });
      const data = await Promise.all(results.map((result) => result.data()));
      // Results are site paths prefixed with the bundle's base, e.g. "/file:/tmp/site/van-ban/215-kl-tu/".
      return data.map((item) => item.url.slice(item.url.indexOf(sitePrefix) + sitePrefix.length).replace(/^\/?/, '/'));
    },
    filters: () => pagefind.filters(),
    close() {
      globalThis.fetch = originalFetch;
    },
  };
}
