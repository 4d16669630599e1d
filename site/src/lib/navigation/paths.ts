/**
 * Site paths, in one place so that links, canonical URLs and getStaticPaths agree (trailing slash always). Every path
 * is under the build's base (issue 16): `/` for a unit at the root of its hostname, its path prefix (`/xa/binh-son/`)
 * for a unit served under a prefix of the platform's shared host (astro.config.mjs sets `base` from SITE_URL).
 */

import { safeHref } from '../markup/safe-url.ts';

declare const __SITE_BASE__: string | undefined;

/** The build's base path, ending in "/" (astro.config.mjs defines it; "/" where nothing does, as in unit tests). */
export const BASE_PATH: string = typeof __SITE_BASE__ === 'string' ? __SITE_BASE__ : '/';

/** A root-relative site path under the base: `/tin-tuc/` → `/xa/binh-son/tin-tuc/`. */
export const sitePath = (path: string): string => (path.startsWith('/') ? `${BASE_PATH}${path.slice(1)}` : path);

export const homePath = (): string => sitePath('/');

/** `/tin-tuc/`, `/tin-tuc/2/`… */
export const newsPath = (page = 1): string => sitePath(page <= 1 ? '/tin-tuc/' : `/tin-tuc/${page}/`);

export const articlePath = (slug: string): string => sitePath(`/tin-tuc/${slug}/`);

/** `/chuyen-muc/<slug>/`, `/chuyen-muc/<slug>/2/`… */
export const categoryPath = (slug: string, page = 1): string =>
  sitePath(page <= 1 ? `/chuyen-muc/${slug}/` : `/chuyen-muc/${slug}/${page}/`);

/** `/the/<slug>/`, `/the/<slug>/2/`… */
export const tagPath = (slug: string, page = 1): string => sitePath(page <= 1 ? `/the/${slug}/` : `/the/${slug}/${page}/`);

export const staticPagePath = (slug: string): string => sitePath(`/trang/${slug}/`);

/** Document library: `/van-ban/`, one facet value `/van-ban/<facet>/<value>/`. */
export const libraryPath = (): string => sitePath('/van-ban/');
export const libraryFacetPath = (facet: string, value: string, page = 1): string =>
  sitePath(page <= 1 ? `/van-ban/${facet}/${value}/` : `/van-ban/${facet}/${value}/${page}/`);
export const documentPath = (slug: string): string => sitePath(`/van-ban/${slug}/`);

export const congressListPath = (): string => sitePath('/dai-hoi/');
export const congressPath = (slug: string): string => sitePath(`/dai-hoi/${slug}/`);

export const dashboardPath = (): string => sitePath('/chi-tieu/');
export const indicatorPath = (slug: string): string => sitePath(`/chi-tieu/${slug}/`);
export const indicatorDataPath = (slug: string, format: 'csv' | 'json'): string => sitePath(`/chi-tieu/${slug}.${format}`);

export const reportListPath = (): string => sitePath('/bao-cao/');
export const reportPath = (slug: string): string => sitePath(`/bao-cao/${slug}/`);

export const schedulesPath = (): string => sitePath('/lich-cong-tac/');
export const scheduleWeekPath = (year: number, week: number): string =>
  sitePath(`/lich-cong-tac/${year}-tuan-${String(week).padStart(2, '0')}/`);
export const scheduleFeedPath = (organisationSlug: string): string => sitePath(`/lich-cong-tac/${organisationSlug}.ics`);

export const searchPath = (): string => sitePath('/tim-kiem/');
export const openDataPath = (): string => sitePath('/du-lieu/');
export const openDataFilePath = (name: string, format: 'csv' | 'json'): string => sitePath(`/du-lieu/${name}.${format}`);
export const rssPath = (): string => sitePath('/rss.xml');
/** Tuyên bố về khả năng tiếp cận (accessibility statement). */
export const accessibilityPath = (): string => sitePath('/kha-nang-tiep-can/');
/** Tiếp cận thông tin, and the receipt page of a request. */
export const informationAccessPath = (): string => sitePath('/tiep-can-thong-tin/');
export const informationRequestReceiptPath = (): string => sitePath('/tiep-can-thong-tin/da-tiep-nhan/');
/** Hồ sơ địa phương: history, leaders, boundary map. */
export const unitProfilePath = (): string => sitePath('/ho-so-dia-phuong/');
/** The private satisfaction rating of the portal. */
export const satisfactionPath = (): string => sitePath('/danh-gia-hai-long/');
/** The English page. */
export const englishPath = (): string => sitePath('/en/');
/** Danh bạ đơn vị: the provincial portal's directory of units, with the former-name lookup (#ten-cu). */
export const unitDirectoryPath = (): string => sitePath('/don-vi/');

/**
 * The href of a link from CMS content (rich text, footer and home-block links), or undefined when it must not be
 * linked (safeHref): a root-relative target names a page of this site, so it goes under the base as well.
 */
export function contentHref(url: string | null | undefined): string | undefined {
  const href = safeHref(url);
  if (href === undefined || !href.startsWith('/') || href.startsWith('//') || href.startsWith(BASE_PATH)) return href;
  return sitePath(href);
}
