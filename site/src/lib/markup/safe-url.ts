/**
 * Link targets from CMS content are untrusted: only http(s) URLs and relative URLs may become an href, so that a
 * `javascript:` or `data:` URL typed into a rich-text link can never run in a visitor's browser.
 */

// Resolving against a placeholder origin parses the URL the way a browser does (tabs and newlines inside the
// scheme are dropped, case is folded), so tricks like "java\tscript:" are caught.
const PLACEHOLDER_BASE = 'https://relative.invalid/';

/** The href to render, or undefined when the URL must not be linked. */
export function safeHref(url: string | null | undefined): string | undefined {
  const trimmed = url?.trim();
  if (trimmed === undefined || trimmed === '') return undefined;
  let resolved: URL;
  try {
    resolved = new URL(trimmed, PLACEHOLDER_BASE);
  } catch {
    return undefined;
  }
  return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? trimmed : undefined;
}
