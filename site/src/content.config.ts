/**
 * Content collections: each CMS content type (src/collections.ts) pulled at build time by strapiLoader
 * (incremental) or strapiSingleLoader, validated with the shared schemas of @portal/shared-types.
 */

import { defineCollection } from 'astro:content';
import { COLLECTION_SOURCES as sources, SITE_SETTINGS_SOURCE } from './collections.ts';
import { publicListLoader } from './loaders/public-list-loader.ts';
import { strapiLoader, strapiSingleLoader } from './loaders/strapi-loader.ts';
import { feedbackEntrySchema, ratingEntrySchema, toFeedbackEntry, toRatingEntry } from './lib/participation/participation.ts';

export const collections = {
  articles: defineCollection({ loader: strapiLoader(sources.articles) }),
  categories: defineCollection({ loader: strapiLoader(sources.categories) }),
  tags: defineCollection({ loader: strapiLoader(sources.tags) }),
  pages: defineCollection({ loader: strapiLoader(sources.pages) }),
  organisations: defineCollection({ loader: strapiLoader(sources.organisations) }),
  people: defineCollection({ loader: strapiLoader(sources.people) }),
  documents: defineCollection({ loader: strapiLoader(sources.documents) }),
  congresses: defineCollection({ loader: strapiLoader(sources.congresses) }),
  indicators: defineCollection({ loader: strapiLoader(sources.indicators) }),
  kpiReports: defineCollection({ loader: strapiLoader(sources.kpiReports) }),
  schedules: defineCollection({ loader: strapiLoader(sources.schedules) }),
  redirects: defineCollection({ loader: strapiLoader(sources.redirects) }),
  units: defineCollection({ loader: strapiLoader(sources.units) }),
  inheritedDocuments: defineCollection({ loader: strapiLoader(sources.inheritedDocuments) }),
  outageNotices: defineCollection({ loader: strapiLoader(sources.outageNotices) }),
  siteSettings: defineCollection({ loader: strapiSingleLoader(SITE_SETTINGS_SOURCE) }),
  englishPage: defineCollection({ loader: strapiLoader(sources.englishPage) }),
  informationAccess: defineCollection({ loader: strapiLoader(sources.informationAccess) }),
  unitProfile: defineCollection({ loader: strapiLoader(sources.unitProfile) }),
  // Public participation (issue 6): approved feedback and rating aggregates, read in full at every build.
  feedback: defineCollection({
    loader: publicListLoader({ collection: 'feedback', endpoint: '/api/public/feedback', schema: feedbackEntrySchema, toEntry: toFeedbackEntry }),
  }),
  ratings: defineCollection({
    loader: publicListLoader({ collection: 'ratings', endpoint: '/api/public/ratings', schema: ratingEntrySchema, toEntry: toRatingEntry }),
  }),
};
