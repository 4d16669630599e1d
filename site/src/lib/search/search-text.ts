/**
 * Extra words for the search index. Pagefind folds most Vietnamese diacritics when it indexes and searches ("hoach"
 * finds "hoạch"), but not "đ", which is a letter of its own: "dang bo" would not find "Đảng bộ". Each searchable page
 * therefore carries, hidden, the folded form of its words that contain đ/Đ (and the look-alike Ð): "dang", "qd"…
 * Document numbers need nothing extra: Pagefind splits "215-KL/TU" at its punctuation, as it splits "215 KL TU".
 */

import { foldVietnamese } from '@portal/shared-types';

const WORDS_WITH_D = /[\p{L}\p{M}\p{N}]*[đĐÐð][\p{L}\p{M}\p{N}]*/gu;

/** The distinct folded forms of the words of `text` that contain đ, space-separated, in order of appearance. */
export function searchAliases(text: string): string {
  const words = new Set<string>();
  for (const word of text.normalize('NFC').match(WORDS_WITH_D) ?? []) words.add(foldVietnamese(word));
  return [...words].join(' ');
}
