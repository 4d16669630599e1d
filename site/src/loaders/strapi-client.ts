/**
 * Build-time HTTP client for Strapi 5 list endpoints: reads every page of a collection — by id (keyset) when no other
 * order is asked for, else by offset with bounded concurrency — with per-request timeouts and retries, validates each
 * page against the shared zod schemas, and either returns every entry or throws a StrapiLoadError — never partial data.
 */

import axios, { type AxiosInstance, type AxiosResponse, isAxiosError, isCancel } from 'axios';
import type { z } from 'astro/zod';
import { strapiKeysetListResponse, strapiListResponse, strapiSingleResponse } from '@portal/shared-types';
import { StrapiLoadError } from './errors.ts';
import { type StrapiQuery, type StrapiQueryValue, toQueryString, toSearchParams } from './strapi-query.ts';

export interface StrapiClientOptions {
  /** Strapi base URL without trailing slash, e.g. "http://127.0.0.1:1337". */
  baseUrl: string;
  /** API token sent as a bearer token. */
  token: string;
  /**
   * Entries per page; default 1000, the CMS's REST `maxLimit` (API_MAX_LIMIT). A server with a lower limit caps the
   * page size and reports its own page count, which the client follows: more requests, same entries.
   */
  pageSize?: number;
  /** Pages requested at the same time after the first, when reading by offset (a sorted collection); default 4. */
  concurrency?: number;
  /** Time allowed for one request, response body included, in milliseconds; default 15 000. */
  timeoutMs?: number;
  /** Retries after a failed attempt (5xx, 429, network error, timeout); default 3. 4xx are never retried. */
  retries?: number;
  /** Delay before the first retry in milliseconds, doubled for each further retry (with jitter); default 500. */
  retryDelayMs?: number;
}

export interface CollectionRequest<Item extends z.ZodType> {
  /** Collection name used in error messages, e.g. "articles". */
  collection: string;
  /** List endpoint path, e.g. "/api/articles". */
  endpoint: string;
  /** Populate, sort, filters… (pagination and `status=published` are added by the client). */
  query?: StrapiQuery;
  /** Schema of one entry; each page is validated with the shared list envelope around it. */
  itemSchema: Item;
  /** Overrides the client's page size for this collection. */
  pageSize?: number;
}

/** A request for a single type (e.g. the site settings), answered `{ data, meta: {} }`. */
export interface SingleRequest<Item extends z.ZodType> {
  collection: string;
  /** Single-type endpoint, e.g. "/api/site-setting". */
  endpoint: string;
  query?: Pick<StrapiQuery, 'populate' | 'fields' | 'locale'>;
  itemSchema: Item;
}

export interface StrapiClient {
  /** Fetches a single type's published entry, validated; throws StrapiLoadError (404 when it has no entry). */
  fetchSingle<Item extends z.ZodType>(request: SingleRequest<Item>): Promise<z.input<Item>>;
  /**
   * Fetches every published entry of a collection. Entries are returned exactly as the server sent them (after
   * checking that every page matches the schema), so that schema transforms run once, where the caller parses them.
   */
  fetchCollection<Item extends z.ZodType>(request: CollectionRequest<Item>): Promise<Array<z.input<Item>>>;
}

const DEFAULTS = { pageSize: 1000, concurrency: 4, timeoutMs: 15_000, retries: 3, retryDelayMs: 500 } as const;
/** Upper bound of one back-off delay, whatever the number of retries. */
const MAX_RETRY_DELAY_MS = 30_000;

interface Page<Item> {
  items: Item[];
  pageCount: number;
  total: number;
}

/** What went wrong with one attempt, and whether trying again may help. */
interface AttemptFailure {
  reason: string;
  retryable: boolean;
  status?: number | undefined;
}

function positiveInteger(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`${name} must be a positive integer, got ${value}`);
  return value;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** Strapi's `{ error: { name, message } }` body, when the failed response carries one. */
function strapiErrorSummary(body: unknown): string | undefined {
  if (typeof body !== 'string') return undefined;
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed !== 'object' || parsed === null || !('error' in parsed)) return undefined;
    const { error } = parsed as { error: unknown };
    if (typeof error !== 'object' || error === null) return undefined;
    const { name, message } = error as { name?: unknown; message?: unknown };
    return [name, message].filter((part) => typeof part === 'string' && part !== '').join(': ') || undefined;
  } catch {
    return undefined;
  }
}

function statusHint(status: number): string {
  if (status === 401) return ' — check STRAPI_TOKEN / STRAPI_TOKEN_FILE';
  if (status === 403) return " — the API token lacks read permission on this content type";
  if (status === 404) return ' — check the endpoint path and that the content type exists';
  if (status === 400) return ' — the CMS rejected the query (populate, sort or filter on an unknown field?)';
  return '';
}

function httpFailure(response: AxiosResponse): AttemptFailure {
  const { status } = response;
  const text = strapiErrorSummary(response.data) ?? response.statusText;
  return {
    reason: `HTTP ${status}${text === '' ? '' : ` (${text})`}${statusHint(status)}`,
    // Server errors and rate limiting are transient; other client errors will fail the same way again.
    retryable: status >= 500 || status === 429,
    status,
  };
}

/** Parses a response body with the given envelope schema, or throws a StrapiLoadError naming collection and URL. */
function parseResponse<Schema extends z.ZodType>(schema: Schema, body: unknown, collection: string, url: string): z.output<Schema> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  throw new StrapiLoadError({
    collection,
    url,
    reason: `the response does not match the expected schema: ${describeIssues(result.error)}`,
    status: 200,
    cause: result.error,
  });
}

/** Formats the first few zod issues as "data[3].title: message". */
function describeIssues(error: z.ZodError, limit = 3): string {
  const describe = (issue: z.core.$ZodIssue) => {
    const path = issue.path
      .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
      .join('');
    return `${path === '' ? '(body)' : path}: ${issue.message}`;
  };
  const shown = error.issues.slice(0, limit).map(describe).join('; ');
  const more = error.issues.length - limit;
  return more > 0 ? `${shown}; and ${more} more` : shown;
}

export function createStrapiClient(options: StrapiClientOptions): StrapiClient {
  const settings = {
    pageSize: positiveInteger('pageSize', options.pageSize ?? DEFAULTS.pageSize),
    concurrency: positiveInteger('concurrency', options.concurrency ?? DEFAULTS.concurrency),
    timeoutMs: positiveInteger('timeoutMs', options.timeoutMs ?? DEFAULTS.timeoutMs),
    retries: options.retries ?? DEFAULTS.retries,
    retryDelayMs: options.retryDelayMs ?? DEFAULTS.retryDelayMs,
  };
  if (!Number.isInteger(settings.retries) || settings.retries < 0) {
    throw new RangeError(`retries must be a non-negative integer, got ${settings.retries}`);
  }
  const baseUrl = options.baseUrl.replace(/\/+$/, '');

  const http: AxiosInstance = axios.create({
    headers: { Authorization: `Bearer ${options.token}`, Accept: 'application/json' },
    // The body is parsed here, so that a non-JSON body is reported as such instead of surfacing as a string.
    responseType: 'text',
    transformResponse: [(data: unknown) => data],
    // Only 2xx count as success; everything else is classified in `attempt`.
    validateStatus: (status) => status >= 200 && status < 300,
    proxy: false,
  });

  /** One GET with the per-request deadline; resolves to the raw body text or rejects with an AttemptFailure. */
  async function attempt(url: string, signal: AbortSignal): Promise<string> {
    const deadline = AbortSignal.timeout(settings.timeoutMs);
    try {
      const response = await http.get<string>(url, { signal: AbortSignal.any([signal, deadline]) });
      return response.data;
    } catch (error) {
      // Cancelled because another page failed: let the caller's first error win.
      if (signal.aborted) throw signal.reason;
      if (deadline.aborted) {
        throw { reason: `no complete response within ${settings.timeoutMs} ms`, retryable: true } satisfies AttemptFailure;
      }
      if (isAxiosError(error) && error.response !== undefined) throw httpFailure(error.response);
      if (isAxiosError(error) && !isCancel(error)) {
        const code = error.code ?? error.cause?.name ?? 'unknown';
        throw { reason: `network error (${code}: ${error.message})`, retryable: true } satisfies AttemptFailure;
      }
      throw error;
    }
  }

  function backoff(retry: number): number {
    // Exponential with "equal jitter": half fixed, half random, so parallel page requests do not retry in lockstep.
    const ceiling = Math.min(MAX_RETRY_DELAY_MS, settings.retryDelayMs * 2 ** (retry - 1));
    return ceiling / 2 + Math.random() * (ceiling / 2);
  }

  /** GET with retries; returns the parsed JSON body or throws StrapiLoadError. */
  async function getJson(collection: string, url: string, signal: AbortSignal): Promise<unknown> {
    for (let attemptNumber = 1; ; attemptNumber += 1) {
      let body: string;
      try {
        body = await attempt(url, signal);
      } catch (error) {
        if (typeof error !== 'object' || error === null || !('retryable' in error)) throw error;
        const failure = error as AttemptFailure;
        if (failure.retryable && attemptNumber <= settings.retries) {
          await sleep(backoff(attemptNumber), signal);
          continue;
        }
        const attempts = attemptNumber === 1 ? '' : ` after ${attemptNumber} attempts`;
        throw new StrapiLoadError({ collection, url, reason: `${failure.reason}${attempts}`, status: failure.status });
      }
      try {
        return JSON.parse(body) as unknown;
      } catch (cause) {
        throw new StrapiLoadError({ collection, url, reason: 'the response body is not JSON', status: 200, cause });
      }
    }
  }

  /**
   * Reads a collection in id order, one page after another, each asking for the entries after the last id read
   * (`filters[id][$gt]`, on the primary key): every page costs the CMS the same, where an offset page costs more the
   * deeper it lies (at 50,000 articles reading the CMS took about half of the build). Strapi does not count the
   * entries then (`withCount=false`). A page shorter than the page size the server applied is the last.
   * An entry re-published while the collection is read gets a new id, so it may come twice: the later copy wins.
   */
  async function readByKeyset<Item extends z.ZodType>(request: CollectionRequest<Item>, pageSize: number): Promise<Array<z.input<Item>>> {
    const { collection, endpoint, itemSchema } = request;
    const envelope = strapiKeysetListResponse(itemSchema);
    const signal = new AbortController().signal;
    const base = request.query?.filters;
    const read = new Map<unknown, z.input<Item>>();
    for (let after = 0; ; ) {
      const beyond: StrapiQueryValue = { id: { $gt: after } };
      const filters = base === undefined ? beyond : { $and: [base, beyond] };
      const params = toSearchParams({ ...request.query, filters, sort: ['id:asc'], status: 'published', pagination: { page: 1, pageSize, withCount: false } });
      const url = `${baseUrl}${endpoint}?${toQueryString(params)}`;
      const body = await getJson(collection, url, signal);
      const { meta } = parseResponse(envelope, body, collection, url);
      const items = (body as { data: Array<z.input<Item> & { id?: unknown; documentId?: unknown }> }).data;
      for (const item of items) {
        if (typeof item.id !== 'number' || !(item.id > after)) {
          throw new StrapiLoadError({ collection, url, reason: `an entry without an id above ${after} in a page read by id`, status: 200 });
        }
        after = item.id;
        read.delete(item.documentId);
        read.set(item.documentId, item);
      }
      if (items.length < meta.pagination.pageSize) return [...read.values()];
    }
  }

  return {
    async fetchSingle<Item extends z.ZodType>(request: SingleRequest<Item>): Promise<z.input<Item>> {
      const { collection, endpoint, itemSchema } = request;
      const url = `${baseUrl}${endpoint}?${toQueryString(toSearchParams({ ...request.query, status: 'published' }))}`;
      const body = await getJson(collection, url, new AbortController().signal);
      parseResponse(strapiSingleResponse(itemSchema), body, collection, url);
      return (body as { data: z.input<Item> }).data;
    },

    async fetchCollection<Item extends z.ZodType>(request: CollectionRequest<Item>): Promise<Array<z.input<Item>>> {
      const { collection, endpoint, itemSchema } = request;
      const pageSize = positiveInteger('pageSize', request.pageSize ?? settings.pageSize);
      const sort = request.query?.sort === undefined ? [] : [request.query.sort].flat();
      if (sort.every((key) => key === 'id' || key === 'id:asc')) return readByKeyset(request, pageSize);
      const envelope = strapiListResponse(itemSchema);
      const query = {
        ...request.query,
        // Offset pagination needs a total order, or entries with equal sort keys may move between pages while
        // they are read; the unique id breaks ties.
        sort: sort.some((key) => key === 'id' || key.startsWith('id:')) ? sort : [...sort, 'id:asc'],
        status: 'published',
      };
      const pageUrl = (page: number) => {
        const params = toSearchParams({ ...query, pagination: { page, pageSize } });
        return `${baseUrl}${endpoint}?${toQueryString(params)}`;
      };

      const controller = new AbortController();
      const fetchPage = async (page: number): Promise<Page<z.input<Item>>> => {
        const url = pageUrl(page);
        const body = await getJson(collection, url, controller.signal);
        const { pagination } = parseResponse(envelope, body, collection, url).meta;
        // The raw entries (validated above): schema transforms are applied once, by the caller.
        return { items: (body as { data: Array<z.input<Item>> }).data, pageCount: pagination.pageCount, total: pagination.total };
      };

      const first = await fetchPage(1);
      const pages: Array<Page<z.input<Item>>> = [first];
      const remaining = Array.from({ length: Math.max(0, first.pageCount - 1) }, (_, index) => index + 2);
      let next = 0;
      const worker = async () => {
        while (next < remaining.length && !controller.signal.aborted) {
          const page = remaining[next++]!;
          pages[page - 1] = await fetchPage(page);
        }
      };
      try {
        await Promise.all(Array.from({ length: Math.min(settings.concurrency, remaining.length) }, worker));
      } catch (error) {
        // Stop the other workers and their in-flight requests; the first failure is the one reported.
        controller.abort(error);
        throw error;
      }

      const items = pages.flatMap((page) => page.items);
      const ids = new Set(items.map((item) => (item as { documentId?: unknown }).documentId));
      const changed = pages.find((page) => page.total !== first.total);
      if (changed !== undefined || items.length !== first.total || ids.size !== items.length) {
        throw new StrapiLoadError({
          collection,
          url: pageUrl(1),
          reason:
            `expected ${first.total} entries but read ${items.length} (${ids.size} distinct): ` +
            'the content changed while it was being read; run the build again',
        });
      }
      return items;
    },
  };
}
