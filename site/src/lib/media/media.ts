/** URLs and sizes of media uploaded to the CMS. */

import type { Media } from '@portal/shared-types';
import { strapiConfig } from '../../loaders/config.ts';
import { safeHref } from '../markup/safe-url.ts';

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

export interface ImageSources {
  src: string;
  /** Strapi's resized copies (small, medium, large) and the original, by width. */
  srcset?: string | undefined;
  width?: number | undefined;
  height?: number | undefined;
  alt: string;
}

/** What an `<img>` needs: the original as src, the resized copies Strapi made as srcset, and the intrinsic size. */
export function imageSources(media: Pick<Media, 'url' | 'width' | 'height' | 'alternativeText' | 'formats'>): ImageSources | undefined {
  const src = mediaSrc(media.url);
  if (src === undefined) return undefined;
  const candidates = [...Object.entries(media.formats ?? {}).filter(([name]) => name !== 'thumbnail').map(([, format]) => format), media]
    .flatMap((format) => {
      const url = mediaSrc(format.url);
      return url === undefined || format.width === null ? [] : [{ url, width: format.width }];
    })
    .sort((a, b) => a.width - b.width);
  const unique = candidates.filter((candidate, index) => candidates.findIndex((other) => other.width === candidate.width) === index);
  return {
    src,
    srcset: unique.length > 1 ? unique.map((candidate) => `${candidate.url} ${candidate.width}w`).join(', ') : undefined,
    width: media.width ?? undefined,
    height: media.height ?? undefined,
    alt: media.alternativeText ?? '',
  };
}
