/** An article's body, read from its own file when its page is rendered (see loaders/detached-field.ts). */

import { type Article, type Section } from '@portal/shared-types';
import { readDetached } from '../../loaders/detached-field.ts';
import { plainTextOf } from './article-text.ts';
import type { StoredArticle } from './articles.ts';
import { citedNumberKeys } from '../documents/documents.ts';

export function articleSections(article: Pick<StoredArticle, 'slug' | 'sectionsFile'>): Section[] {
  const sections = readDetached(article.sectionsFile, `Article "${article.slug}"`);
  if (!Array.isArray(sections)) throw new Error(`Article "${article.slug}": ${article.sectionsFile} does not hold a list of sections.`);
  // Validated against the shared schema when it was loaded.
  return sections as Section[];
}

/**
 * What the content layer keeps in place of an article's body, and of its copy of the category: the keys of the
 * document numbers cited in its text, and the category's documentId.
 */
export function articleBodySummary(article: Article): Pick<StoredArticle, 'citedNumberKeys' | 'category'> {
  return {
    citedNumberKeys: [...citedNumberKeys(plainTextOf(article))],
    category: article.category ? { documentId: article.category.documentId } : null,
  };
}
