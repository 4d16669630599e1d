/**
 * What each content collection loads from the CMS: endpoint, shared schema and explicit populate (never `*`), in one
 * place so that the build (content.config.ts) and the tests against a live CMS send the very same requests. Populate
 * matches what the shared schema requires: media, components and dynamic zones always, relations one level deep.
 * Inverse relations (a document's articles, a congress's documents) are computed in src/lib from the owning side.
 *
 * Content types added after the first release use `ifMissing: 'empty'`: a CMS that does not have them yet answers
 * 404 and the collection is empty (with a warning); every other failure still fails the build.
 */

import {
  type Article,
  articleSchema,
  categorySchema,
  congressSchema,
  documentSchema,
  englishPageSchema,
  informationAccessSchema,
  indicatorSchema,
  kpiReportSchema,
  organisationSchema,
  outageNoticeSchema,
  pageSchema,
  personSchema,
  scheduleSchema,
  siteSettingsSchema,
  tagSchema,
  urlRecordSchema,
  unitProfileSchema,
  inheritedDocumentSchema,
  unitSchema,
} from '@portal/shared-types';
import { articleBodySummary } from './lib/articles/article-body.ts';
import type { DetachedFieldOptions } from './loaders/detached-field.ts';
import type { StrapiQuery, StrapiQueryValue } from './loaders/strapi-query.ts';

/** The `sections` dynamic zone: Strapi 5 needs an `on` fragment per component to populate media and relations. */
const sectionsPopulate = {
  on: {
    'sections.rich-text': true,
    'sections.quote': true,
    'sections.table': true,
    'sections.image': { populate: { image: true } },
    'sections.gallery': { populate: { images: true } },
    'sections.document-card': { populate: { document: true } },
    'sections.kpi-chart': { populate: { indicator: true } },
  },
};
const seoPopulate = { populate: { shareImage: true } };
const optional = { ifMissing: 'empty' } as const;
/** Redirect records of entries, not of a unit's own address (entryType api::unit.unit, for the front server). */
const entryRecords: StrapiQueryValue = { $or: [{ entryType: { $null: true } }, { entryType: { $ne: 'api::unit.unit' } }] };

/** Collection types, keyed by Astro collection name. */
export const COLLECTION_SOURCES = {
  articles: {
    endpoint: '/api/articles',
    schema: articleSchema,
    query: {
      populate: {
        category: true,
        cover: true,
        tags: true,
        organisation: true,
        relatedDocuments: true,
        seo: seoPopulate,
        sections: sectionsPopulate,
        // The publishing unit and the syndication targets: a commune's build also loads the provincial articles
        // re-published on it, and links them to their original (issue 16).
        unit: true,
        syndicatedTo: true,
      },
      // No sort: the collection is read by id, page after page (keyset); the pages order articles themselves.
    },
    // Without articles there is no site to publish: an empty answer means a wrong CMS or token.
    allowEmpty: false,
    unitScoped: true,
    syndicated: true,
    // Bodies stay out of the data store; only the page of an article reads its body (lib/articles/article-body.ts).
    detach: { field: 'sections', summarize: (data) => articleBodySummary(data as Article) },
  },
  categories: { endpoint: '/api/categories', schema: categorySchema, query: { populate: { parent: true } }, unitScoped: true },
  tags: { endpoint: '/api/tags', schema: tagSchema, ...optional },
  pages: {
    endpoint: '/api/pages',
    unitScoped: true,
    schema: pageSchema,
    query: { populate: { parent: true, seo: seoPopulate, sections: sectionsPopulate } },
    ...optional,
  },
  organisations: {
    endpoint: '/api/organisations',
    schema: organisationSchema,
    query: { populate: { parent: true, mergedInto: true } },
    ...optional,
  },
  people: {
    endpoint: '/api/people',
    schema: personSchema,
    query: { populate: { photo: true, positions: { populate: { organisation: true } } } },
    ...optional,
  },
  documents: {
    endpoint: '/api/legal-documents',
    unitScoped: true,
    schema: documentSchema,
    query: {
      // No sort: read by id (keyset); the library orders documents itself (lib/documents/documents.ts libraryOrder).
      populate: { files: true, relations: { populate: { target: true } }, issuingOrganisation: true, congress: true },
    },
    ...optional,
  },
  congresses: {
    endpoint: '/api/congresses',
    unitScoped: true,
    schema: congressSchema,
    query: {
      populate: {
        cover: true,
        termTargets: { populate: { indicator: true } },
        organisation: true,
        secretary: true,
        executiveCommitteeMembers: true,
      },
    },
    ...optional,
  },
  indicators: { endpoint: '/api/indicators', schema: indicatorSchema, query: { populate: { organisation: true } }, unitScoped: true, ...optional },
  kpiReports: {
    endpoint: '/api/kpi-reports',
    unitScoped: true,
    schema: kpiReportSchema,
    query: { populate: { values: { populate: { indicator: true } }, organisation: true, sourceDocument: true } },
    ...optional,
  },
  schedules: {
    endpoint: '/api/schedules',
    unitScoped: true,
    schema: scheduleSchema,
    query: { populate: { entries: true, attachment: true, organisation: true } },
    ...optional,
  },
  // Documents of the archived units this unit succeeds that still apply (in force, or partly): the successor's library
  // lists them, linking to the archive's site (issue 16). Empty for a build without PORTAL_UNIT.
  inheritedDocuments: {
    endpoint: '/api/legal-documents',
    schema: inheritedDocumentSchema,
    query: {
      populate: { unit: true },
      filters: { validity: { $in: ['in-force', 'partly-in-force'] } },
      sort: ['issuedDate:desc'],
    },
    inherited: true,
    ...optional,
  },
  // Every unit of the platform, on purpose unfiltered: the current unit's settings, the archive banner's successors,
  // the directory of units, the former-name lookup and the province-wide search read them (issue 16).
  units: {
    endpoint: '/api/units',
    schema: unitSchema,
    query: {
      populate: {
        parent: true,
        successors: true,
        organisation: true,
        logo: true,
        linkedWebsites: true,
        socialLinks: true,
        homeSections: { populate: { category: true } },
      },
      sort: ['name:asc'],
    },
    ...optional,
  },
  // Addresses that moved (301) or were withdrawn (410), expanded into the build's redirect map (issue 25): the unit's
  // own map, paths relative to its site. Records of the unit's own address (a changed path prefix or hostname,
  // absolute addresses) are for the platform's front server, not for one unit's map.
  redirects: {
    endpoint: '/api/redirects',
    schema: urlRecordSchema,
    query: { filters: entryRecords },
    unitScoped: true,
    ...optional,
  },
  // Planned-outage notices (Nghị định 224/2026): shown in a banner on every page of the unit until their window ends.
  outageNotices: { endpoint: '/api/outage-notices', schema: outageNoticeSchema, query: { sort: ['startsAt:asc'] }, unitScoped: true, ...optional },
  // One entry per unit (issue 20): the unit's English page (/en/), Tiếp cận thông tin section and profile. Without
  // PORTAL_UNIT (a single-unit install) the oldest entry, the default unit's, comes first.
  englishPage: { endpoint: '/api/english-pages', schema: englishPageSchema, query: { populate: { leaders: true }, sort: ['id:asc'] }, unitScoped: true, ...optional },
  informationAccess: {
    endpoint: '/api/information-accesses',
    schema: informationAccessSchema,
    query: { populate: { items: { populate: { documents: true, pages: true, articles: true } } }, sort: ['id:asc'] },
    unitScoped: true,
    ...optional,
  },
  unitProfile: { endpoint: '/api/unit-profiles', schema: unitProfileSchema, query: { populate: { boundary: true }, sort: ['id:asc'] }, unitScoped: true, ...optional },
} satisfies Record<
  string,
  {
    endpoint: string;
    schema: unknown;
    query?: StrapiQuery;
    allowEmpty?: boolean;
    ifMissing?: 'empty';
    detach?: DetachedFieldOptions;
    /** Filtered to the build's unit (PORTAL_UNIT): the type has a `unit` relation (issue 16). */
    unitScoped?: boolean;
    /** Also entries syndicated to the build's unit (`syndicatedTo`, `syndicateToAll`): articles. */
    syndicated?: boolean;
    /** Entries of the archived units the build's unit succeeds (nothing without PORTAL_UNIT). */
    inherited?: boolean;
  }
>;

/** The site settings single type. */
export const SITE_SETTINGS_SOURCE = {
  endpoint: '/api/site-setting',
  schema: siteSettingsSchema,
  query: {
    populate: {
      logo: true,
      linkedWebsites: true,
      socialLinks: true,
      homeSections: { populate: { category: true } },
      ownerOrganisation: true,
      // Which unit a build without PORTAL_UNIT is for when the platform has several.
      unit: { fields: ['slug'] },
    },
  },
  ...optional,
};
