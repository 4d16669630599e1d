import crypto from 'node:crypto';
import type { Context } from './koa';
import { vietnamDay } from './day';

/**
 * A visitor's daily pseudonym: HMAC-SHA256 of IP address and user agent under a key that changes every Vietnamese
 * calendar day (derived from FINGERPRINT_SECRET, or from APP_KEYS when that is unset). Neither the IP nor the key is
 * stored, and yesterday's hashes cannot be linked to today's.
 */

let baseSecret: string | undefined;
const dailyKeys = new Map<string, Buffer>();

function secret(): string {
  if (baseSecret === undefined) {
    const configured = process.env.FINGERPRINT_SECRET?.trim();
    const appKeys = process.env.APP_KEYS?.trim();
    if (!configured && !appKeys) throw new Error('Set FINGERPRINT_SECRET (or APP_KEYS) to hash visitor fingerprints.');
    baseSecret = configured || crypto.createHmac('sha256', appKeys!).update('portal-engagement-fingerprint').digest('hex');
  }
  return baseSecret;
}

function keyFor(day: string): Buffer {
  let key = dailyKeys.get(day);
  if (!key) {
    key = crypto.createHmac('sha256', secret()).update(`fingerprint:${day}`).digest();
    dailyKeys.clear();
    dailyKeys.set(day, key);
  }
  return key;
}

/** 64 hex characters; stable for one client during one day. */
export function dailyFingerprint(ip: string, userAgent: string, instant: Date = new Date()): string {
  return crypto.createHmac('sha256', keyFor(vietnamDay(instant))).update(`${ip}\n${userAgent}`).digest('hex');
}

/** The request's fingerprint, computed once per request. */
export function requestFingerprint(ctx: Context): string {
  const state = ctx.state as { engagementFingerprint?: string };
  state.engagementFingerprint ??= dailyFingerprint(ctx.request.ip ?? '', ctx.get('user-agent'));
  return state.engagementFingerprint;
}
