import type { SyntheticArticle } from './corpus.ts';

async function json<T>(url: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(url, {
    ...init,
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...init.headers },
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${url} → ${response.status}: ${text.slice(0, 500)}`);
  return JSON.parse(text) as T;
}

/** Logs in as an admin and creates a full-access API token for loading the corpus. */
export async function createWriteToken(cmsUrl: string, email: string, password: string): Promise<string> {
  const login = await json<{ data: { token: string } }>(`${cmsUrl}/admin/login`, {
    method: 'POST',
    body: JSON.stringify({ email, password }),
  });
  const token = await json<{ data: { accessKey: string } }>(`${cmsUrl}/admin/api-tokens`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${login.data.token}` },
    body: JSON.stringify({ name: `bench-${Date.now()}`, description: 'benchmark corpus loader', type: 'full-access', lifespan: null }),
  });
  return token.data.accessKey;
}

/**
 * Creates the articles through the REST API (published, as editors would),
 * with bounded concurrency. Returns the number created per second.
 */
export async function loadArticles(cmsUrl: string, token: string, articles: SyntheticArticle[], concurrency = 8): Promise<number> {
  const categories = await json<{ data: Array<{ documentId: string; slug: string }> }>(
    `${cmsUrl}/api/categories?pagination[pageSize]=100`,
    { headers: { Authorization: `Bearer ${token}` } },
  );
  const categoryIds = new Map(categories.data.map((category) => [category.slug, category.documentId]));
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < articles.length) {
      const article = articles[next++]!;
      await json(`${cmsUrl}/api/articles`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}` },
        body: JSON.stringify({
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
        }),
      });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return articles.length / ((performance.now() - started) / 1000);
}
