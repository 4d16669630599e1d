/** Selecting and ordering articles for lists. Pure functions over collection entries. */

import type { Article } from '@portal/shared-types';

/**
 * An article without its body, its category only referenced (resolved through the site index, so that it shows the
 * category as it is now): all that lists, feeds and lookups read.
 */
export type ArticleSummary = Omit<Article, 'sections' | 'category'> & { category?: { documentId: string } | null };

/**
 * An article as the content layer keeps it (src/collections.ts): its body is in a file of its own
 * (`sectionsFile`, read by article-body.ts), the document numbers its text cites were found when it was loaded, and
 * its category is a reference.
 */
export interface StoredArticle extends ArticleSummary {
  category: { documentId: string } | null;
  /** Folded keys of the document numbers cited in its title, lead and body (see citedNumberKeys). */
  citedNumberKeys: string[];
  sectionsFile: string;
}

/** Newest first by editorial date; ties broken by title so the order is stable between builds. */
export function newestFirst<A extends ArticleSummary>(articles: readonly A[]): A[] {
  return [...articles].sort(
    (a, b) => Date.parse(b.date) - Date.parse(a.date) || a.title.localeCompare(b.title, 'vi') || a.documentId.localeCompare(b.documentId),
  );
}

/** Articles filed directly under a category (by documentId), in the given order. */
export function inCategory<A extends ArticleSummary>(articles: readonly A[], categoryDocumentId: string): A[] {
  return articles.filter((article) => article.category?.documentId === categoryDocumentId);
}

/** The first `limit` hot ("tin nóng") articles, in the given order. */
export function hotArticles<A extends ArticleSummary>(articles: readonly A[], limit: number): A[] {
  return articles.filter((article) => article.hot).slice(0, limit);
}

/** The first `limit` featured ("tin tiêu điểm") articles, in the given order. */
export function featuredArticles<A extends ArticleSummary>(articles: readonly A[], limit: number): A[] {
  return articles.filter((article) => article.featured).slice(0, limit);
}
