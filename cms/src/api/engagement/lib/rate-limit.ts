import type { Context, Next } from './koa';
import type { RateLimit } from './config';
import { requestFingerprint } from './fingerprint';
import { responseMode, sendError } from './http';
import { MESSAGES } from './messages';

export type TakeResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Sliding-window limiter in memory, keyed by the daily fingerprint: each key keeps the times of its last `max`
 * requests. One per route and per CMS process (several instances each allow `max`; put a shared limiter in front
 * of them when that matters).
 */
export class SlidingWindowLimiter {
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

/** A route middleware answering 429 with Retry-After and a Vietnamese message once the client is over the limit. */
export function rateLimited(limit: RateLimit | SlidingWindowLimiter) {
  // A limiter may be shared with another way in (downloads: the beacon and the CMS serving the file).
  const limiter = limit instanceof SlidingWindowLimiter ? limit : new SlidingWindowLimiter(limit);
  return async (ctx: Context, next: Next) => {
    const result = limiter.take(requestFingerprint(ctx));
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
