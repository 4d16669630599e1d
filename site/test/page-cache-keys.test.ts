import { describe, expect, it } from 'vitest';
import { articlePageKey, documentPageKey, hashParts, listingPageKey, sharedContentKey, withListingKeys } from '../src/lib/build/page-cache-keys.ts';

// Digests as the content layer gives them: by entry object.
const digests = new Map<object, string>();
const entry = (digest: string) => {
  const value = { digest };
  digests.set(value, digest);
  return value;
};
const digestOf = (value: object) => digests.get(value) ?? hashParts([JSON.stringify(value)]);

describe('incremental build keys', () => {
  const categories = [entry('c1'), entry('c2')];
  const documents = [entry('d1')];
  const shared = sharedContentKey({ collections: { categories, documents }, settings: ['https://cms.example.vn'], digestOf });

  it('the shared key ignores order but changes with any entry, collection or setting', () => {
    expect(sharedContentKey({ collections: { documents, categories: [...categories].reverse() }, settings: ['https://cms.example.vn'], digestOf })).toBe(shared);
    expect(sharedContentKey({ collections: { categories: [entry('c1'), entry('c2*')], documents }, settings: ['https://cms.example.vn'], digestOf })).not.toBe(shared);
    expect(sharedContentKey({ collections: { categories, documents: [] }, settings: ['https://cms.example.vn'], digestOf })).not.toBe(shared);
    // The same digests under another collection name are other content.
    expect(sharedContentKey({ collections: { tags: categories, documents }, settings: ['https://cms.example.vn'], digestOf })).not.toBe(shared);
    expect(sharedContentKey({ collections: { categories, documents }, settings: ['https://media.example.vn'], digestOf })).not.toBe(shared);
  });

  it('an article page changes with the article, its participation and shared content only', () => {
    const article = entry('a1');
    const key = articlePageKey(shared, article, { votes: 0 }, digestOf);
    expect(articlePageKey(shared, entry('a1'), { votes: 0 }, digestOf)).toBe(key);
    expect(articlePageKey(shared, entry('a1-edited'), { votes: 0 }, digestOf)).not.toBe(key);
    expect(articlePageKey(shared, article, { votes: 1 }, digestOf)).not.toBe(key);
    expect(articlePageKey('other shared', article, { votes: 0 }, digestOf)).not.toBe(key);
  });

  it('a listing page changes with its entries, their order and its place in the pagination', () => {
    const [a, b, c] = [entry('a'), entry('b'), entry('c')];
    const key = listingPageKey(shared, { currentPage: 1, lastPage: 2, data: [a, b] }, digestOf);
    expect(listingPageKey(shared, { currentPage: 1, lastPage: 2, data: [a, b] }, digestOf)).toBe(key);
    expect(listingPageKey(shared, { currentPage: 1, lastPage: 2, data: [b, a] }, digestOf)).not.toBe(key);
    expect(listingPageKey(shared, { currentPage: 1, lastPage: 2, data: [a, c] }, digestOf)).not.toBe(key);
    expect(listingPageKey(shared, { currentPage: 1, lastPage: 3, data: [a, b] }, digestOf)).not.toBe(key);
  });

  it('keys every path paginate() returned', () => {
    const [a, b] = [entry('a'), entry('b')];
    const paths = [
      { params: { page: undefined }, props: { page: { currentPage: 1, lastPage: 2, data: [a] } } },
      { params: { page: '2' }, props: { page: { currentPage: 2, lastPage: 2, data: [b] } } },
    ];
    const keyed = withListingKeys(paths, shared, digestOf);
    expect(keyed.map((path) => path.params)).toEqual(paths.map((path) => path.params));
    expect(keyed[0]!.cacheKey).toBe(listingPageKey(shared, paths[0]!.props.page, digestOf));
    expect(keyed[0]!.cacheKey).not.toBe(keyed[1]!.cacheKey);
  });

  it('a document page changes with its citing articles and its comment period', () => {
    const citing = [entry('a1')];
    const key = documentPageKey(shared, citing, { period: 'open', feedback: [] }, digestOf);
    expect(documentPageKey(shared, [entry('a1')], { period: 'open', feedback: [] }, digestOf)).toBe(key);
    expect(documentPageKey(shared, [entry('a1'), entry('a2')], { period: 'open', feedback: [] }, digestOf)).not.toBe(key);
    expect(documentPageKey(shared, citing, { period: 'closed', feedback: [] }, digestOf)).not.toBe(key);
  });
});
