import { adminLogin, createApiToken, fetchJson } from '../src/cms-admin-api.ts';
import type { SyntheticArticle } from './corpus.ts';

/** Logs in as an admin and creates a full-access API token for loading the corpus. */
export async function createWriteToken(cmsUrl: string, email: string, password: string): Promise<string> {
  const jwt = await adminLogin(cmsUrl, email, password);
  return createApiToken(cmsUrl, jwt, { name: `bench-${Date.now()}`, description: 'benchmark corpus loader', type: 'full-access' });
}

/**
 * Creates the articles through the REST API (published, as editors would),
 * with bounded concurrency. Returns the number created per second.
 */
export async function loadArticles(cmsUrl: string, token: string, articles: SyntheticArticle[], concurrency = 8): Promise<number> {
  const categories = await fetchJson<{ data: Array<{ documentId: string; slug: string }> }>(
    `${cmsUrl}/api/categories?pagination[pageSize]=100`,
    { token },
  );
  const categoryIds = new Map(categories.data.map((category) => [category.slug, category.documentId]));
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < articles.length) {
      const article = articles[next++]!;
      await withRetry(() => fetchJson(`${cmsUrl}/api/articles`, {
        method: 'POST',
        token,
        body: {
          data: {
            title: article.title,
            slug: article.slug,
            summary: article.summary,
            date: article.date,
            category: categoryIds.get(article.categorySlug),
            sections: [
              {
                __component: 'sections.rich-text',
                body: article.paragraphs.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] })),
              },
            ],
          },
        },
      }));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return articles.length / ((performance.now() - started) / 1000);
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
