/** Site paths, in one place so that links, canonical URLs and getStaticPaths agree (trailing slash always). */

export const homePath = (): string => '/';

/** `/tin-tuc/`, `/tin-tuc/2/`… */
export const newsPath = (page = 1): string => (page <= 1 ? '/tin-tuc/' : `/tin-tuc/${page}/`);

export const articlePath = (slug: string): string => `/tin-tuc/${slug}/`;

/** `/chuyen-muc/<slug>/`, `/chuyen-muc/<slug>/2/`… */
export const categoryPath = (slug: string, page = 1): string =>
  page <= 1 ? `/chuyen-muc/${slug}/` : `/chuyen-muc/${slug}/${page}/`;

/** `/the/<slug>/`, `/the/<slug>/2/`… */
export const tagPath = (slug: string, page = 1): string => (page <= 1 ? `/the/${slug}/` : `/the/${slug}/${page}/`);

export const staticPagePath = (slug: string): string => `/trang/${slug}/`;

/** Document library: `/van-ban/`, one facet value `/van-ban/<facet>/<value>/`. */
export const libraryPath = (): string => '/van-ban/';
export const libraryFacetPath = (facet: string, value: string, page = 1): string =>
  page <= 1 ? `/van-ban/${facet}/${value}/` : `/van-ban/${facet}/${value}/${page}/`;
export const documentPath = (slug: string): string => `/van-ban/${slug}/`;

export const congressListPath = (): string => '/dai-hoi/';
export const congressPath = (slug: string): string => `/dai-hoi/${slug}/`;

export const dashboardPath = (): string => '/chi-tieu/';
export const indicatorPath = (slug: string): string => `/chi-tieu/${slug}/`;
export const indicatorDataPath = (slug: string, format: 'csv' | 'json'): string => `/chi-tieu/${slug}.${format}`;

export const reportListPath = (): string => '/bao-cao/';
export const reportPath = (slug: string): string => `/bao-cao/${slug}/`;

export const schedulesPath = (): string => '/lich-cong-tac/';
export const scheduleWeekPath = (year: number, week: number): string => `/lich-cong-tac/${year}-tuan-${String(week).padStart(2, '0')}/`;
export const scheduleFeedPath = (organisationSlug: string): string => `/lich-cong-tac/${organisationSlug}.ics`;

export const searchPath = (): string => '/tim-kiem/';
export const openDataPath = (): string => '/du-lieu/';
export const openDataFilePath = (name: string, format: 'csv' | 'json'): string => `/du-lieu/${name}.${format}`;
export const rssPath = (): string => '/rss.xml';
/** Tuyên bố về khả năng tiếp cận (accessibility statement). */
export const accessibilityPath = (): string => '/kha-nang-tiep-can/';
/** Tiếp cận thông tin, and the receipt page of a request. */
export const informationAccessPath = (): string => '/tiep-can-thong-tin/';
export const informationRequestReceiptPath = (): string => '/tiep-can-thong-tin/da-tiep-nhan/';
/** Hồ sơ địa phương: history, leaders, boundary map. */
export const unitProfilePath = (): string => '/ho-so-dia-phuong/';
/** The private satisfaction rating of the portal. */
export const satisfactionPath = (): string => '/danh-gia-hai-long/';
/** The English page. */
export const englishPath = (): string => '/en/';
/** Danh bạ đơn vị: the provincial portal's directory of units, with the former-name lookup (#ten-cu). */
export const unitDirectoryPath = (): string => '/don-vi/';
