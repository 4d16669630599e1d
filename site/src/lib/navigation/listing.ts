/** Paginated lists. */

import { t } from '../../i18n/vi.ts';

/** Articles per page of the news and category lists. */
export const LIST_PAGE_SIZE = 20;

/** Documents per page of the library's filter pages. */
export const LIBRARY_PAGE_SIZE = 50;

/** "Tin tức", then "Tin tức (trang 2)" from the second page on, so every page has its own title. */
export function pageTitle(title: string, page: number): string {
  return page <= 1 ? title : `${title} ${t('pagination.titleSuffix', { page })}`;
}
