/** Site paths, in one place so that links, canonical URLs and getStaticPaths agree (trailing slash always). */

export const homePath = (): string => '/';

/** `/tin-tuc/`, `/tin-tuc/2/`… */
export const newsPath = (page = 1): string => (page <= 1 ? '/tin-tuc/' : `/tin-tuc/${page}/`);

export const articlePath = (slug: string): string => `/tin-tuc/${slug}/`;

/** `/chuyen-muc/<slug>/`, `/chuyen-muc/<slug>/2/`… */
export const categoryPath = (slug: string, page = 1): string =>
  page <= 1 ? `/chuyen-muc/${slug}/` : `/chuyen-muc/${slug}/${page}/`;
