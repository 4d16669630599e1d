/** Realistic Strapi 5 REST entries built from the captured-style fixtures in test/fixtures/. */

import fs from 'node:fs';

const fixture = (name: string): unknown =>
  JSON.parse(fs.readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'));

type Json = Record<string, unknown>;

/** The template article (populated category, cover and sections). */
export const articleTemplate = (): Json => fixture('article.json') as Json;

/** The category list response. */
export const categoryEntries = (): Json[] => (fixture('categories.json') as { data: Json[] }).data;

export const strapiErrors = fixture('strapi-errors.json') as Record<'unauthorized' | 'notFound' | 'internal', Json>;

/** `count` distinct articles: ids, documentIds, slugs and dates differ (dates one hour apart, newest first). */
export function makeArticles(count: number): Json[] {
  const template = articleTemplate();
  const newest = Date.parse('2021-04-28T10:20:00.000Z');
  return Array.from({ length: count }, (_, index) => {
    const n = index + 1;
    return {
      ...template,
      id: 1000 + n,
      documentId: `art${String(n).padStart(21, '0')}`,
      title: `${String(template['title'])} (bài ${n})`,
      slug: `${String(template['slug'])}-${n}`,
      date: new Date(newest - index * 3_600_000).toISOString(),
      hot: n <= 3,
      featured: n % 7 === 0,
    };
  });
}
