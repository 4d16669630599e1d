import crypto from 'node:crypto';
import type { Core } from '@strapi/strapi';
import type { Context, Next } from '../api/engagement/lib/koa';
import { sharedRedis } from '../api/engagement/lib/redis';
import { localGeneration, redisGeneration, type Generation } from './generation';
import { ByteLru } from './lru';

/**
 * A cache of the content API's public reads (`GET /api/<type>` and `/api/<type>/:id` of content types, published
 * content only), for visitors and read-only API tokens such as the site build's. Keyed by method, full URL and the
 * caller's identity (a hash of the Authorization header: tokens may differ in permissions), stored under the
 * generation that was current when the read began, so a write committed meanwhile makes the entry a miss.
 *
 * Entries live in this process's memory (LRU bounded in bytes), not in Redis: a hit then costs no network round trip
 * and no JSON parsing, and each instance warms up from a handful of misses; only the generation is shared.
 */

export class ResponseCacheConfigError extends Error {
  override name = 'ResponseCacheConfigError';
}

export interface ResponseCacheSettings {
  /** 0 turns the cache off. Also a safety net: no entry outlives it, whatever happens to an invalidation. */
  ttlMs: number;
  maxBytes: number;
  maxEntryBytes: number;
}

function wholeNumber(env: NodeJS.ProcessEnv, variable: string, fallback: number): number {
  const raw = env[variable]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 0) throw new ResponseCacheConfigError(`${variable} must be a whole number ≥ 0, got "${raw}".`);
  return value;
}

export function responseCacheSettings(env: NodeJS.ProcessEnv = process.env): ResponseCacheSettings {
  return {
    ttlMs: wholeNumber(env, 'API_CACHE_TTL_SECONDS', 300) * 1000,
    maxBytes: wholeNumber(env, 'API_CACHE_MAX_BYTES', 64 * 1024 * 1024),
    maxEntryBytes: wholeNumber(env, 'API_CACHE_MAX_ENTRY_BYTES', 1024 * 1024),
  };
}

interface Entry {
  body: Buffer;
  bytes: number;
  generation: string;
  expires: number;
}

/** Content-type controllers' read actions (`api::article.article.find`); custom engagement routes are not these. */
const READ_HANDLER = /^(api::[\w-]+\.[\w-]+)\.(find|findOne)$/;

interface AuthState {
  strategy?: { name?: string };
  credentials?: { type?: string; expiresAt?: string | number | Date | null } | null;
}

export interface ResponseCache {
  middleware(ctx: Context, next: Next): Promise<void>;
  /** Called after every write that may change a read; resolves once every instance will miss older entries. */
  invalidate(): Promise<void>;
}

export function createResponseCache(strapi: Core.Strapi, settings: ResponseCacheSettings, generation: Generation): ResponseCache {
  const entries = new ByteLru<Entry>(settings.maxBytes);
  // Concurrent misses of one key wait for the first one's answer instead of all querying the database.
  const inflight = new Map<string, Promise<Entry | null>>();

  /** The key of a request that may be served from the cache, or null. */
  function keyOf(ctx: Context): string | null {
    if (ctx.method !== 'GET' || !ctx.path.startsWith('/api/')) return null;
    // The participation and editor routes are never content-type reads: skip them before any lookup.
    if (ctx.path.startsWith('/api/public/') || ctx.path.startsWith('/api/editor/')) return null;
    // Drafts and previews are never cached (published-only refuses drafts on /api/ anyway).
    if (ctx.get('x-preview-secret') || (ctx.query.status !== undefined && ctx.query.status !== 'published')) return null;
    const authorization = ctx.get('authorization');
    const identity = authorization ? crypto.createHash('sha256').update(authorization).digest('base64url') : 'public';
    return `${ctx.method} ${ctx.originalUrl}\n${identity}`;
  }

  /** The answer as an entry when it may be shared with the next caller of the same key, else null. */
  function entryOf(ctx: Context, generationAtStart: string): Entry | null {
    const route = (ctx.state as { route?: { handler?: unknown; info?: { type?: string } } }).route;
    const handler = typeof route?.handler === 'string' ? READ_HANDLER.exec(route.handler) : null;
    if (route?.info?.type !== 'content-api' || !handler || !strapi.contentTypes[handler[1] as keyof typeof strapi.contentTypes]) return null;
    if (ctx.status !== 200 || ctx.body === null || typeof ctx.body !== 'object' || Buffer.isBuffer(ctx.body)) return null;
    const auth = (ctx.state as { auth?: AuthState }).auth;
    const strategy = auth?.strategy?.name;
    const credentials = auth?.credentials;
    // Visitors (no credentials) and read-only or custom API tokens; never a signed-in user or a full-access token.
    const shareable =
      (strategy === 'users-permissions' && !credentials) ||
      (strategy === 'content-api-token' && (credentials?.type === 'read-only' || credentials?.type === 'custom'));
    if (!shareable) return null;
    const body = Buffer.from(JSON.stringify(ctx.body));
    if (body.length > settings.maxEntryBytes) return null;
    const tokenExpires = credentials?.expiresAt ? new Date(credentials.expiresAt).getTime() : Infinity;
    return { body, bytes: body.length, generation: generationAtStart, expires: Math.min(Date.now() + settings.ttlMs, tokenExpires) };
  }

  function serve(ctx: Context, entry: Entry): void {
    ctx.status = 200;
    ctx.type = 'application/json; charset=utf-8';
    ctx.set('X-Cache', 'HIT');
    ctx.body = entry.body;
  }

  const fresh = (entry: Entry | undefined | null, current: string): entry is Entry =>
    !!entry && entry.generation === current && entry.expires > Date.now();

  return {
    async middleware(ctx, next) {
      const key = settings.ttlMs > 0 ? keyOf(ctx) : null;
      const current = key ? await generation.current() : null;
      if (!key || current === null) return next();
      const hit = entries.get(key);
      if (fresh(hit, current)) return serve(ctx, hit);
      if (hit) entries.delete(key);

      const flightKey = `${current}\n${key}`;
      const leader = inflight.get(flightKey);
      if (leader) {
        const shared = await leader;
        if (fresh(shared, current)) return serve(ctx, shared);
        return next();
      }
      let settle!: (entry: Entry | null) => void;
      inflight.set(flightKey, new Promise((resolve) => (settle = resolve)));
      let entry: Entry | null = null;
      try {
        await next();
        entry = entryOf(ctx, current);
        if (entry) {
          entries.set(key, entry);
          ctx.set('X-Cache', 'MISS');
        }
      } finally {
        inflight.delete(flightKey);
        settle(entry);
      }
    },
    invalidate: () => generation.bump(),
  };
}

let shared: ResponseCache | undefined;

/** This process's cache, created on first use (the register hook and the global middleware share it). */
export function responseCache(strapi: Core.Strapi): ResponseCache {
  if (!shared) {
    const redis = sharedRedis(strapi.log);
    shared = createResponseCache(strapi, responseCacheSettings(), redis ? redisGeneration(redis, strapi.log) : localGeneration());
  }
  return shared;
}
