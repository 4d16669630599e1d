/**
 * Checks a finished build before it may go live: the key pages exist, the page count has not collapsed against
 * the live build (a CMS answering with a fraction of the content must not empty the public site), and no URL the
 * live build served is lost (url-check.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { checkUrls, describeLostUrls } from './url-check.ts';

export class BuildRejectedError extends Error {
  override readonly name = 'BuildRejectedError';
}

export interface BuildCheckOptions {
  /**
   * The smallest acceptable page count as a share of the live build's, e.g. 0.5: a build with fewer than half the
   * pages of the live one is rejected. 0 disables the check.
   */
  minPageRatio: number;
  /** Page counts already known (counting walks the whole tree); counted when absent. */
  pages?: number;
  livePages?: number;
}

export interface BuildSummary {
  /** HTML pages in the build. */
  pages: number;
  /** URLs of the live build checked to still answer 200, 301 or 410 (0 without a live build). */
  urlsChecked: number;
}

export function countPages(dir: string): number {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html')).length;
}

/** Whether the build has at least one article page, /tin-tuc/<slug>/ (numbered list pages do not count). */
function hasArticlePage(dir: string): boolean {
  const news = path.join(dir, 'tin-tuc');
  if (!fs.existsSync(news)) return false;
  return fs
    .readdirSync(news, { withFileTypes: true })
    .some((entry) => entry.isDirectory() && !/^\d+$/.test(entry.name) && fs.existsSync(path.join(news, entry.name, 'index.html')));
}

const KEY_FILES = ['index.html', '404.html', 'sitemap-index.xml'] as const;

export function checkBuild(dir: string, liveDir: string | null, options: BuildCheckOptions): BuildSummary {
  const missing: string[] = KEY_FILES.filter((file) => !fs.existsSync(path.join(dir, file)));
  if (!hasArticlePage(dir)) missing.push('tin-tuc/<slug>/index.html');
  if (missing.length > 0) throw new BuildRejectedError(`key pages are missing: ${missing.join(', ')}`);

  const pages = options.pages ?? countPages(dir);
  if (liveDir !== null && options.minPageRatio > 0) {
    const livePages = options.livePages ?? countPages(liveDir);
    if (pages < livePages * options.minPageRatio) {
      throw new BuildRejectedError(
        `the page count collapsed: ${pages} pages against ${livePages} in the live build ` +
          `(below the minimum ratio ${options.minPageRatio}; set REBUILD_MIN_PAGE_RATIO to change it)`,
      );
    }
  }
  let urlsChecked = 0;
  // A live build removed by hand leaves nothing to compare with (and nothing served any more to keep).
  if (liveDir !== null && fs.existsSync(liveDir)) {
    const urls = checkUrls(dir, liveDir);
    if (urls.lost.length > 0) throw new BuildRejectedError(describeLostUrls(urls.lost));
    urlsChecked = urls.checked;
  }
  return { pages, urlsChecked };
}
