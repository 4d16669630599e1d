import { adminLogin, createApiToken, fetchJson } from '../src/cms-admin-api.ts';
import {
  generateArticles,
  generateDocuments,
  generateReports,
  generateSchedules,
  type SyntheticArticle,
  type SyntheticDocument,
  type SyntheticReport,
  type SyntheticSchedule,
} from './corpus.ts';

/** Logs in as an admin and creates a full-access API token for loading the corpus. */
export async function createWriteToken(cmsUrl: string, email: string, password: string): Promise<string> {
  const jwt = await adminLogin(cmsUrl, email, password);
  return createApiToken(cmsUrl, jwt, { name: `bench-${Date.now()}`, description: 'benchmark corpus loader', type: 'full-access' });
}

const blocks = (paragraphs: string[]) => paragraphs.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));

/**
 * Creates entries through the REST API (`POST /api/<plural>`, published, as editors would) with bounded
 * concurrency. Returns the number created per second.
 */
async function createAll(cmsUrl: string, token: string, plural: string, entries: object[], concurrency: number, unit?: string): Promise<number> {
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < entries.length) {
      const data = unit === undefined ? entries[next++]! : { unit, ...entries[next++]! };
      await withRetry(() => fetchJson(`${cmsUrl}/api/${plural}`, { method: 'POST', token, body: { data } }));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return entries.length / ((performance.now() - started) / 1000);
}

/** documentIds of a collection in a stable order (by id), every page of it; `query` adds to the URL (populate…). */
async function documentIds<T extends { documentId: string }>(cmsUrl: string, token: string, plural: string, query = ''): Promise<T[]> {
  const all: T[] = [];
  for (let page = 1; ; page += 1) {
    const body = await fetchJson<{ data: T[]; meta: { pagination: { pageCount: number } } }>(
      `${cmsUrl}/api/${plural}?sort=id&pagination[pageSize]=100&pagination[page]=${page}${query}`,
      { token },
    );
    all.push(...body.data);
    if (page >= body.meta.pagination.pageCount) return all;
  }
}

/**
 * Articles with a unit take their category among that unit's (category slugs are unique within a unit only); the
 * others by slug alone, as on a single-unit install.
 */
export async function loadArticles(cmsUrl: string, token: string, articles: SyntheticArticle[], concurrency = 8): Promise<number> {
  const categories = await documentIds<{ documentId: string; slug: string; unit?: { documentId: string } | null }>(
    cmsUrl, token, 'categories', '&populate[unit][fields][0]=documentId',
  );
  const categoryIds = new Map(categories.map((category) => [category.slug, category.documentId]));
  const unitCategoryIds = new Map(categories.map((category) => [`${category.unit?.documentId}/${category.slug}`, category.documentId]));
  const entries = articles.map((article) => ({
    title: article.title,
    slug: article.slug,
    summary: article.summary,
    date: article.date,
    category: article.unit === undefined ? categoryIds.get(article.categorySlug) : unitCategoryIds.get(`${article.unit}/${article.categorySlug}`),
    sections: [{ __component: 'sections.rich-text', body: blocks(article.paragraphs) }],
    ...(article.unit === undefined ? {} : { unit: article.unit }),
  }));
  return createAll(cmsUrl, token, 'articles', entries, concurrency);
}

export async function loadDocuments(cmsUrl: string, token: string, documents: SyntheticDocument[], concurrency = 8, unit?: string): Promise<number> {
  const entries = documents.map(({ paragraphs, system: _derived, ...document }) => ({ ...document, body: blocks(paragraphs) }));
  return createAll(cmsUrl, token, 'legal-documents', entries, concurrency, unit);
}

/** Reports name indicators by position; they are matched to the CMS's indicators (the demo seed has 40). */
export async function loadReports(cmsUrl: string, token: string, reports: SyntheticReport[], concurrency = 8, unit?: string): Promise<number> {
  const indicators = await documentIds(cmsUrl, token, 'indicators');
  if (indicators.length === 0) throw new Error('The CMS has no indicators to report on (is the demo seed loaded?).');
  const entries = reports.map((report) => ({
    ...report,
    values: report.values.map(({ indicatorIndex, ...value }) => ({
      ...value,
      indicator: indicators[indicatorIndex % indicators.length]!.documentId,
    })),
  }));
  return createAll(cmsUrl, token, 'kpi-reports', entries, concurrency, unit);
}

export async function loadSchedules(cmsUrl: string, token: string, schedules: SyntheticSchedule[], concurrency = 8, unit?: string): Promise<number> {
  return createAll(cmsUrl, token, 'schedules', schedules, concurrency, unit);
}

export interface CorpusLoad {
  counts: { articles: number; documents: number; reports: number; schedules: number };
  /** Entries created per second, per type. */
  rates: { articles: number; documents: number; reports: number; schedules: number };
}

/** The corpus sized from its article count as DESIGN §6 has it: N articles, N/5 documents, N/50 reports, N/100 schedules. */
export function corpusCounts(articles: number): CorpusLoad['counts'] {
  return { articles, documents: Math.round(articles / 5), reports: Math.round(articles / 50), schedules: Math.round(articles / 100) };
}

/**
 * The unit the site settings belong to (the unit a build without PORTAL_UNIT is for), or undefined for a CMS without
 * units. The demo seed has several units, and the CMS refuses an entry without one from a token that has no unit.
 */
async function defaultUnit(cmsUrl: string, token: string): Promise<string | undefined> {
  const settings = await fetchJson<{ data: { unit?: { documentId: string } | null } | null }>(
    `${cmsUrl}/api/site-setting?populate[unit][fields][0]=documentId`,
    { token },
  );
  return settings.data?.unit?.documentId ?? undefined;
}

/** Loads the corpus into the site settings' unit (see defaultUnit), the one `bench:build` then builds. */
export async function loadCorpus(cmsUrl: string, token: string, articles: number, seed = 2024): Promise<CorpusLoad> {
  const counts = corpusCounts(articles);
  const unit = await defaultUnit(cmsUrl, token);
  const categories = await documentIds<{ documentId: string; slug: string; unit?: { documentId: string } | null }>(
    cmsUrl, token, 'categories', '&populate[unit][fields][0]=documentId',
  );
  const slugs = categories.filter((category) => unit === undefined || category.unit?.documentId === unit).map((c) => c.slug);
  const rates = {
    articles: await loadArticles(cmsUrl, token, generateArticles(counts.articles, slugs, seed, unit)),
    documents: await loadDocuments(cmsUrl, token, generateDocuments(counts.documents, seed), 8, unit),
    reports: await loadReports(cmsUrl, token, generateReports(counts.reports, seed), 8, unit),
    schedules: await loadSchedules(cmsUrl, token, generateSchedules(counts.schedules, seed), 8, unit),
  };
  return { counts, rates };
}

/** A long load should not die of one dropped connection: network errors are retried (never HTTP errors). */
async function withRetry<T>(attempt: () => Promise<T>, tries = 3): Promise<T> {
  for (let n = 1; ; n += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (n >= tries || !(error instanceof TypeError)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1000 * n));
    }
  }
}
