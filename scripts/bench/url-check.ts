/**
 * `node scripts/bench/url-check.ts [articles=10000]`: the cost of the "no URL lost" check (issue 25) on a synthetic
 * site of the size of a 10,000-article build — article pages from the benchmark corpus, their category and news
 * list pages, documents, tags and open-data files (≈13,000 URLs), listed in a sitemap and a feed — written twice to a
 * temp dir (live and new), the new one with 1 % of the articles moved and 1 % withdrawn as the CMS records them.
 * Measures what a build adds: expanding the records into the map (site integration) and checking every live URL
 * (rebuild service / check-build), median of 5 runs each, warm file cache.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { expandUrlMap, type UrlRecord } from '@portal/shared-types';
import { servedPaths, writeUrlMap } from '../../site/src/integrations/url-map.ts';
import { checkUrls } from '../src/rebuild/url-check.ts';
import { generateArticles } from './corpus.ts';

const articleCount = Number(process.argv[2] ?? 10_000);
const CATEGORIES = ['tin-tuc-su-kien', 'xay-dung-dang', 'kinh-te', 'van-hoa-xa-hoi', 'quoc-phong-an-ninh', 'chuyen-doi-so'];
const articles = generateArticles(articleCount, CATEGORIES);

function sitePaths(slugs: readonly string[]): string[] {
  const paths = slugs.map((slug) => `/tin-tuc/${slug}/`);
  const perCategory = Math.ceil(slugs.length / CATEGORIES.length / 20);
  for (const category of CATEGORIES) for (let page = 1; page <= perCategory; page += 1) paths.push(`/chuyen-muc/${category}/${page === 1 ? '' : `${page}/`}`);
  for (let page = 1; page <= Math.ceil(slugs.length / 20); page += 1) paths.push(page === 1 ? '/tin-tuc/' : `/tin-tuc/${page}/`);
  for (let n = 1; n <= Math.round(articleCount * 0.2); n += 1) paths.push(`/van-ban/${n}-nq-tu-${n % 7}/`);
  for (let n = 1; n <= Math.round(articleCount * 0.03); n += 1) paths.push(`/the/the-${n}/`);
  for (let n = 1; n <= 40; n += 1) paths.push(`/chi-tieu/chi-tieu-${n}/`, `/chi-tieu/chi-tieu-${n}.csv`, `/chi-tieu/chi-tieu-${n}.json`);
  return paths;
}

function writeSite(dir: string, paths: readonly string[], records: readonly UrlRecord[]): void {
  fs.rmSync(dir, { recursive: true, force: true });
  for (const urlPath of ['/', ...paths]) {
    const file = urlPath.endsWith('/') ? path.join(dir, urlPath, 'index.html') : path.join(dir, urlPath);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, '<h1>x</h1>');
  }
  const pages = paths.filter((urlPath) => urlPath.endsWith('/'));
  fs.writeFileSync(path.join(dir, 'sitemap-0.xml'), `<urlset>${pages.map((page) => `<url><loc>https://portal.example.vn${page}</loc></url>`).join('\n')}</urlset>`);
  const feed = pages.filter((page) => /^\/tin-tuc\/[a-z]/.test(page)).slice(0, 50);
  fs.writeFileSync(path.join(dir, 'rss.xml'), `<rss>${feed.map((page) => `<item><link>https://portal.example.vn${page}</link></item>`).join('')}</rss>`);
  fs.writeFileSync(path.join(dir, 'url-records.json'), JSON.stringify(records));
}

function median(run: () => void, times = 5): number {
  const samples: number[] = [];
  for (let n = 0; n < times; n += 1) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
  }
  return samples.sort((a, b) => a - b)[Math.floor(times / 2)]!;
}

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-bench-urls-'));
try {
  const slugs = articles.map((article) => article.slug);
  const liveDir = path.join(scratch, 'live');
  const newDir = path.join(scratch, 'new');
  writeSite(liveDir, sitePaths(slugs), []);
  const records: UrlRecord[] = [];
  const newSlugs = slugs.flatMap((slug, index) => {
    if (index % 100 === 1) {
      records.push({ fromPath: `/tin-tuc/${slug}/`, toPath: `/tin-tuc/${slug}-moi/` });
      return [`${slug}-moi`];
    }
    if (index % 100 === 2) {
      records.push({ fromPath: `/tin-tuc/${slug}/`, toPath: null });
      return [];
    }
    return [slug];
  });
  writeSite(newDir, sitePaths(newSlugs), records);
  const urls = servedPaths(liveDir).size;

  let served = new Set<string>();
  const walk = median(() => {
    served = servedPaths(newDir);
  });
  const expand = median(() => writeUrlMap(newDir, expandUrlMap(records, served)));
  let lost = -1;
  let checked = 0;
  const check = median(() => {
    const result = checkUrls(newDir, liveDir);
    lost = result.lost.length;
    checked = result.checked;
  });
  // The check must pass: every dropped URL is explained by a record or is a list page past the end of its list.
  if (lost !== 0) throw new Error(`the check lost ${lost} URL(s) of the synthetic site`);
  console.log(
    JSON.stringify({ articles: articleCount, urlsInLiveBuild: urls, urlsChecked: checked, records: records.length, lost, walkNewBuildMs: Math.round(walk), expandAndWriteMapMs: Math.round(expand), checkMs: Math.round(check) }),
  );
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}
