/**
 * A real HTTP server (node:http, free port) that answers Strapi 5 list requests the way Strapi does — bearer-token
 * check, `pagination[page]` / `pagination[pageSize]` capped at maxLimit, `{ data, meta: { pagination } }` — with hooks
 * to inject faults. Used by the loader tests and by local mock builds.
 */

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { strapiErrors } from './fixtures.ts';

export interface RecordedRequest {
  /** Path without the query, e.g. "/api/articles". */
  path: string;
  /** Decoded query parameters. */
  query: URLSearchParams;
  /** Requested page (1 when absent). */
  page: number;
  /** 1 for the first request of this path+page, 2 for the first retry… */
  attempt: number;
  authorization: string | undefined;
}

/** What to do with one request instead of (or before) the normal answer. */
export type Fault =
  | { status: number; body?: unknown }
  | { rawBody: string; status?: number }
  | { delayMs: number }
  | { json: (normal: ListBody) => unknown }
  | { destroy: true };

export interface ListBody {
  data: unknown[];
  meta: { pagination: { page: number; pageSize: number; pageCount?: number; total?: number } };
}

export interface MockStrapiOptions {
  /** Entries per list endpoint, e.g. `{ '/api/articles': [...] }`. */
  collections: Record<string, unknown[]>;
  /** Entry per single-type endpoint, e.g. `{ '/api/site-setting': {...} }`, answered `{ data, meta: {} }`. */
  singles?: Record<string, unknown>;
  /** Expected API token; default "test-token". */
  token?: string;
  /** Server-side cap of pageSize (Strapi's REST maxLimit); default 100, Strapi's own (below the client's 1000). */
  maxLimit?: number;
  /** Delay of every normal answer, to make concurrent requests overlap; default 0. */
  delayMs?: number;
  /** Returns a fault for a request, or undefined to answer normally. */
  fault?: (request: RecordedRequest) => Fault | undefined;
}

export interface MockStrapi {
  url: string;
  requests: RecordedRequest[];
  /** Highest number of requests being answered at the same time. */
  maxInFlight: number;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Nested = { [key: string]: Nested | string };

/** Rebuilds the nested object of Strapi's bracket notation ("filters[$and][0][updatedAt][$gt]=…"). */
function nest(params: URLSearchParams, root: string): Nested | undefined {
  let result: Nested | undefined;
  for (const [key, value] of params) {
    if (key !== root && !key.startsWith(`${root}[`)) continue;
    const path = [...key.slice(root.length).matchAll(/\[([^\]]*)\]/g)].map((match) => match[1] ?? '');
    result ??= {};
    let node = result;
    path.forEach((segment, index) => {
      if (index === path.length - 1) node[segment] = value;
      else node = (node[segment] ??= {}) as Nested;
    });
  }
  return result;
}

/** Evaluates the subset of Strapi filters the loader sends: $and, $gt, $in, $eq on top-level fields. */
function matches(entry: Record<string, unknown>, filter: Nested): boolean {
  return Object.entries(filter).every(([key, condition]) => {
    if (key === '$and') return Object.values(condition as Nested).every((part) => matches(entry, part as Nested));
    const value = entry[key];
    if (typeof condition === 'string') return String(value) === condition;
    return Object.entries(condition).every(([operator, operand]) => {
      if (operator === '$gt') return typeof value === 'number' ? value > Number(operand) : Date.parse(String(value)) > Date.parse(String(operand));
      if (operator === '$eq') return String(value) === String(operand);
      if (operator === '$in') return Object.values(operand as Nested).includes(String(value));
      throw new Error(`mock Strapi: unsupported filter operator ${operator}`);
    });
  });
}

/** Applies `filters[…]`, a sort by id (what the keyset reads ask for) and `fields[…]` of a request to a collection's entries. */
function select(entries: readonly unknown[], query: URLSearchParams): unknown[] {
  const filter = nest(query, 'filters');
  const fields = nest(query, 'fields');
  const filtered = filter === undefined ? entries : entries.filter((entry) => matches(entry as Record<string, unknown>, filter));
  const byId = query.get('sort[0]') === 'id:asc' && query.get('sort[1]') === null;
  const id = (entry: unknown) => Number((entry as { id?: unknown }).id);
  const kept = byId ? [...filtered].sort((a, b) => id(a) - id(b)) : filtered;
  if (fields === undefined) return [...kept];
  const names = ['id', ...Object.values(fields).map(String)];
  return kept.map((entry) => Object.fromEntries(names.map((name) => [name, (entry as Record<string, unknown>)[name]])));
}

export async function startMockStrapi(options: MockStrapiOptions): Promise<MockStrapi> {
  const token = options.token ?? 'test-token';
  const maxLimit = options.maxLimit ?? 100;
  const attempts = new Map<string, number>();
  let inFlight = 0;

  const state: MockStrapi = {
    url: '',
    requests: [],
    maxInFlight: 0,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };

  const send = (response: http.ServerResponse, status: number, body: string) => {
    if (response.destroyed) return;
    response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
    response.end(body);
  };

  const answer = async (request: http.IncomingMessage, response: http.ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const page = Number(url.searchParams.get('pagination[page]') ?? '1');
    const key = `${url.pathname}#${page}`;
    const attempt = (attempts.get(key) ?? 0) + 1;
    attempts.set(key, attempt);
    const recorded: RecordedRequest = {
      path: url.pathname,
      query: url.searchParams,
      page,
      attempt,
      authorization: request.headers.authorization,
    };
    state.requests.push(recorded);

    const fault = options.fault?.(recorded);
    if (fault !== undefined && 'destroy' in fault) {
      request.socket.destroy();
      return;
    }
    if (fault !== undefined && 'delayMs' in fault) await sleep(fault.delayMs);
    if (fault !== undefined && 'status' in fault && !('rawBody' in fault)) {
      return send(response, fault.status, JSON.stringify(fault.body ?? strapiErrors.internal));
    }
    if (fault !== undefined && 'rawBody' in fault) return send(response, fault.status ?? 200, fault.rawBody);

    if (recorded.authorization !== `Bearer ${token}`) return send(response, 401, JSON.stringify(strapiErrors.unauthorized));
    const single = options.singles?.[url.pathname];
    if (single !== undefined) return send(response, 200, JSON.stringify({ data: single, meta: {} }));
    const all = options.collections[url.pathname];
    if (all === undefined) return send(response, 404, JSON.stringify(strapiErrors.notFound));

    const entries = select(all, url.searchParams);
    const pageSize = Math.min(maxLimit, Number(url.searchParams.get('pagination[pageSize]') ?? '25'));
    // Strapi leaves the count out when asked (`pagination[withCount]=false`, the keyset reads).
    const counted = url.searchParams.get('pagination[withCount]') !== 'false';
    const body: ListBody = {
      data: entries.slice((page - 1) * pageSize, page * pageSize),
      meta: { pagination: { page, pageSize, ...(counted ? { pageCount: Math.ceil(entries.length / pageSize), total: entries.length } : {}) } },
    };
    if (options.delayMs) await sleep(options.delayMs);
    const json = fault !== undefined && 'json' in fault ? fault.json(body) : body;
    send(response, 200, JSON.stringify(json));
  };

  const server = http.createServer((request, response) => {
    inFlight += 1;
    state.maxInFlight = Math.max(state.maxInFlight, inFlight);
    let done = false;
    const finish = () => {
      if (!done) {
        done = true;
        inFlight -= 1;
      }
    };
    response.on('close', finish);
    answer(request, response).catch((error: unknown) => {
      send(response, 500, JSON.stringify({ data: null, error: { status: 500, name: 'MockError', message: String(error) } }));
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return state;
}
