/**
 * Astro content-layer loader for one Strapi 5 collection type.
 *
 * Today every build is a full load: fetch every page, validate, then replace the collection's entries at once.
 * The steps are kept apart (fetch → parse → apply) so that an incremental sync can slot in later: fetch only entries
 * with `updatedAt` after a cursor kept in `context.meta`, then sweep documentIds to delete vanished entries.
 */

import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { astroCommand } from './astro-command.ts';
import { type StrapiConfig, isStrapiConfigured, strapiConfig } from './config.ts';
import { StrapiLoadError } from './errors.ts';
import { type StrapiClientOptions, createStrapiClient } from './strapi-client.ts';
import type { StrapiQuery } from './strapi-query.ts';

/** Fields every Strapi entry has; the schema must produce them. */
type StrapiEntry = { documentId: string } & Record<string, unknown>;

export interface StrapiLoaderOptions<Schema extends z.ZodType<StrapiEntry>> {
  /** Collection name for logs and errors; defaults to the Astro collection name. */
  collection?: string;
  /** List endpoint, e.g. "/api/articles". */
  endpoint: string;
  /** Populate, sort, filters… sent with every page request. */
  query?: StrapiQuery;
  /** Schema of one entry (from @portal/shared-types); validates pages and types the collection. */
  schema: Schema;
  /** Entries per page; default 100 (the CMS REST maxLimit). */
  pageSize?: number;
  /** Parallel page requests; default 4. */
  concurrency?: number;
  /** Per-request timeout in ms; default 15 000. */
  timeoutMs?: number;
  /** Retries on 5xx / network errors / timeouts; default 3. */
  retries?: number;
  /** First back-off delay in ms; default 500. */
  retryDelayMs?: number;
  /**
   * Whether an empty collection is acceptable. Set false for collections the site cannot do without (articles), so
   * that a misconfigured CMS or token fails the build instead of publishing an empty site. Default true.
   */
  allowEmpty?: boolean;
  /** CMS URL and token; read from the environment (see config.ts) when absent. */
  config?: Pick<StrapiConfig, 'url' | 'token'>;
}

interface ParsedEntry {
  id: string;
  data: Record<string, unknown>;
}

/** Validates and shapes every fetched entry with the collection schema, before the store is touched. */
async function parseEntries(context: LoaderContext, entries: readonly StrapiEntry[]): Promise<ParsedEntry[]> {
  return Promise.all(
    entries.map(async (entry) => ({
      id: entry.documentId,
      data: await context.parseData({ id: entry.documentId, data: entry }),
    })),
  );
}

/** Replaces the collection's entries with a complete, validated set. */
function replaceAll(context: LoaderContext, entries: readonly ParsedEntry[]): void {
  context.store.clear();
  for (const { id, data } of entries) {
    context.store.set({ id, data, digest: context.generateDigest(data) });
  }
}

export function strapiLoader<Schema extends z.ZodType<StrapiEntry>>(options: StrapiLoaderOptions<Schema>) {
  return {
    name: 'strapi-loader',
    schema: options.schema,
    async load(context: LoaderContext): Promise<void> {
      const collection = options.collection ?? context.collection;
      if (options.config === undefined && astroCommand() === 'sync' && !isStrapiConfigured()) {
        // `astro sync` only needs the schemas to generate types; nothing is published from its store.
        context.logger.warn(`${collection}: STRAPI_URL is not set, so \`astro sync\` generates types without loading content`);
        return;
      }
      const started = performance.now();
      // Read lazily: building the content config (e.g. for type generation) must not need the CMS settings.
      const { url, token } = options.config ?? strapiConfig();
      const clientOptions: StrapiClientOptions = { baseUrl: url, token };
      if (options.pageSize !== undefined) clientOptions.pageSize = options.pageSize;
      if (options.concurrency !== undefined) clientOptions.concurrency = options.concurrency;
      if (options.timeoutMs !== undefined) clientOptions.timeoutMs = options.timeoutMs;
      if (options.retries !== undefined) clientOptions.retries = options.retries;
      if (options.retryDelayMs !== undefined) clientOptions.retryDelayMs = options.retryDelayMs;

      const fetched = await createStrapiClient(clientOptions).fetchCollection({
        collection,
        endpoint: options.endpoint,
        itemSchema: options.schema,
        ...(options.query === undefined ? {} : { query: options.query }),
      });
      if (fetched.length === 0 && options.allowEmpty === false) {
        throw new StrapiLoadError({
          collection,
          url: `${url}${options.endpoint}`,
          reason: 'the CMS returned no published entries; refusing to build an empty site (is this the right CMS and token?)',
        });
      }
      const entries = await parseEntries(context, fetched as StrapiEntry[]);
      replaceAll(context, entries);
      context.logger.info(`${collection}: loaded ${entries.length} entries in ${Math.round(performance.now() - started)} ms`);
    },
  } satisfies Loader;
}
