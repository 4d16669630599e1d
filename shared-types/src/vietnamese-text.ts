/**
 * Vietnamese text helpers: accent folding for search, ASCII slugs for URLs, and collation for sorting.
 */

// NFD does not decompose đ/Đ (they are letters of their own), so they are mapped explicitly; Ð (U+00D0, Icelandic
// eth) and ð are look-alikes that copy-pasted Vietnamese text sometimes carries instead of Đ/đ.
const D_LETTERS = /[đĐÐðƉɖ]/g;
const COMBINING_MARKS = /\p{M}/gu;

/**
 * Lower-case, combining marks removed and đ → d, so "Đảng", "đảng" and "dang" are equal, and old/new tone placement
 * ("hoà"/"hòa", "uỷ"/"ủy") folds the same. Idempotent: fold(fold(x)) === fold(x).
 */
export function foldVietnamese(text: string): string {
  // Lower-casing first: a few capitals lower-case into a base letter plus a combining mark (İ → i + U+0307).
  return text.toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '').replace(D_LETTERS, 'd').normalize('NFC');
}

/** True when `query` occurs in `text`, ignoring case, accents and tone placement. */
export function includesFolded(text: string, query: string): boolean {
  return foldVietnamese(text).includes(foldVietnamese(query));
}

export interface SlugifyOptions {
  /** Cut the slug to at most this many characters, at a hyphen when possible. */
  maxLength?: number;
}

/**
 * Lower-case ASCII words joined by single hyphens:
 * "Đảng bộ huyện Bình Sơn hoàn thành…" → "dang-bo-huyen-binh-son-hoan-thanh…". Characters with no ASCII form are
 * dropped, so the result may be empty. Idempotent.
 */
export function slugify(text: string, options: SlugifyOptions = {}): string {
  const slug = foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const { maxLength } = options;
  if (maxLength === undefined || slug.length <= maxLength) return slug;
  if (!Number.isInteger(maxLength) || maxLength < 1) {
    throw new RangeError(`maxLength phải là số nguyên dương, nhận được: ${maxLength}`);
  }
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  const trimmed = lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength);
  return trimmed.replace(/-+$/, '');
}

const collator = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });

/** Comparator for sorting Vietnamese text in dictionary order (a < ă < â < b … d < đ), numbers by value. */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}
