/**
 * The Pagefind section and filters of every searchable page (its `data-pagefind-filter` values, written by
 * BaseLayout), and from the same functions the values the search page lists in its filter menus: known at build time,
 * so the search page does not ask Pagefind for them (that loads every filter chunk of the index before any query).
 */
import { type Category, type Congress, type KpiReport, toVietnamDateTime } from '@portal/shared-types';
import { t } from '../../i18n/vi.ts';
import type { StoredArticle } from '../articles/articles.ts';
import type { SiteIndex } from '../build/site-index.ts';
import { documentYear } from '../documents/documents.ts';
import { type ScheduleWeek, scheduleWeeks } from '../schedules/schedules.ts';
import { hasUnitDirectory } from '../units/units.ts';

/** What BaseLayout's `search` prop takes: a page's section and its filters (an undefined value is not written). */
export interface PageSearch {
  section: string;
  filters?: Readonly<Record<string, string | undefined>>;
}

/** The filters of the search page, in the order of its menus. */
export const SEARCH_FILTERS = ['section', 'category', 'type', 'year'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

export function articleSearch(article: Pick<StoredArticle, 'date'>, category: Pick<Category, 'name'> | undefined): PageSearch {
  return { section: t('search.section.news'), filters: { category: category?.name, year: String(toVietnamDateTime(article.date).year) } };
}

export function documentSearch(document: Parameters<typeof documentYear>[0] & { typeName: string }): PageSearch {
  const year = documentYear(document);
  return { section: t('search.section.documents'), filters: { type: document.typeName, year: year === undefined ? undefined : String(year) } };
}

export function scheduleWeekSearch(week: Pick<ScheduleWeek, 'isoYear'>): PageSearch {
  return { section: t('search.section.schedule'), filters: { year: String(week.isoYear) } };
}

export function congressSearch(congress: Pick<Congress, 'termStartYear'>): PageSearch {
  return { section: t('search.section.congress'), filters: { year: String(congress.termStartYear) } };
}

export function reportSearch(report: Pick<KpiReport, 'year'>): PageSearch {
  return { section: t('search.section.kpi'), filters: { year: String(report.year) } };
}

export function indicatorSearch(): PageSearch {
  return { section: t('search.section.kpi') };
}

export function staticPageSearch(): PageSearch {
  return { section: t('search.section.page') };
}

export function unitDirectorySearch(): PageSearch {
  return { section: t('units.title') };
}

/** The `data-pagefind-filter` pairs a page writes: its filters that have a value. */
export function writtenFilters(search: PageSearch | undefined): Array<[string, string]> {
  return Object.entries(search?.filters ?? {}).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '');
}

/** The search of every searchable page this site builds (the unit's own content, as site() scopes it). */
function allPageSearches(index: SiteIndex): PageSearch[] {
  return [
    ...index.articles.map((article) =>
      articleSearch(article, article.category ? index.categoryById.get(article.category.documentId) : undefined),
    ),
    ...index.documents.map(documentSearch),
    ...scheduleWeeks(index.schedules).map(scheduleWeekSearch),
    ...index.congresses.map(congressSearch),
    ...index.reports.map(reportSearch),
    ...index.indicators.map(() => indicatorSearch()),
    ...index.pages.map(() => staticPageSearch()),
    ...(hasUnitDirectory(index.unit, index.units) ? [unitDirectorySearch()] : []),
  ];
}

/** Every value each filter takes on this site's pages, sorted as Vietnamese; a filter no page uses has none. */
export function searchFilterValues(index: SiteIndex): Record<SearchFilter, string[]> {
  const seen = Object.fromEntries(SEARCH_FILTERS.map((name) => [name, new Set<string>()])) as Record<SearchFilter, Set<string>>;
  for (const search of allPageSearches(index)) {
    seen.section.add(search.section);
    for (const [name, value] of writtenFilters(search)) seen[name as SearchFilter]?.add(value);
  }
  return Object.fromEntries(SEARCH_FILTERS.map((name) => [name, [...seen[name]].sort((a, b) => a.localeCompare(b, 'vi'))])) as Record<
    SearchFilter,
    string[]
  >;
}
