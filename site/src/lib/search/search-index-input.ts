/**
 * What the search index reads of a built page: the page's HTML with its folded đ-words (searchAliases) added inside
 * the indexed region (words of that region only), so that "dang bo" finds "Đảng bộ". The published HTML is not changed: this copy only feeds
 * Pagefind. Pages without `data-pagefind-body` are not indexed at all.
 */

import { searchAliases } from './search-text.ts';

/** The visible text of an HTML page (tags, scripts and styles removed; entities left, they hold no đ). */
export function htmlText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}

/** The HTML to index, or undefined when the page is not searchable. */
export function indexableHtml(html: string): string | undefined {
  const start = html.indexOf('data-pagefind-body');
  if (start === -1) return undefined;
  // The indexed region is the <main> element carrying the attribute (see BaseLayout).
  const end = html.lastIndexOf('</main>');
  if (end < start) return html;
  const aliases = searchAliases(htmlText(html.slice(html.indexOf('>', start) + 1, end)));
  if (aliases === '') return html;
  return `${html.slice(0, end)}<p data-pagefind-weight="0.5">${aliases}</p>${html.slice(end)}`;
}
