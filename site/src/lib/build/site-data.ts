/**
 * The site's content, read from the content layer once per build and shared by every page, so that sorting and
 * indexing are not repeated on each render.
 */

import { getCollection } from 'astro:content';
import { type Category, type EnglishPage, type InheritedDocument, type OutageNotice, type Unit, isOutageNoticeCurrent } from '@portal/shared-types';
import { portalUnit, publicCmsUrl, strapiConfig } from '../../loaders/config.ts';
import { type StoredArticle, newestFirst } from '../articles/articles.ts';
import { type DigestOf, hashParts, sharedContentKey } from './page-cache-keys.ts';
import type { FeedbackEntry, RatingEntry } from '../participation/participation.ts';
import { menuCategories } from '../articles/categories.ts';
import { type SiteIndex, buildSiteIndex } from './site-index.ts';
import { predecessorsOf, resolveCurrentUnit, showsArticle, unitHome, unitSettings } from '../units/units.ts';

let index: Promise<SiteIndex> | undefined;

/** The content layer's digest of each loaded entry's data, for the pages' incremental-build keys. */
const digests = new WeakMap<object, string>();

/** The digest of an entry from the collections (a hash of its data for an object the content layer did not load). */
export const digestOf: DigestOf = (entry) => digests.get(entry) ?? hashParts([JSON.stringify(entry)]);

async function load(): Promise<SiteIndex> {
  const values = <T extends { data: unknown; digest?: string | number | undefined }>(entries: T[]): Array<T['data']> =>
    entries.map((entry) => {
      if (entry.digest !== undefined && typeof entry.data === 'object' && entry.data !== null) digests.set(entry.data, String(entry.digest));
      return entry.data;
    });
  const [articles, categories, tags, pages, organisations, people, documents, congresses, indicators, reports, schedules, settings, units] =
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
      getCollection('units').then(values),
    ]);
  const baseSettings = settings[0];
  const unitSlug = portalUnit();
  const unit = resolveCurrentUnit(units, unitSlug, baseSettings?.unit);
  // A build for one unit: the loader also brings articles syndicated to it; keep those a provincial unit really
  // re-publishes here, and an own article keeps its address (a syndicated one with the same slug is left out). A
  // single-unit install shows everything it loaded, as before.
  const loaded = articles as unknown as StoredArticle[];
  const own = (article: StoredArticle) => unit === undefined || article.unit == null || article.unit.documentId === unit.documentId;
  const ownSlugs = new Set(loaded.filter(own).map((article) => article.slug));
  // Without PORTAL_UNIT on a platform of several units, the build is for the settings' unit (the loader's buildUnit).
  const forOneUnit = unitSlug !== undefined || (unit !== undefined && units.length > 1);
  const shown = forOneUnit
    ? loaded.filter((article) => showsArticle(article, unit, units) && (own(article) || !ownSlugs.has(article.slug)))
    : loaded;
  return buildSiteIndex({
    // Typed by the collection's schema, stored without the body (the `detach` in src/collections.ts).
    articles: newestFirst(shown),
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
    settings: unitSettings(unit, baseSettings),
    units,
    unit,
  });
}

/** The whole site's content and its lookups, built on first use. */
export function site(): Promise<SiteIndex> {
  index ??= load();
  return index;
}

/** Every published article, newest first. */
export async function allArticles(): Promise<StoredArticle[]> {
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

let currentNotices: Promise<OutageNotice[]> | undefined;

/**
 * Planned-outage notices to show on every page: published ones whose window has not ended when the build runs
 * (the CMS rebuilds the site on publish; the banner's script hides a notice whose window ends before the next build).
 */
export function outageNotices(now: Date = new Date()): Promise<OutageNotice[]> {
  currentNotices ??= getCollection('outageNotices').then((entries) =>
    entries.map((entry) => entry.data).filter((notice) => isOutageNoticeCurrent(notice, now)),
  );
  return currentNotices;
}

let english: Promise<EnglishPage | undefined> | undefined;

/** The English page (/en/), if the CMS has one: every page header links to it. */
export function englishPage(): Promise<EnglishPage | undefined> {
  english ??= getCollection('englishPage').then((entries) => entries[0]?.data);
  return english;
}

let sharedKey: Promise<string> | undefined;

/** The part of every page key that covers all content but articles and participation (lib/build/page-cache-keys.ts). */
export function sharedPageKey(): Promise<string> {
  sharedKey ??= Promise.all([site(), outageNotices(), englishPage()]).then(([index, notices, englishVersion]) =>
    sharedContentKey({
      collections: {
        categories: index.categories,
        tags: index.tags,
        pages: index.pages,
        organisations: index.organisations,
        people: index.people,
        documents: index.documents,
        congresses: index.congresses,
        indicators: index.indicators,
        reports: index.reports,
        schedules: index.schedules,
        settings: index.settings === undefined ? [] : [index.settings],
        units: index.units,
        // Every page shows the banner of the notices current at build time (not all loaded ones: one ends, it goes).
        outageNotices: notices,
        englishPage: englishVersion === undefined ? [] : [englishVersion],
      },
      settings: [strapiConfig().mediaUrl, publicCmsUrl()],
      digestOf,
    }),
  );
  return sharedKey;
}

/**
 * Paths of a route that shows nothing but the shared collections (no articles, no participation, no clock), keyed
 * with the shared key alone: an article's publication leaves them as they were.
 */
export async function withSharedKey<T extends object>(paths: readonly T[]): Promise<Array<T & { cacheKey: string }>> {
  const key = await sharedPageKey();
  return paths.map((path) => ({ ...path, cacheKey: key }));
}

let inherited: Promise<Array<{ unit: Unit; url: string | null; documents: InheritedDocument[] }>> | undefined;

/**
 * The documents of the archived units this unit succeeds that still apply, grouped by archive, each group with the
 * archive site's home (the documents' pages live there).
 */
export function inheritedDocuments(siteUrl: string | undefined): Promise<Array<{ unit: Unit; url: string | null; documents: InheritedDocument[] }>> {
  inherited ??= Promise.all([site(), getCollection('inheritedDocuments')]).then(([index, entries]) =>
    predecessorsOf(index.unit, index.units).flatMap((unit) => {
      const documents = entries.map((entry) => entry.data).filter((document) => document.unit?.documentId === unit.documentId);
      return documents.length === 0 ? [] : [{ unit, url: unitHome(unit, index.units, siteUrl, index.unit), documents }];
    }),
  );
  return inherited;
}
