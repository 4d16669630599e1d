/**
 * Loader for the CMS's public participation lists (approved feedback, rating aggregates). These custom routes page
 * with `page`/`pageSize` (not Strapi's `pagination[…]`) and have no drafts or `updatedAt` filters, so they are read
 * in full at every build. Like every collection, any failure (HTTP error, network error, invalid item) throws
 * StrapiLoadError and fails the build; the store is only replaced once every page was fetched and validated.
 */

import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { astroCommand } from './astro-command.ts';
import { buildGate } from './build-gate.ts';
import { type StrapiConfig, isStrapiConfigured, strapiConfig } from './config.ts';
import { StrapiLoadError } from './errors.ts';

export interface PublicListLoaderOptions<Schema extends z.ZodType> {
  /** Collection name for errors. */
  collection: string;
  /** Route, e.g. "/api/public/feedback". */
  endpoint: string;
  /** Schema of one stored entry, after `toEntry`. */
  schema: Schema;
  /** Shapes one raw item into `{ id, data }` (data is then validated with `schema`); throws on an invalid item. */
  toEntry: (item: unknown) => { id: string; data: Record<string, unknown> };
  /** Items per page; default 100 (the routes' maximum). */
  pageSize?: number;
  /** Per-request timeout in ms; default 15 000. */
  timeoutMs?: number;
  config?: Pick<StrapiConfig, 'url' | 'token'>;
}

const envelopeSchema = z.object({
  data: z.array(z.unknown()),
  meta: z.object({ pagination: z.object({ page: z.number(), pageCount: z.number().int().min(0), total: z.number() }) }),
});

/** Fetches every page of a public list route; throws StrapiLoadError on any failure. */
export async function fetchPublicList(
  options: Pick<PublicListLoaderOptions<z.ZodType>, 'collection' | 'endpoint' | 'pageSize' | 'timeoutMs' | 'config'>,
): Promise<unknown[]> {
  const { url: base, token } = options.config ?? strapiConfig();
  const items: unknown[] = [];
  for (let page = 1, pageCount = 1; page <= pageCount; page += 1) {
    const url = `${base}${options.endpoint}?page=${page}&pageSize=${options.pageSize ?? 100}`;
    const fail = (reason: string, status?: number, cause?: unknown): never => {
      throw new StrapiLoadError({ collection: options.collection, url, reason, status, cause });
    };
    let response: Response;
    try {
      response = await fetch(url, {
        headers: { accept: 'application/json', authorization: `Bearer ${token}` },
        signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
      });
    } catch (cause) {
      // Same wording as the collection client: fetch hides the system error code in `cause`.
      const code = (cause as { cause?: { code?: string } }).cause?.code ?? (cause as Error).name;
      return fail(`network error (${code}: ${(cause as Error).message})`, undefined, cause);
    }
    if (!response.ok) fail(`HTTP ${response.status} ${response.statusText}`, response.status);
    let body: unknown;
    try {
      body = await response.json();
    } catch (cause) {
      return fail('the answer is not JSON', response.status, cause);
    }
    const parsed = envelopeSchema.safeParse(body);
    if (!parsed.success) return fail(`unexpected answer: ${parsed.error.message}`, response.status, parsed.error);
    items.push(...parsed.data.data);
    pageCount = parsed.data.meta.pagination.pageCount;
  }
  return items;
}

export function publicListLoader<Schema extends z.ZodType>(options: PublicListLoaderOptions<Schema>): Loader {
  return {
    name: `public-list:${options.collection}`,
    schema: options.schema,
    async load(context) {
      if (options.config === undefined && astroCommand() === 'sync' && !isStrapiConfigured()) return;
      await buildGate();
      const items = await fetchPublicList(options);
      const entries = [];
      for (const item of items) {
        let entry: { id: string; data: Record<string, unknown> };
        try {
          entry = options.toEntry(item);
        } catch (cause) {
          throw new StrapiLoadError({
            collection: options.collection,
            url: `${(options.config ?? strapiConfig()).url}${options.endpoint}`,
            reason: `invalid item: ${cause instanceof Error ? cause.message : String(cause)}`,
            cause,
          });
        }
        entries.push({ id: entry.id, data: await context.parseData(entry) });
      }
      context.store.clear();
      for (const entry of entries) context.store.set(entry);
    },
  };
}
