import type { Context } from './koa';
import { knownUnitOrigins } from '../../../units/unit-origins';
import { corsOrigins, siteUrl } from './config';
import { ERROR_CODES, fieldError, MESSAGES, type FieldError } from './messages';

export type ResponseMode = 'json' | 'form';

/**
 * A browser submitting a form without JavaScript gets redirects; scripts get JSON. Scripts are told apart by a JSON
 * body or by asking for JSON first in Accept (the enhancement may post URLSearchParams).
 */
export function responseMode(ctx: Context): ResponseMode {
  if (ctx.is('application/json')) return 'json';
  const firstAccepted = (ctx.get('accept').split(',')[0] ?? '').trim().toLowerCase();
  if (firstAccepted.startsWith('application/json')) return 'json';
  return ctx.is('application/x-www-form-urlencoded') ? 'form' : 'json';
}

/** An error in Strapi's shape ({ data: null, error: { status, name, message, details } }). */
export function sendError(ctx: Context, status: number, name: string, message: string, details: Record<string, unknown> = {}): void {
  ctx.status = status;
  ctx.body = { data: null, error: { status, name, message, details } };
}

export function sendFieldErrors(ctx: Context, errors: FieldError[], status = 400): void {
  sendError(ctx, status, status === 409 ? 'ConflictError' : 'ValidationError', errors[0]?.message ?? MESSAGES.invalid, { errors });
}

/**
 * The request body as text fields. Numbers and booleans become strings; anything else (objects, arrays: a repeated
 * form field) is an error for that field, as is any field not in `allowed`.
 */
export function readFields(ctx: Context, allowed: readonly string[]): { fields: Record<string, string>; errors: FieldError[] } {
  const body: unknown = ctx.request.body;
  const fields: Record<string, string> = {};
  const errors: FieldError[] = [];
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return { fields, errors: [fieldError('body', ERROR_CODES.notText, MESSAGES.invalid)] };
  }
  for (const [key, value] of Object.entries(body)) {
    if (!allowed.includes(key)) {
      errors.push(fieldError(key.slice(0, 50), ERROR_CODES.unknownField, MESSAGES.unknownField(key.slice(0, 50))));
    } else if (typeof value === 'string') {
      fields[key] = value;
    } else if (typeof value === 'number' || typeof value === 'boolean') {
      fields[key] = String(value);
    } else if (value !== null && value !== undefined) {
      errors.push(fieldError(key, ERROR_CODES.notText, MESSAGES.notText));
    }
  }
  return { fields, errors };
}

const SAFE_PATH = /^\/(?![/\\])[^\s\\]*$/;

/** The page a form was posted from, when it is on an allowed site (SITE_URL, CORS_ORIGINS or a unit's hostname). */
function formPage(ctx: Context): URL | undefined {
  try {
    const parsed = new URL(ctx.get('referer'));
    if (corsOrigins().includes(parsed.origin) || knownUnitOrigins().includes(parsed.origin)) return parsed;
  } catch {
    // no Referer, or not a URL
  }
  return undefined;
}

/**
 * Where a no-JS form returns on error: the form's own `returnTo` path on the site, else the Referer when it is a page
 * of an allowed site origin, else the site's home page. Never another host (no open redirect).
 */
export function returnUrl(ctx: Context, returnTo: string | undefined): URL {
  // The form's own site: a unit's form returns to that unit's site.
  const referer = formPage(ctx);
  const base = referer?.origin ?? siteUrl();
  if (returnTo && returnTo.length <= 500 && SAFE_PATH.test(returnTo)) {
    const url = new URL(`${base}${returnTo}`);
    if (url.origin === new URL(base).origin) return url;
  }
  return referer ?? new URL(`${base}/`);
}

/** 303 See Other: the browser follows with a GET, so reloading the next page does not post again. */
export function seeOther(ctx: Context, url: string | URL): void {
  ctx.status = 303; // koa's redirect keeps a redirect status already set
  ctx.redirect(String(url));
}

/** Back to the form's page with the error codes in `loi` and the `#y-kien` fragment. */
export function redirectWithErrors(ctx: Context, returnTo: string | undefined, errors: FieldError[]): void {
  const url = returnUrl(ctx, returnTo);
  url.searchParams.set('loi', [...new Set(errors.map((error) => error.code))].join(','));
  url.hash = 'y-kien';
  seeOther(ctx, url);
}

/**
 * The thank-you page of the form's site, e.g. `/cam-on/?loai=y-kien`; `base` is the path prefix that site is served
 * under (`/xa/binh-son/`, see `pageSiteBase`), `/` at the root of a host.
 */
export function thankYouUrl(ctx: Context, kind: 'y-kien' | 'danh-gia', base = '/'): string {
  return `${formPage(ctx)?.origin ?? siteUrl()}${base}cam-on/?loai=${kind}`;
}

/** A positive integer query parameter within bounds, or the fallback. */
export function intParam(value: unknown, fallback: number, max: number): number {
  const parsed = typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : NaN;
  return Number.isSafeInteger(parsed) && parsed >= 1 ? Math.min(parsed, max) : fallback;
}

/** A single string query parameter (a repeated one is ignored). */
export function stringParam(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
