/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key and template code are
 * unchanged since the last build is copied from it instead of rendered. A key must therefore change whenever anything
 * the page shows changes. It is made of
 *   - the shared key: the digests of every collection except articles and participation, plus the build settings that
 *     end up in pages (media and CMS addresses). Editing a category, document, indicator or setting re-renders every
 *     keyed page, which is rare and always correct;
 *   - the page's own entries: the article, the articles listed on a listing page, a document's citing articles;
 *   - the page's visitor participation (approved feedback, rating) and, on documents, the comment period's state.
 * Publishing one article thus re-renders its page and the listing pages it appears on, nothing else. Only pages that
 * grow with the corpus, and pages that show only the shared collections (keyed with the shared key alone), are keyed;
 * the few others render on every build.
 */

import { createHash } from 'node:crypto';

/** One short hash of the parts, in order. */
export function hashParts(parts: Iterable<string>): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('base64url');
}

/** The digest of an entry: the content layer's digest when known, otherwise a hash of its data. */
export type DigestOf = (entry: object) => string;

export interface SharedKeyInput {
  /** Every collection the keyed pages may read besides articles and participation, by name. */
  collections: Readonly<Record<string, readonly object[]>>;
  /** Build settings rendered into pages (CMS and media base URLs…). */
  settings: readonly string[];
  digestOf: DigestOf;
}

/** The shared key: independent of collection order, dependent on every entry's digest. */
export function sharedContentKey(input: SharedKeyInput): string {
  const parts = [...input.settings];
  for (const name of Object.keys(input.collections).sort()) {
    parts.push(`#${name}`, ...input.collections[name]!.map(input.digestOf).sort());
  }
  return hashParts(parts);
}

/** An article page: the shared key, the article, and its visitors' feedback and rating as shown. */
export function articlePageKey(shared: string, article: object, participation: unknown, digestOf: DigestOf): string {
  return hashParts([shared, digestOf(article), JSON.stringify(participation)]);
}

/** A listing page: the shared key, its position in the pagination and the entries on it, in order. */
export function listingPageKey(
  shared: string,
  page: { currentPage: number; lastPage: number; data: readonly object[] },
  digestOf: DigestOf,
): string {
  return hashParts([shared, `${page.currentPage}/${page.lastPage}`, ...page.data.map(digestOf)]);
}

/** A document page: the shared key, the articles citing it, and its comment period's state and feedback. */
export function documentPageKey(shared: string, citing: readonly object[], participation: unknown, digestOf: DigestOf): string {
  return hashParts([shared, JSON.stringify(participation), ...citing.map(digestOf)]);
}

/** Paths from `paginate()` with each page's listing key. */
export function withListingKeys<T extends { props: { page: { currentPage: number; lastPage: number; data: readonly object[] } } }>(
  paths: readonly T[],
  shared: string,
  digestOf: DigestOf,
): Array<T & { cacheKey: string }> {
  return paths.map((path) => ({ ...path, cacheKey: listingPageKey(shared, path.props.page, digestOf) }));
}
