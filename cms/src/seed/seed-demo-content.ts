import type { Core } from '@strapi/strapi';
import { demoArticles, demoCategories, type DemoArticle } from './demo-content';

const SEED_MARKER = { type: 'core', name: 'portal', key: 'demo-seed' } as const;
const SEED_VERSION = 1;

/** Demo content is for local and demo instances; production opts in explicitly. */
export function demoSeedEnabled(env: Record<string, string | undefined> = process.env): boolean {
  const flag = env.SEED_DEMO_CONTENT?.trim().toLowerCase();
  if (flag === undefined || flag === '') return env.NODE_ENV !== 'production';
  return flag === 'true' || flag === '1';
}

/**
 * Seeds the demo content once per database. A marker in Strapi's store makes a
 * second start a no-op even after editors delete demo entries; entries are
 * looked up by slug, so a seed interrupted midway resumes without duplicates
 * and never overwrites what an editor changed.
 */
export async function seedDemoContent(strapi: Core.Strapi): Promise<void> {
  if (!demoSeedEnabled()) return;
  const marker = await strapi.store.get({ ...SEED_MARKER });
  if (marker) return;

  const categoryIds = new Map<string, string>();
  for (const category of demoCategories) {
    const existing = await strapi.documents('api::category.category').findFirst({ filters: { slug: category.slug } });
    const document = existing ?? (await strapi.documents('api::category.category').create({ data: category }));
    categoryIds.set(category.slug, document.documentId);
  }

  let created = 0;
  for (const article of demoArticles) {
    const existing = await strapi.documents('api::article.article').findFirst({ filters: { slug: article.slug } });
    if (existing) continue;
    await strapi.documents('api::article.article').create({
      data: toArticleData(article, categoryIds.get(article.category)),
      status: article.draft ? 'draft' : 'published',
    });
    created += 1;
  }

  await strapi.store.set({ ...SEED_MARKER, value: { version: SEED_VERSION, seededAt: new Date().toISOString() } });
  strapi.log.info(`Seeded demo content: ${demoCategories.length} categories, ${created} articles`);
}

function toArticleData(article: DemoArticle, categoryId: string | undefined) {
  const sections: Array<
    | { __component: 'sections.rich-text'; body: Array<{ type: 'paragraph'; children: Array<{ type: 'text'; text: string }> }> }
    | { __component: 'sections.quote'; quote: string; attribution: string }
  > = [
    {
      __component: 'sections.rich-text',
      body: article.paragraphs.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] })),
    },
  ];
  if (article.quote) sections.push({ __component: 'sections.quote', ...article.quote });
  return {
    title: article.title,
    slug: article.slug,
    summary: article.summary,
    date: article.date,
    featured: article.featured ?? false,
    hot: article.hot ?? false,
    author: article.author,
    contributingUnit: article.contributingUnit,
    sourceName: article.sourceName,
    category: categoryId,
    sections,
  };
}
