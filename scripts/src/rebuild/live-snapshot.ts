/**
 * What a live site promised, fetched over HTTP for a build that has no live directory beside it (CI deploying to a
 * static host): its sitemaps, its feed, its redirect map and the data files its data pages link to, laid out as a
 * directory that url-check.ts reads like a live build.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Pages that link to every published data file: open data, the schedules' calendars, the indicators. */
const DATA_LISTS = ['/du-lieu/', '/lich-cong-tac/', '/chi-tieu/'];

async function fetchText(url: string): Promise<string | null> {
  const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`${url} answered ${response.status} ${response.statusText}`);
  return response.text();
}

/**
 * Writes the live site's promises under `dir`; returns false when the site has no sitemap yet (first deployment). A
 * site under a path prefix (`https://host/xa/binh-son/`) is read there, its files written at the directory's root.
 */
export async function snapshotLiveSite(siteUrl: string, dir: string): Promise<boolean> {
  const base = new URL(siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`);
  const at = (urlPath: string) => new URL(urlPath.slice(1), base);
  const write = (urlPath: string, text: string) => {
    const file = path.join(dir, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  };
  const index = await fetchText(at('/sitemap-index.xml').href);
  if (index === null) return false;
  let n = 0;
  for (const match of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const sitemap = await fetchText(match[1]!.trim());
    if (sitemap !== null) write(`/sitemap-${n++}.xml`, sitemap);
  }
  for (const file of ['/rss.xml', '/url-map.json']) {
    const text = await fetchText(at(file).href);
    if (text !== null) write(file, text);
  }
  for (const list of DATA_LISTS) {
    const html = await fetchText(at(list).href);
    for (const match of html?.matchAll(/href="([^"]+\.(?:csv|json|ics))"/g) ?? []) {
      const target = new URL(match[1]!.replace(/&amp;/g, '&'), at(list));
      if (target.origin !== base.origin || !target.pathname.startsWith(base.pathname)) continue;
      write(`/${decodeURIComponent(target.pathname.slice(base.pathname.length))}`, '');
    }
  }
  return true;
}
