/**
 * Astro content-layer loaders for Strapi 5: one collection type (`strapiLoader`) or one single type
 * (`strapiSingleLoader`).
 *
 * A collection syncs incrementally once it has been loaded in full: the cursor (the newest `updatedAt` seen) lives in
 * the loader's meta store with a signature of the request, and a later build fetches only entries with
 * `updatedAt > cursor`, then sweeps every published `documentId` + `updatedAt` (cheap: no populate) to delete entries
 * that disappeared or were unpublished and to refetch any whose `updatedAt` differs from the stored copy (a publish
 * may carry an older `updatedAt` than the cursor). Every entry carries a digest; unchanged ones are not rewritten.
 * A collection may keep one large field out of the data store (`detach`, see detached-field.ts).
 * Everything is fetched and validated before the store is touched, and any failure throws StrapiLoadError — the store
 * then keeps the previous build's content and the build fails.
 *
 * Known limit: a populated relation is a copy taken when its owner was last fetched; pages resolve related entries
 * by documentId from their own collections (src/lib/build/site-data.ts) so that names and slugs stay current.
 */

import type { Loader, LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { astroCommand } from './astro-command.ts';
import { buildGate } from './build-gate.ts';
import { type StrapiConfig, isStrapiConfigured, portalUnit, strapiConfig } from './config.ts';
import {
  type DetachedFieldOptions,
  detach,
  detachedFolder,
  hasDetachedValue,
  removeAllDetached,
  removeDetached,
} from './detached-field.ts';
import { StrapiLoadError } from './errors.ts';
import { type StrapiClient, type StrapiClientOptions, createStrapiClient } from './strapi-client.ts';
import type { StrapiQuery, StrapiQueryValue } from './strapi-query.ts';
import { readSyncState, syncSignature, writeSyncState } from './sync-state.ts';

/** Fields every Strapi entry has; the schema must produce them. */
type StrapiEntry = { documentId: string; updatedAt?: string } & Record<string, unknown>;

/** Settings shared by both loaders. */
interface CommonOptions<Schema extends z.ZodType> {
  /** Collection name for logs and errors; defaults to the Astro collection name. */
  collection?: string;
  /** Schema of one entry (from @portal/shared-types); validates responses and types the collection. */
  schema: Schema;
  /** Per-request timeout in ms; default 15 000. */
  timeoutMs?: number;
  /** Retries on 5xx / network errors / timeouts; default 3. */
  retries?: number;
  /** First back-off delay in ms; default 500. */
  retryDelayMs?: number;
  /**
   * What an HTTP 404 from the endpoint means. 'fail' (default): the build fails. 'empty': the CMS does not have this
   * content type (yet), so the collection is emptied and a warning is logged; any other error still fails the build.
   */
  ifMissing?: 'fail' | 'empty';
  /** CMS URL and token; read from the environment (see config.ts) when absent. */
  config?: Pick<StrapiConfig, 'url' | 'token'>;
}

export interface StrapiLoaderOptions<Schema extends z.ZodType<StrapiEntry>> extends CommonOptions<Schema> {
  /** List endpoint, e.g. "/api/articles". */
  endpoint: string;
  /** Populate, sort, filters… sent with every page request. */
  query?: StrapiQuery;
  /** Entries per page; default 1000 (the CMS REST maxLimit). */
  pageSize?: number;
  /** Parallel page requests; default 4. */
  concurrency?: number;
  /**
   * Whether an empty collection is acceptable. Set false for collections the site cannot do without (articles), so
   * that a misconfigured CMS or token fails the build instead of publishing an empty site. Default true.
   */
  allowEmpty?: boolean;
  /** Sync only what changed since the last build (default true); false reloads everything every time. */
  incremental?: boolean;
  /** A large field kept out of the data store, in a file per entry (e.g. article bodies). */
  detach?: DetachedFieldOptions;
  /** The type carries a `unit` relation: a build for one unit (PORTAL_UNIT) loads only that unit's entries. */
  unitScoped?: boolean;
  /**
   * With `unitScoped`: the build also loads entries re-published on its unit (`syndicatedTo` names it, or
   * `syndicateToAll`); the site keeps those its unit really shows (lib/units/units.ts).
   */
  syndicated?: boolean;
  /**
   * The entries of the archived units whose successors include the build's unit, instead of its own (a successor's
   * list of an archive's documents); no entries for a build without PORTAL_UNIT.
   */
  inherited?: boolean;
}

export interface StrapiSingleLoaderOptions<Schema extends z.ZodType<StrapiEntry>> extends CommonOptions<Schema> {
  /** Single-type endpoint, e.g. "/api/site-setting". */
  endpoint: string;
  /** Populate sent with the request. */
  query?: Pick<StrapiQuery, 'populate'>;
}

interface ParsedEntry {
  id: string;
  data: Record<string, unknown>;
}

/** A detached field and the folder of its files for this collection. */
interface Detached {
  options: DetachedFieldOptions;
  folder: string;
}

/** `{ documentId, updatedAt }` rows of the sweep. */
const sweepItemSchema = z.object({ documentId: z.string().min(1), updatedAt: z.string().min(1) });

/** documentIds per `filters[documentId][$in]` request, keeping URLs short. */
const REFETCH_CHUNK = 50;

function clientOf(options: CommonOptions<z.ZodType> & { pageSize?: number; concurrency?: number }): {
  client: StrapiClient;
  url: string;
} {
  // Read lazily: building the content config (e.g. for type generation) must not need the CMS settings.
  const { url, token } = options.config ?? strapiConfig();
  const clientOptions: StrapiClientOptions = { baseUrl: url, token };
  if (options.pageSize !== undefined) clientOptions.pageSize = options.pageSize;
  if (options.concurrency !== undefined) clientOptions.concurrency = options.concurrency;
  if (options.timeoutMs !== undefined) clientOptions.timeoutMs = options.timeoutMs;
  if (options.retries !== undefined) clientOptions.retries = options.retries;
  if (options.retryDelayMs !== undefined) clientOptions.retryDelayMs = options.retryDelayMs;
  return { client: createStrapiClient(clientOptions), url };
}

/** True when `astro sync` runs without a CMS: types are generated and nothing is loaded. */
function skipForTypegen(context: LoaderContext, collection: string, options: CommonOptions<z.ZodType>): boolean {
  if (options.config === undefined && astroCommand() === 'sync' && !isStrapiConfigured()) {
    context.logger.warn(`${collection}: STRAPI_URL is not set, so \`astro sync\` generates types without loading content`);
    return true;
  }
  return false;
}

/** Runs `load`; a 404 becomes an emptied collection when the content type may be absent from the CMS. */
async function withMissingPolicy(
  context: LoaderContext,
  collection: string,
  ifMissing: 'fail' | 'empty' | undefined,
  load: () => Promise<void>,
  detached?: Detached,
): Promise<void> {
  try {
    await load();
  } catch (error) {
    if (ifMissing !== 'empty' || !(error instanceof StrapiLoadError) || error.status !== 404) throw error;
    context.store.clear();
    if (detached !== undefined) removeAllDetached(detached.folder);
    writeSyncState(context.meta, undefined);
    context.logger.warn(`${collection}: the CMS has no such content type or entry (HTTP 404 from ${error.url}); the collection is empty`);
  }
}

/** Validates and shapes fetched entries with the collection schema, before the store is touched. */
async function parseEntries(context: LoaderContext, entries: readonly StrapiEntry[]): Promise<ParsedEntry[]> {
  return Promise.all(
    entries.map(async (entry) => ({
      id: entry.documentId,
      data: await context.parseData({ id: entry.documentId, data: entry }),
    })),
  );
}

/** Whether the stored copy of an entry lacks its detached value (none is missing when nothing is detached). */
function lacksDetachedValue(context: LoaderContext, id: string, detached: Detached | undefined): boolean {
  return detached !== undefined && !hasDetachedValue(detached.options, detached.folder, id, context.store.get(id)?.data);
}

/**
 * Writes entries whose digest changed (or whose detached value is missing), or all of them on a full reload: the
 * stored entries may then have another shape (an older loader, see FORMAT in sync-state.ts). Returns how many were
 * written. The digest covers the whole entry, the detached field included, so pages keyed on it change when the body
 * does.
 */
function upsert(context: LoaderContext, entries: readonly ParsedEntry[], mode: 'full' | 'changed', detached?: Detached): number {
  let written = 0;
  for (const { id, data } of entries) {
    const digest = context.generateDigest(data);
    if (mode === 'changed' && context.store.get(id)?.digest === digest && !lacksDetachedValue(context, id, detached)) continue;
    // The file first: a stored entry never points at a value that was not written.
    const stored = detached === undefined ? data : detach(detached.options, detached.folder, id, data);
    context.store.set({ id, data: stored, digest });
    written += 1;
  }
  return written;
}

/** Deletes stored entries whose id is not in `present`; returns how many. */
function deleteAbsent(context: LoaderContext, present: ReadonlySet<string>, detached?: Detached): number {
  let deleted = 0;
  for (const id of context.store.keys()) {
    if (!present.has(id)) {
      context.store.delete(id);
      if (detached !== undefined) removeDetached(detached.folder, id);
      deleted += 1;
    }
  }
  return deleted;
}

/** The newest of ISO timestamps, or undefined for none. */
function newest(timestamps: Iterable<string>): string | undefined {
  let best: string | undefined;
  for (const stamp of timestamps) {
    if (best === undefined || Date.parse(stamp) > Date.parse(best)) best = stamp;
  }
  return best;
}

function withFilters(query: StrapiQuery | undefined, extra: Record<string, StrapiQueryValue>): StrapiQuery {
  const base = query?.filters;
  const filters = base === undefined ? extra : { $and: [base, extra] };
  return { ...query, filters };
}

/** The loader's query, narrowed to the build's unit when the type is unit-scoped and the build is for one unit. */
export function unitScopedQuery(
  query: StrapiQuery | undefined,
  unitScoped: boolean | undefined,
  unit: string | undefined,
  syndicated = false,
): StrapiQuery | undefined {
  if (!unitScoped || unit === undefined) return query;
  const own = { unit: { slug: { $eq: unit } } };
  if (!syndicated) return withFilters(query, own);
  return withFilters(query, { $or: [own, { syndicatedTo: { slug: { $eq: unit } } }, { syndicateToAll: { $eq: true } }] });
}

/** The query of an `inherited` collection: entries of the archived units `unit` succeeds; none without a unit. */
export function inheritedQuery(query: StrapiQuery | undefined, unit: string | undefined): StrapiQuery {
  if (unit === undefined) return withFilters(query, { documentId: { $null: true } });
  return withFilters(query, { unit: { state: { $eq: 'archived' }, successors: { slug: { $eq: unit } } } });
}

const settingsUnitSchema = z.looseObject({ unit: z.object({ slug: z.string() }).nullable().optional() });
const defaultUnits = new Map<string, Promise<string | undefined>>();

/**
 * The unit a build is for: PORTAL_UNIT, else the unit the site settings belong to (a platform's default unit, so a
 * build without PORTAL_UNIT never mixes several units' content); undefined for a CMS without units. Asked once per CMS.
 */
export function buildUnit(client: StrapiClient, url: string): Promise<string | undefined> {
  const named = portalUnit();
  if (named !== undefined) return Promise.resolve(named);
  let found = defaultUnits.get(url);
  if (found === undefined) {
    found = client
      .fetchSingle({ collection: 'siteSettings', endpoint: '/api/site-setting', query: { populate: { unit: { fields: ['slug'] } } }, itemSchema: settingsUnitSchema })
      .then(
        (settings) => (settings as z.infer<typeof settingsUnitSchema>).unit?.slug ?? undefined,
        // No settings, or a CMS from before units: the build takes what it loads, as before.
        () => undefined,
      );
    defaultUnits.set(url, found);
  }
  return found;
}

export function strapiLoader<Schema extends z.ZodType<StrapiEntry>>(loaderOptions: StrapiLoaderOptions<Schema>) {
  return {
    name: 'strapi-loader',
    schema: loaderOptions.schema,
    async load(context: LoaderContext): Promise<void> {
      const collection = loaderOptions.collection ?? context.collection;
      if (skipForTypegen(context, collection, loaderOptions)) return;
      // After the gate: a build started ahead of time asks the CMS nothing until it is released.
      await buildGate();
      const cms = clientOf(loaderOptions);
      const unit = loaderOptions.inherited || loaderOptions.unitScoped ? await buildUnit(cms.client, cms.url) : undefined;
      const query = loaderOptions.inherited
        ? inheritedQuery(loaderOptions.query, unit)
        : unitScopedQuery(loaderOptions.query, loaderOptions.unitScoped, unit, loaderOptions.syndicated);
      const options = { ...loaderOptions, query };
      // The unit filter is part of the request, so a store synced for another unit is reloaded in full.
      const signature = syncSignature(options.endpoint, query, options.detach === undefined ? null : `detach:${options.detach.field}`);
      const detached = options.detach === undefined ? undefined : { options: options.detach, folder: detachedFolder(context.config.cacheDir, context.collection) };
      await withMissingPolicy(context, collection, options.ifMissing, async () => {
        const started = performance.now();
        const { client, url } = clientOf(options);
        const request = { collection, endpoint: options.endpoint, itemSchema: options.schema };
        const state = options.incremental === false ? undefined : readSyncState(context.meta);
        const canResume = state !== undefined && state.signature === signature;

        let fetched: StrapiEntry[];
        let present: Set<string>;
        let cursor: string | undefined;
        if (canResume) {
          const [changedEntries, sweep] = await Promise.all([
            client.fetchCollection({ ...request, query: withFilters(options.query, { updatedAt: { $gt: state.cursor } }) }),
            client.fetchCollection({
              collection,
              endpoint: options.endpoint,
              itemSchema: sweepItemSchema,
              query: { fields: ['documentId', 'updatedAt'], ...(options.query?.filters === undefined ? {} : { filters: options.query.filters }) },
            }),
          ]);
          const changed = changedEntries as StrapiEntry[];
          const fetchedAt = new Map(changed.map((entry) => [entry.documentId, entry.updatedAt]));
          // Refetched too: an entry whose detached value went missing (a partly deleted cache).
          const stale = sweep
            .filter(
              (row) =>
                (fetchedAt.get(row.documentId) ?? context.store.get(row.documentId)?.data['updatedAt']) !== row.updatedAt ||
                (!fetchedAt.has(row.documentId) && lacksDetachedValue(context, row.documentId, detached)),
            )
            .map((row) => row.documentId);
          const refetched: StrapiEntry[] = [];
          for (let index = 0; index < stale.length; index += REFETCH_CHUNK) {
            const ids = stale.slice(index, index + REFETCH_CHUNK);
            const entries = (await client.fetchCollection({
              ...request,
              query: withFilters(options.query, { documentId: { $in: ids } }),
            })) as StrapiEntry[];
            refetched.push(...entries);
          }
          present = new Set(sweep.map((row) => row.documentId));
          // An entry changed between the sweep and the refetch is taken as refetched; an entry gone by then is dropped.
          fetched = [...changed, ...refetched].filter((entry) => present.has(entry.documentId));
          cursor = newest(sweep.map((row) => row.updatedAt)) ?? state.cursor;
        } else {
          fetched = (await client.fetchCollection({ ...request, ...(options.query === undefined ? {} : { query: options.query }) })) as StrapiEntry[];
          present = new Set(fetched.map((entry) => entry.documentId));
          cursor = newest(fetched.flatMap((entry) => (entry.updatedAt === undefined ? [] : [entry.updatedAt])));
        }

        if (present.size === 0 && options.allowEmpty === false) {
          throw new StrapiLoadError({
            collection,
            url: `${url}${options.endpoint}`,
            reason: 'the CMS returned no published entries; refusing to build an empty site (is this the right CMS and token?)',
          });
        }
        // Later duplicates win: a refetched copy is newer than the one from the cursor query.
        const latest = new Map(fetched.map((entry) => [entry.documentId, entry]));
        const parsed = await parseEntries(context, [...latest.values()]);
        const deleted = deleteAbsent(context, present, detached);
        const written = upsert(context, parsed, canResume ? 'changed' : 'full', detached);
        writeSyncState(context.meta, cursor === undefined ? undefined : { signature, cursor });
        const mode = canResume ? `incremental since ${state.cursor}` : 'full';
        context.logger.info(
          `${collection}: ${present.size} entries (${mode}: ${parsed.length} fetched, ${written} written, ${deleted} deleted) in ${Math.round(performance.now() - started)} ms`,
        );
      }, detached);
    },
  } satisfies Loader;
}

/** Loader of a single type: the collection holds its one entry, under its documentId. */
export function strapiSingleLoader<Schema extends z.ZodType<StrapiEntry>>(options: StrapiSingleLoaderOptions<Schema>) {
  return {
    name: 'strapi-single-loader',
    schema: options.schema,
    async load(context: LoaderContext): Promise<void> {
      const collection = options.collection ?? context.collection;
      if (skipForTypegen(context, collection, options)) return;
      await buildGate();
      await withMissingPolicy(context, collection, options.ifMissing, async () => {
        const { client } = clientOf(options);
        const entry = (await client.fetchSingle({
          collection,
          endpoint: options.endpoint,
          itemSchema: options.schema,
          ...(options.query === undefined ? {} : { query: options.query }),
        })) as StrapiEntry;
        const parsed = await parseEntries(context, [entry]);
        deleteAbsent(context, new Set([entry.documentId]));
        upsert(context, parsed, 'changed');
        context.logger.info(`${collection}: loaded`);
      });
    },
  } satisfies Loader;
}
