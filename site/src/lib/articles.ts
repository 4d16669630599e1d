/** Selecting and ordering articles for lists. Pure functions over collection entries. */

import type { Article } from '@portal/shared-types';

/** Newest first by editorial date; ties broken by title so the order is stable between builds. */
export function newestFirst(articles: readonly Article[]): Article[] {
  return [...articles].sort(
    (a, b) => Date.parse(b.date) - Date.parse(a.date) || a.title.localeCompare(b.title, 'vi') || a.documentId.localeCompare(b.documentId),
  );
}

/** Articles filed directly under a category (by documentId), in the given order. */
export function inCategory(articles: readonly Article[], categoryDocumentId: string): Article[] {
  return articles.filter((article) => article.category?.documentId === categoryDocumentId);
}

/** The first `limit` hot ("tin nóng") articles, in the given order. */
export function hotArticles(articles: readonly Article[], limit: number): Article[] {
  return articles.filter((article) => article.hot).slice(0, limit);
}

/** The first `limit` featured ("tin tiêu điểm") articles, in the given order. */
export function featuredArticles(articles: readonly Article[], limit: number): Article[] {
  return articles.filter((article) => article.featured).slice(0, limit);
}
