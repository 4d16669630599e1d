import type { Context, Next } from './koa';
import type { RateLimit } from './config';
import { requestFingerprint } from './fingerprint';
import { responseMode, sendError } from './http';
import { MESSAGES } from './messages';
import { RedisUnavailableError, sharedRedis, type SharedRedis } from './redis';
import { sendUnavailable } from './unavailable';

export type TakeResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface Limiter {
  take(key: string): TakeResult | Promise<TakeResult>;
}

/**
 * Sliding-window limiter in memory, keyed by the daily fingerprint: each key keeps the times of its last `max`
 * requests. One per route and per CMS process: with several instances, RedisSlidingWindowLimiter holds the limit.
 */
export class SlidingWindowLimiter implements Limiter {
  /** Per key, the times of its recent requests, oldest first, from `head` on (dropped ones are compacted lazily). */
  private readonly hits = new Map<string, { times: number[]; head: number }>();
  private lastSweep = 0;

  constructor(readonly limit: RateLimit) {}

  take(key: string, now: number = Date.now()): TakeResult {
    this.sweep(now);
    const since = now - this.limit.windowMs;
    let log = this.hits.get(key);
    if (!log) {
      log = { times: [], head: 0 };
      this.hits.set(key, log);
    }
    while (log.head < log.times.length && log.times[log.head]! <= since) log.head++;
    if (log.head > 64 && log.head * 2 > log.times.length) {
      log.times = log.times.slice(log.head);
      log.head = 0;
    }
    if (log.times.length - log.head >= this.limit.max) {
      const oldest = log.times[log.head]!;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + this.limit.windowMs - now) / 1000)) };
    }
    log.times.push(now);
    return { allowed: true };
  }

  /** Forgets clients idle for a whole window, so memory follows the number of active clients. */
  private sweep(now: number): void {
    if (now - this.lastSweep < this.limit.windowMs) return;
    this.lastSweep = now;
    for (const [key, log] of this.hits) {
      if ((log.times[log.times.length - 1] ?? 0) <= now - this.limit.windowMs) this.hits.delete(key);
    }
  }
}

/**
 * The same sliding window in Redis, shared by every instance: one sorted set per route and visitor holding the
 * times of the recent requests, checked and extended by one Lua script so two instances can never both let the
 * `max`-th request through. Times come from Redis's clock, not the instances' (they may disagree).
 */
const SLIDING_WINDOW_SCRIPT = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local window = tonumber(ARGV[1])
local max = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) >= max then
  local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return {0, tonumber(oldest[2]) + window - now}
end
redis.call('ZADD', KEYS[1], now, ARGV[3])
redis.call('PEXPIRE', KEYS[1], window)
return {1, 0}
`;

export class RedisSlidingWindowLimiter implements Limiter {
  private sequence = 0;

  constructor(
    readonly limit: RateLimit,
    private readonly redis: SharedRedis,
  ) {}

  async take(key: string): Promise<TakeResult> {
    // Members must be unique within the set: two hits in the same millisecond are two hits.
    const member = `${process.pid}:${Date.now()}:${this.sequence++}:${Math.random()}`;
    const redisKey = `${this.redis.prefix}rate:${this.limit.variable}:${key}`;
    const [allowed, waitMs] = await this.redis.run(
      (client) => client.eval(SLIDING_WINDOW_SCRIPT, 1, redisKey, this.limit.windowMs, this.limit.max, member) as Promise<[number, number]>,
    );
    if (allowed === 1) return { allowed: true };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
  }
}

/** Redis when REDIS_URL is set (the limit holds across instances), else this process's memory. */
export function limiterFor(limit: RateLimit, redis: SharedRedis | null = sharedRedis()): Limiter {
  return redis ? new RedisSlidingWindowLimiter(limit, redis) : new SlidingWindowLimiter(limit);
}

/**
 * A route middleware answering 429 with Retry-After and a Vietnamese message once the client is over the limit,
 * and 503 when the shared limiter cannot be asked (the write would otherwise go unlimited).
 */
export function rateLimited(limit: RateLimit, limiter: Limiter = limiterFor(limit)) {
  return async (ctx: Context, next: Next) => {
    let result: TakeResult;
    try {
      result = await limiter.take(requestFingerprint(ctx));
    } catch (error) {
      if (error instanceof RedisUnavailableError) return sendUnavailable(ctx);
      throw error;
    }
    if (result.allowed) return next();
    const message = MESSAGES.tooManyRequests(result.retryAfterSeconds);
    ctx.set('Retry-After', String(result.retryAfterSeconds));
    if (responseMode(ctx) === 'json') {
      sendError(ctx, 429, 'RateLimitError', message, { retryAfterSeconds: result.retryAfterSeconds });
    } else {
      ctx.status = 429;
      ctx.type = 'text/plain; charset=utf-8';
      ctx.body = message;
    }
  };
}
