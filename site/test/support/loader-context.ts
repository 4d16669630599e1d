/**
 * A minimal in-memory LoaderContext (Astro's interface) for running a loader's load() outside Astro: a Map-backed
 * store and meta store, parseData running the collection schema, and a hash digest.
 */

import { createHash } from 'node:crypto';
import type { DataStore, LoaderContext, MetaStore } from 'astro/loaders';
import type { z } from 'astro/zod';

type DataEntry = Parameters<DataStore['set']>[0];

export interface FakeContext {
  context: LoaderContext;
  entries: Map<string, DataEntry>;
  logs: string[];
  /** Number of store.clear() calls. */
  clears: () => number;
}

/** `cacheDir` is Astro's cache folder as the loader sees it (`config.cacheDir`), for loaders that write files there. */
export function fakeLoaderContext(collection: string, schema: z.ZodType, initial: DataEntry[] = [], cacheDir?: URL): FakeContext {
  const entries = new Map<string, DataEntry>(initial.map((entry) => [entry.id, entry]));
  const meta = new Map<string, string>();
  const logs: string[] = [];
  let clears = 0;

  const store: DataStore = {
    get: ((key: string) => entries.get(key)) as DataStore['get'],
    entries: () => [...entries.entries()] as ReturnType<DataStore['entries']>,
    set: (entry) => {
      entries.set(entry.id, entry as DataEntry);
      return true;
    },
    values: () => [...entries.values()] as ReturnType<DataStore['values']>,
    keys: () => [...entries.keys()],
    delete: (key) => void entries.delete(key),
    clear: () => {
      clears += 1;
      entries.clear();
    },
    has: (key) => entries.has(key),
    addModuleImport: () => undefined,
  };
  const metaStore: MetaStore = {
    get: (key) => meta.get(key),
    set: (key, value) => void meta.set(key, value),
    has: (key) => meta.has(key),
    delete: (key) => void meta.delete(key),
  };
  const log = (level: string) => (message: string) => void logs.push(`${level}: ${message}`);
  const logger = { info: log('info'), warn: log('warn'), error: log('error'), debug: log('debug'), label: collection };

  const context = {
    collection,
    store,
    meta: metaStore,
    logger,
    parseData: async ({ data }: { data: Record<string, unknown> }) => (await schema.parseAsync(data)) as typeof data,
    generateDigest: (data: Record<string, unknown> | string) =>
      createHash('sha256').update(typeof data === 'string' ? data : JSON.stringify(data)).digest('hex').slice(0, 16),
    renderMarkdown: () => Promise.reject(new Error('not used by the Strapi loader')),
    config: { cacheDir },
  } as unknown as LoaderContext;

  return { context, entries, logs, clears: () => clears };
}
