/** URLs of media uploaded to the CMS. */

import { strapiConfig } from '../loaders/config.ts';
import { safeHref } from './safe-url.ts';

/**
 * Absolute URL of a media file. Strapi's local upload provider returns paths ("/uploads/…"), which are resolved
 * against the public media base (STRAPI_MEDIA_URL, else STRAPI_URL); absolute URLs from other providers are kept.
 * Returns undefined for URLs that must not be rendered.
 */
export function mediaSrc(url: string): string | undefined {
  const safe = safeHref(url);
  if (safe === undefined) return undefined;
  if (/^https?:\/\//i.test(safe)) return safe;
  return new URL(safe, `${strapiConfig().mediaUrl}/`).href;
}
