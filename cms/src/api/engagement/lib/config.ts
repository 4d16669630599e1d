/**
 * Settings of the public participation routes, read from the environment once and validated with errors that name
 * the variable. Also used by config/middlewares.ts (CORS), so it must not depend on a running Strapi.
 */

export class EngagementConfigError extends Error {
  override name = 'EngagementConfigError';
}

/** At most `max` requests per client in any window of `windowMs`. */
export interface RateLimit {
  variable: string;
  max: number;
  windowMs: number;
}

const DEFAULT_SITE_URL = 'http://127.0.0.1:4321';

/** The public site's base URL, without a trailing slash (redirect targets of the no-JS forms). */
export function siteUrl(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.SITE_URL?.trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new EngagementConfigError(`SITE_URL must be an absolute http(s) URL such as ${DEFAULT_SITE_URL}, got "${raw}".`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new EngagementConfigError(`SITE_URL must use http or https, got "${raw}".`);
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

/**
 * Origins allowed to call the CMS from a browser: CORS_ORIGINS (comma-separated) when set, otherwise the site's
 * origin plus the local development origins.
 */
export function corsOrigins(env: NodeJS.ProcessEnv = process.env): string[] {
  const listed = (env.CORS_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean);
  const origins = listed.length > 0 ? listed : [new URL(siteUrl(env)).origin, 'http://127.0.0.1:4321', 'http://localhost:4321'];
  for (const origin of origins) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (!parsed || parsed.origin !== origin.replace(/\/$/, '')) {
      throw new EngagementConfigError(`CORS_ORIGINS must list origins such as https://portal.example.vn (no path), got "${origin}".`);
    }
  }
  return [...new Set(origins.map((origin) => origin.replace(/\/$/, '')))];
}

/** Parses "<max>/<seconds>", e.g. "5/600" = five requests per ten minutes. */
export function rateLimit(variable: string, fallback: string, env: NodeJS.ProcessEnv = process.env): RateLimit {
  const raw = env[variable]?.trim() || fallback;
  const match = /^(\d+)\/(\d+)$/.exec(raw);
  const max = match ? Number(match[1]) : NaN;
  const seconds = match ? Number(match[2]) : NaN;
  if (!match || max < 1 || seconds < 1 || !Number.isSafeInteger(max) || !Number.isSafeInteger(seconds)) {
    throw new EngagementConfigError(
      `${variable} must be "<requests>/<seconds>" with both numbers ≥ 1 (e.g. "${fallback}"), got "${raw}".`,
    );
  }
  return { variable, max, windowMs: seconds * 1000 };
}

function positiveInteger(variable: string, fallback: number, env: NodeJS.ProcessEnv): number {
  const raw = env[variable]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new EngagementConfigError(`${variable} must be a whole number ≥ 0, got "${raw}".`);
  }
  return value;
}

/** How long GET /api/public/stats answers from memory. */
export function statsCacheMs(env: NodeJS.ProcessEnv = process.env): number {
  return positiveInteger('STATS_CACHE_SECONDS', 5, env) * 1000;
}

/** How often an instance tries to write the view beacons buffered in Redis to the database (REDIS_URL set). */
export function viewFlushMs(env: NodeJS.ProcessEnv = process.env): number {
  return Math.max(100, positiveInteger('VIEW_FLUSH_MS', 2_000, env));
}

/** Largest request body the public routes accept, in bytes. */
export function publicBodyLimit(env: NodeJS.ProcessEnv = process.env): number {
  return positiveInteger('PUBLIC_BODY_LIMIT', 16 * 1024, env);
}

export const RATE_LIMIT_DEFAULTS = {
  FEEDBACK_RATE_LIMIT: '5/600',
  RATING_RATE_LIMIT: '20/600',
  VIEW_RATE_LIMIT: '120/60',
  DOWNLOAD_RATE_LIMIT: '60/60',
  INFORMATION_REQUEST_RATE_LIMIT: '5/600',
  SATISFACTION_RATE_LIMIT: '5/600',
} as const;
