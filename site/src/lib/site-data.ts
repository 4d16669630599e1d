/**
 * The site's content, read from the content layer once per build and shared by every page, so that sorting and
 * indexing are not repeated on each render.
 */

import { getCollection } from 'astro:content';
import type { Article, Category } from '@portal/shared-types';
import { newestFirst } from './articles.ts';
import type { FeedbackEntry, RatingEntry } from './participation.ts';
import { menuCategories } from './categories.ts';
import { type SiteIndex, buildSiteIndex } from './site-index.ts';

let index: Promise<SiteIndex> | undefined;

async function load(): Promise<SiteIndex> {
  const values = <T extends { data: unknown }>(entries: T[]): Array<T['data']> => entries.map((entry) => entry.data);
  const [articles, categories, tags, pages, organisations, people, documents, congresses, indicators, reports, schedules, settings] =
    await Promise.all([
      getCollection('articles').then(values),
      getCollection('categories').then(values),
      getCollection('tags').then(values),
      getCollection('pages').then(values),
      getCollection('organisations').then(values),
      getCollection('people').then(values),
      getCollection('documents').then(values),
      getCollection('congresses').then(values),
      getCollection('indicators').then(values),
      getCollection('kpiReports').then(values),
      getCollection('schedules').then(values),
      getCollection('siteSettings').then(values),
    ]);
  return buildSiteIndex({
    articles: newestFirst(articles),
    categories,
    tags,
    pages,
    organisations,
    people,
    documents,
    congresses,
    indicators,
    reports,
    schedules,
    settings: settings[0],
  });
}

/** The whole site's content and its lookups, built on first use. */
export function site(): Promise<SiteIndex> {
  index ??= load();
  return index;
}

/** Every published article, newest first. */
export async function allArticles(): Promise<Article[]> {
  return (await site()).articles;
}

/** Every category, unordered. */
export async function allCategories(): Promise<Category[]> {
  return (await site()).categories;
}

let topCategories: Promise<Category[]> | undefined;

/** Top-level categories in menu order, for the header navigation and the home page. */
export function menu(): Promise<Category[]> {
  topCategories ??= site().then((index) => menuCategories(index.categories));
  return topCategories;
}

/** Approved feedback and article ratings, loaded once per build. */
export interface Participation {
  feedback: FeedbackEntry[];
  ratingByArticle: Map<string, RatingEntry>;
}

let participationData: Promise<Participation> | undefined;

export function participation(): Promise<Participation> {
  participationData ??= Promise.all([getCollection('feedback'), getCollection('ratings')]).then(([feedback, ratings]) => ({
    feedback: feedback.map((entry) => entry.data),
    ratingByArticle: new Map(ratings.map((entry) => [entry.data.article, entry.data])),
  }));
  return participationData;
}
