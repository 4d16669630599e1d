/**
 * Everything the pages look up, computed once per build from the collections: maps by documentId and slug, documents
 * by number, inverse relations, citing articles, congress documents and indicator series. Every index is built in one
 * pass over its collection, so a 10 000-article build stays linear; pages only read from here.
 */

import type {
  Category,
  Congress,
  Document,
  Indicator,
  KpiReport,
  Organisation,
  Page,
  Person,
  Schedule,
  SiteSettings,
  Tag,
  Unit,
} from '@portal/shared-types';
import type { StoredArticle } from '../articles/articles.ts';
import { type IncomingRelation, indexByNumber, inverseRelations, libraryOrder } from '../documents/documents.ts';
import { type SeriesPoint, periodOrder, seriesByIndicator } from '../kpi/kpi-series.ts';

export interface SiteContent {
  articles: StoredArticle[];
  categories: Category[];
  tags: Tag[];
  pages: Page[];
  organisations: Organisation[];
  people: Person[];
  documents: Document[];
  congresses: Congress[];
  indicators: Indicator[];
  reports: KpiReport[];
  schedules: Schedule[];
  settings: SiteSettings | undefined;
  /** Every unit of the platform (issue 16). */
  units: Unit[];
  /** The unit this site is for (PORTAL_UNIT, or the only/default unit); undefined without units in the CMS. */
  unit: Unit | undefined;
}

export interface SiteIndex extends SiteContent {
  categoryById: Map<string, Category>;
  /** Articles filed directly under a category, by its documentId, newest first. */
  articlesByCategory: Map<string, StoredArticle[]>;
  documentById: Map<string, Document>;
  documentByNumber: Map<string, Document>;
  /** Relations other documents have to a document, by its documentId. */
  incomingRelations: Map<string, IncomingRelation[]>;
  /** Articles that cite a document (related documents, or its number in the text), by documentId, newest first. */
  citingArticles: Map<string, StoredArticle[]>;
  /** Documents of a congress, by the congress documentId. */
  congressDocuments: Map<string, Document[]>;
  congressById: Map<string, Congress>;
  indicatorById: Map<string, Indicator>;
  /** Values of an indicator across reports, by the indicator documentId, chronologically. */
  series: Map<string, SeriesPoint[]>;
  organisationById: Map<string, Organisation>;
}

function byKey<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  return new Map(items.map((item) => [key(item), item]));
}

/** Appends `item` under `key`; the same item twice in a row (one article citing a document twice) counts once. */
function push<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [item]);
  else if (list.at(-1) !== item) list.push(item);
}

/** Builds the index. `content.articles` must be newest first (citing lists keep that order). */
export function buildSiteIndex(content: SiteContent): SiteIndex {
  const documents = libraryOrder(content.documents);
  const documentByNumber = indexByNumber(documents);

  const citingArticles = new Map<string, StoredArticle[]>();
  for (const article of content.articles) {
    for (const related of article.relatedDocuments ?? []) push(citingArticles, related.documentId, article);
    for (const key of article.citedNumberKeys) {
      const cited = documentByNumber.get(key);
      if (cited !== undefined) push(citingArticles, cited.documentId, article);
    }
  }

  const articlesByCategory = new Map<string, StoredArticle[]>();
  for (const article of content.articles) {
    if (article.category) push(articlesByCategory, article.category.documentId, article);
  }

  const congressDocuments = new Map<string, Document[]>();
  for (const document of documents) {
    if (document.congress) push(congressDocuments, document.congress.documentId, document);
  }

  return {
    ...content,
    documents,
    reports: [...content.reports].sort((a, b) => periodOrder(b) - periodOrder(a) || a.title.localeCompare(b.title, 'vi')),
    schedules: [...content.schedules].sort((a, b) => b.startDate.localeCompare(a.startDate) || a.title.localeCompare(b.title, 'vi')),
    categoryById: byKey(content.categories, (category) => category.documentId),
    articlesByCategory,
    documentById: byKey(documents, (document) => document.documentId),
    documentByNumber,
    incomingRelations: inverseRelations(documents, documentByNumber),
    citingArticles,
    congressDocuments,
    congressById: byKey(content.congresses, (congress) => congress.documentId),
    indicatorById: byKey(content.indicators, (indicator) => indicator.documentId),
    series: seriesByIndicator(content.reports),
    organisationById: byKey(content.organisations, (organisation) => organisation.documentId),
  };
}
