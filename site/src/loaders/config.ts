/**
 * Build settings for reaching the CMS, read from the environment once and validated up front so that a
 * misconfigured build stops with a message naming the variable and the fix.
 */

import fs from 'node:fs';
import { StrapiConfigError } from './errors.ts';

export interface StrapiConfig {
  /** Base URL of the Strapi server, without a trailing slash, e.g. "http://127.0.0.1:1337". */
  url: string;
  /** Read-only API token sent as `Authorization: Bearer <token>`. */
  token: string;
  /**
   * Public base URL of uploaded media, used to build image URLs in pages. STRAPI_MEDIA_URL when set, else `url`
   * (the CMS URL seen by the build machine may differ from the one visitors can reach).
   */
  mediaUrl: string;
}

type Env = Readonly<Record<string, string | undefined>>;

function readBaseUrl(env: Env, variable: string, example: string): string | undefined {
  const raw = env[variable]?.trim();
  if (raw === undefined || raw === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch (cause) {
    throw new StrapiConfigError(variable, `is not a valid URL ("${raw}")`, `Set it to an absolute URL such as ${example}.`, {
      cause,
    });
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new StrapiConfigError(variable, `must use http or https ("${raw}")`, `Set it to an absolute URL such as ${example}.`);
  }
  if (parsed.search !== '' || parsed.hash !== '') {
    throw new StrapiConfigError(variable, `must not contain a query or fragment ("${raw}")`, `Set it to the bare server URL, such as ${example}.`);
  }
  return parsed.href.replace(/\/+$/, '');
}

function readToken(env: Env): string {
  // A token file wins over an inline token: it is how the CMS hands its token to local builds and how secret
  // managers mount secrets, and it keeps the token out of process listings.
  const file = env['STRAPI_TOKEN_FILE']?.trim();
  if (file !== undefined && file !== '') {
    let content: string;
    try {
      content = fs.readFileSync(file, 'utf8');
    } catch (cause) {
      throw new StrapiConfigError(
        'STRAPI_TOKEN_FILE',
        `points to a file that cannot be read ("${file}")`,
        'Point it to the file holding the CMS API token, or set STRAPI_TOKEN instead.',
        { cause },
      );
    }
    const token = content.trim();
    if (token === '') {
      throw new StrapiConfigError(
        'STRAPI_TOKEN_FILE',
        `points to an empty file ("${file}")`,
        'Write the CMS API token (Settings → API Tokens, read-only) into that file.',
      );
    }
    return token;
  }
  const token = env['STRAPI_TOKEN']?.trim();
  if (token === undefined || token === '') {
    throw new StrapiConfigError(
      'STRAPI_TOKEN',
      'is not set',
      'Set STRAPI_TOKEN to a read-only CMS API token (Settings → API Tokens), or STRAPI_TOKEN_FILE to a file holding it.',
    );
  }
  return token;
}

/** Reads and validates the CMS settings from an environment; throws StrapiConfigError on the first problem. */
export function readStrapiConfig(env: Env): StrapiConfig {
  const example = 'http://127.0.0.1:1337';
  const url = readBaseUrl(env, 'STRAPI_URL', example);
  if (url === undefined) {
    throw new StrapiConfigError('STRAPI_URL', 'is not set', `Set it to the CMS base URL, e.g. STRAPI_URL=${example}.`);
  }
  const token = readToken(env);
  const mediaUrl = readBaseUrl(env, 'STRAPI_MEDIA_URL', 'https://cms.example.vn') ?? url;
  return { url, token, mediaUrl };
}

/**
 * Public base URL of the CMS for the visitor's browser (feedback and rating forms, view beacon, statistics):
 * PUBLIC_CMS_URL when set, else STRAPI_MEDIA_URL (the CMS as visitors reach it, when set), else STRAPI_URL. The
 * build's own URL may be internal, or a replay server for a snapshot build, which must not end up in the pages.
 */
export function readPublicCmsUrl(env: Env): string {
  const url =
    readBaseUrl(env, 'PUBLIC_CMS_URL', 'https://cms.example.vn') ??
    readBaseUrl(env, 'STRAPI_MEDIA_URL', 'https://cms.example.vn') ??
    readBaseUrl(env, 'STRAPI_URL', 'http://127.0.0.1:1337');
  if (url === undefined) {
    throw new StrapiConfigError('PUBLIC_CMS_URL', 'is not set and neither is STRAPI_URL', 'Set PUBLIC_CMS_URL to the CMS URL visitors can reach.');
  }
  return url;
}

let cachedPublicUrl: string | undefined;

/** The public CMS URL of this process, read from process.env on first use. */
export function publicCmsUrl(): string {
  cachedPublicUrl ??= readPublicCmsUrl(process.env);
  return cachedPublicUrl;
}

/** Whether the CMS location is configured at all (STRAPI_URL set), without validating anything. */
export function isStrapiConfigured(env: Env = process.env): boolean {
  return (env['STRAPI_URL']?.trim() ?? '') !== '';
}

/**
 * The unit whose site this build makes: PORTAL_UNIT, a unit slug (issue 16). Every unit-scoped collection is then
 * filtered to that unit. Unset means a single-unit install: no unit filter (the one default unit holds everything).
 */
export function readPortalUnit(env: Env): string | undefined {
  const raw = env['PORTAL_UNIT']?.trim();
  if (raw === undefined || raw === '') return undefined;
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(raw)) {
    throw new StrapiConfigError('PORTAL_UNIT', `is not a unit slug ("${raw}")`, 'Set it to the slug of a unit in the CMS, such as binh-son.');
  }
  return raw;
}

/** The unit of this build, read from process.env on each call (tests switch units between builds in one process). */
export function portalUnit(): string | undefined {
  return readPortalUnit(process.env);
}

let cached: StrapiConfig | undefined;

/** The CMS settings of this process, read from process.env on first use. */
export function strapiConfig(): StrapiConfig {
  cached ??= readStrapiConfig(process.env);
  return cached;
}
