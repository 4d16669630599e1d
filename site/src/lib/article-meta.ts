/** Derived texts shown around an article. */

import type { Article } from '@portal/shared-types';

/** The signature line at the end of an article: "Vy Thuỷ – Trung tâm TT&VH Ba Chẽ", or undefined if neither is set. */
export function bylineOf(article: Pick<Article, 'author' | 'contributingUnit'>): string | undefined {
  const parts = [article.author, article.contributingUnit].map((part) => part?.trim() ?? '').filter((part) => part !== '');
  return parts.length === 0 ? undefined : parts.join(' – ');
}
