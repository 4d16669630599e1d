/**
 * No URL lost (issue 25): every URL the live build served — its sitemap, its feeds, its open-data files, and every
 * address its redirect map answered — must in the new build answer 200, 301 or 410. A URL that is derived from a
 * moved or withdrawn address the CMS recorded (a renamed category's 7th list page when the category now has 6), or a
 * list that is no longer built (a numbered page past the end of a shrunk list, a tag or document facet left empty), is
 * added to the new build's map here (301 to the record's target or the list's nearest page); an entry's own address
 * the new build would drop without a record refuses the build, naming the URLs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { coveredByRecords, isEntryAddress, type UrlMap } from '@portal/shared-types';
import { readUrlMap, readUrlRecords, servedPaths, writeUrlMap } from '../../../site/src/integrations/url-map.ts';

/**
 * Paths of the `<loc>`/`<link>` URLs in an XML file (sitemaps, RSS), relative to the build: a build served under a
 * path prefix (its map's `base`) lists its URLs under it, its files are not.
 */
function xmlUrls(file: string, tag: 'loc' | 'link', base = '/'): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const urls: string[] = [];
  for (const match of text.matchAll(new RegExp(`<${tag}>([^<]+)</${tag}>`, 'g'))) {
    try {
      const pathname = decodeURIComponent(new URL(match[1]!.trim().replace(/&amp;/g, '&')).pathname);
      if (pathname.startsWith(base)) urls.push(`/${pathname.slice(base.length)}`);
    } catch {
      // Not a URL of the site (a malformed link in a feed): nothing to keep.
    }
  }
  return urls;
}

/** Files that are published data, not build internals: open data, indicator data, calendars, feeds. */
function isPublishedFile(urlPath: string): boolean {
  if (/\.(?:csv|ics)$/.test(urlPath) || urlPath === '/rss.xml') return true;
  return urlPath.endsWith('.json') && (urlPath.startsWith('/du-lieu/') || urlPath.startsWith('/chi-tieu/'));
}

/** Every URL the live build promised: sitemap pages, feed items, published files, its own 301 and 410 answers. */
export function promisedUrls(liveDir: string, liveServed: ReadonlySet<string> = servedPaths(liveDir)): Set<string> {
  const urls = new Set<string>();
  const liveMap = readUrlMap(liveDir);
  for (const served of liveServed) {
    if (/^\/sitemap-\d+\.xml$/.test(served)) for (const url of xmlUrls(path.join(liveDir, served), 'loc', liveMap.base)) urls.add(url);
    else if (served === '/rss.xml') for (const url of xmlUrls(path.join(liveDir, served), 'link', liveMap.base)) urls.add(url);
    if (isPublishedFile(served)) urls.add(served);
  }
  for (const from of Object.keys(liveMap.redirects)) urls.add(from);
  for (const gone of liveMap.gone) urls.add(gone);
  return urls;
}

/**
 * Where a list that is no longer built sends its readers: its nearest ancestor the build serves (a numbered page past
 * the end of a shrunk list → the list, a document facet with no documents left → the library, a week or calendar with
 * no schedule left → the schedules). Lists come and go with their members, so this needs no record; an entry's own
 * address never gets here (isEntryAddress).
 */
function isList(url: string): boolean {
  // Pages and calendars; published data files (open data, indicator data) never vanish on their own.
  return (url.endsWith('/') || url.endsWith('.ics')) && !isEntryAddress(url);
}

function nearestServedAncestor(url: string, served: ReadonlySet<string>): { to: string } | null {
  let current = url.endsWith('/') ? url.slice(0, -1) : url;
  while (current.includes('/')) {
    current = current.slice(0, current.lastIndexOf('/'));
    const candidate = `${current}/`;
    if (served.has(candidate)) return { to: candidate };
  }
  return null;
}

export interface UrlCheck {
  /** URLs the live build promised. */
  checked: number;
  /** URLs added to the new build's map from the CMS's records. */
  added: number;
  /** URLs the new build would drop: no page, no redirect, no gone record. */
  lost: string[];
}

/** Compares a new build with the live one; completes the new build's map when records explain a missing URL. */
export function checkUrls(dir: string, liveDir: string): UrlCheck {
  const served = servedPaths(dir);
  const promised = promisedUrls(liveDir);
  const map: UrlMap = readUrlMap(dir);
  const gone = new Set(map.gone);
  let records: ReturnType<typeof readUrlRecords> | undefined;
  const lost: string[] = [];
  let added = 0;
  for (const url of promised) {
    if (served.has(url) || url in map.redirects || gone.has(url)) continue;
    // A directory URL asked without its file, or the reverse, is served as well (the static server's own 301).
    if (!url.endsWith('/') && served.has(`${url}/`)) continue;
    records ??= readUrlRecords(dir);
    const covered = coveredByRecords(records, url) ?? (isList(url) ? nearestServedAncestor(url, served) : null);
    if (covered === null) lost.push(url);
    else {
      if (covered.to === null) gone.add(url);
      else map.redirects[url] = covered.to;
      added += 1;
    }
  }
  if (added > 0 && lost.length === 0) writeUrlMap(dir, { ...map, gone: [...gone].sort() });
  return { checked: promised.size, added, lost: lost.sort() };
}

/** The refusal message: how many URLs and which (the first 50). */
export function describeLostUrls(lost: readonly string[]): string {
  const shown = lost.slice(0, 50).join(', ');
  return (
    `the build would lose ${lost.length} URL(s) the live site serves, with no redirect or gone record: ${shown}` +
    (lost.length > 50 ? ` … and ${lost.length - 50} more` : '') +
    ' (change the slug back, or record a redirect in the CMS under “Chuyển hướng địa chỉ”)'
  );
}
