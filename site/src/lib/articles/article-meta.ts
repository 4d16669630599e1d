/** Derived texts shown around an article. */

import type { Article } from '@portal/shared-types';
import { t } from '../../i18n/vi.ts';

/** The signature line at the end of an article: "Vy Thuỷ – Trung tâm TT&VH Ba Chẽ", or undefined if neither is set. */
export function bylineOf(article: Pick<Article, 'author' | 'contributingUnit'>): string | undefined {
  const parts = [article.author, article.contributingUnit].map((part) => part?.trim() ?? '').filter((part) => part !== '');
  return parts.length === 0 ? undefined : parts.join(' – ');
}

/** "Ảnh: Thanh Nga"; a credit that already says what it is ("Tin ảnh: …", "Ảnh: …") is kept as written. */
export function photoCreditLine(credit: string | null): string | undefined {
  const text = credit?.trim() ?? '';
  if (text === '') return undefined;
  return /^(tin\s+)?ảnh\b/iu.test(text) ? text : `${t('article.photoCredit')}: ${text}`;
}
