import type { Context } from './koa';
import { responseMode, sendError } from './http';
import { MESSAGES } from './messages';

/** Seconds a client is asked to wait when the shared state (Redis) is unreachable. */
export const UNAVAILABLE_RETRY_SECONDS = 10;

/**
 * 503 with Retry-After: a public write that cannot be counted or limited is refused openly, never dropped in
 * silence and never a 500.
 */
export function sendUnavailable(ctx: Context): void {
  const message = MESSAGES.temporarilyUnavailable(UNAVAILABLE_RETRY_SECONDS);
  ctx.set('Retry-After', String(UNAVAILABLE_RETRY_SECONDS));
  if (responseMode(ctx) === 'json') {
    sendError(ctx, 503, 'ServiceUnavailableError', message, { retryAfterSeconds: UNAVAILABLE_RETRY_SECONDS });
  } else {
    ctx.status = 503;
    ctx.type = 'text/plain; charset=utf-8';
    ctx.body = message;
  }
}
