/** When each page last changed, from the content it shows (for the sitemap's lastmod). */

import { FACETS, facetValuesOf } from '../documents/documents.ts';
import {
  articlePath,
  categoryPath,
  congressListPath,
  congressPath,
  dashboardPath,
  documentPath,
  homePath,
  indicatorPath,
  libraryFacetPath,
  libraryPath,
  newsPath,
  reportListPath,
  reportPath,
  scheduleWeekPath,
  schedulesPath,
  staticPagePath,
  tagPath,
} from '../navigation/paths.ts';
import type { SiteIndex } from '../build/site-index.ts';

const newest = (stamps: ReadonlyArray<string | undefined>): string | undefined =>
  stamps.reduce<string | undefined>((best, stamp) => (stamp !== undefined && (best === undefined || stamp > best) ? stamp : best), undefined);

/** Path → ISO timestamp. One pass per collection. */
export function lastModified(index: SiteIndex): Record<string, string> {
  const result: Record<string, string> = {};
  const set = (path: string, stamp: string | undefined) => {
    if (stamp !== undefined && (result[path] === undefined || stamp > result[path])) result[path] = stamp;
  };
  for (const article of index.articles) {
    set(articlePath(article.slug), article.updatedAt);
    const category = article.category ? index.categoryById.get(article.category.documentId) : undefined;
    if (category) set(categoryPath(category.slug), article.updatedAt);
    for (const tag of article.tags ?? []) set(tagPath(tag.slug), article.updatedAt);
  }
  for (const document of index.documents) {
    set(documentPath(document.slug), document.updatedAt);
    for (const value of facetValuesOf(document)) set(libraryFacetPath(FACETS[value.facet], value.value), document.updatedAt);
  }
  for (const congress of index.congresses) {
    set(congressPath(congress.slug), congress.updatedAt);
    set(congressListPath(), congress.updatedAt);
  }
  for (const report of index.reports) {
    set(reportPath(report.slug), report.updatedAt);
    set(reportListPath(), report.updatedAt);
  }
  for (const indicator of index.indicators) {
    set(indicatorPath(indicator.slug), newest([indicator.updatedAt, ...(index.series.get(indicator.documentId) ?? []).map((point) => point.report.updatedAt)]));
  }
  for (const schedule of index.schedules) set(scheduleWeekPath(schedule.isoYear, schedule.isoWeek), schedule.updatedAt);
  for (const page of index.pages) set(staticPagePath(page.slug), page.updatedAt);
  const latestArticle = newest(index.articles.map((article) => article.updatedAt));
  set(homePath(), latestArticle);
  set(newsPath(), latestArticle);
  set(libraryPath(), newest(index.documents.map((document) => document.updatedAt)));
  set(dashboardPath(), newest(index.reports.map((report) => report.updatedAt)));
  set(schedulesPath(), newest(index.schedules.map((schedule) => schedule.updatedAt)));
  return result;
}
