/** The RSS 2.0 feed of the latest articles. */

import type { ArticleSummary } from '../articles/articles.ts';
import { articlePath } from '../navigation/paths.ts';
import { escapeXml } from '../markup/xml.ts';

export interface FeedOptions {
  title: string;
  description: string;
  /** Absolute site URL, e.g. "https://portal.example.vn/". */
  site: URL;
  /** Path of the feed itself. */
  selfPath: string;
  /** How many articles; default 50. */
  limit?: number;
  /** Category names by documentId (an article references its category). */
  categoryNames: ReadonlyMap<string, string>;
}

function categoryOf(article: ArticleSummary, names: ReadonlyMap<string, string>): string[] {
  const name = article.category ? names.get(article.category.documentId) : undefined;
  return name === undefined ? [] : [name];
}

/** RSS 2.0 with absolute links and RFC 822 dates; `articles` newest first. */
export function rssFeed(articles: readonly ArticleSummary[], options: FeedOptions): string {
  const items = articles.slice(0, options.limit ?? 50).map((article) => {
    const link = new URL(articlePath(article.slug), options.site).href;
    return [
      '<item>',
      `<title>${escapeXml(article.title)}</title>`,
      `<link>${escapeXml(link)}</link>`,
      `<guid isPermaLink="true">${escapeXml(link)}</guid>`,
      `<pubDate>${new Date(article.date).toUTCString()}</pubDate>`,
      ...(article.summary ? [`<description>${escapeXml(article.summary)}</description>`] : []),
      ...categoryOf(article, options.categoryNames).map((name) => `<category>${escapeXml(name)}</category>`),
      '</item>',
    ].join('');
  });
  const self = new URL(options.selfPath, options.site).href;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    `<title>${escapeXml(options.title)}</title>`,
    `<link>${escapeXml(options.site.href)}</link>`,
    `<description>${escapeXml(options.description)}</description>`,
    '<language>vi</language>',
    `<atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>`,
    ...(articles[0] ? [`<lastBuildDate>${new Date(articles[0].date).toUTCString()}</lastBuildDate>`] : []),
    ...items,
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}
