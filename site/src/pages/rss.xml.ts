/** /rss.xml: the 50 latest articles. */
import type { APIRoute } from 'astro';
import { t } from '../i18n/vi.ts';
import { rssPath } from '../lib/navigation/paths.ts';
import { rssFeed } from '../lib/feeds/rss.ts';
import { site } from '../lib/build/site-data.ts';

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const index = await site();
  const body = rssFeed(index.articles, {
    title: index.settings?.portalName ?? t('site.name'),
    description: t('site.description'),
    site: siteUrl ?? new URL('http://localhost/'),
    selfPath: rssPath(),
    categoryNames: new Map(index.categories.map((category) => [category.documentId, category.name])),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
