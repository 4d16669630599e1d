/**
 * No URL lost (issue 25): the rebuild service and `check-build.ts` compare a new build with the live one, using the
 * real service with scripted builds: every URL the live site served must still answer 200, 301 or 410.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { type UrlRecord, expandUrlMap } from '@portal/shared-types';
import { readUrlMap, servedPaths, writeUrlMap } from '../../site/src/integrations/url-map.ts';
import { checkUrls, promisedUrls } from '../src/rebuild/url-check.ts';
import { createRebuildService, type SiteBuilder } from '../src/rebuild/rebuild-service.ts';
import { createStaticServer } from '../src/static-server.ts';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});
const tempRoot = () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-urls-'));
  roots.push(root);
  return root;
};

/**
 * A built site: its pages, a sitemap and feed listing them, open-data files, and the CMS's records expanded. `base`: the
 * path prefix it is served under (its files at the root, its sitemap and feed URLs under the prefix).
 */
function writeSite(dir: string, pages: readonly string[], files: readonly string[] = [], records: readonly UrlRecord[] = [], base = '/'): void {
  const site = `https://portal.example.vn${base.slice(0, -1)}`;
  fs.rmSync(dir, { recursive: true, force: true });
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  };
  for (const page of ['/', ...pages]) write(`${page}index.html`, '<h1>trang</h1>');
  write('404.html', '<h1>404</h1>');
  write('sitemap-index.xml', '<sitemapindex/>');
  write('sitemap-0.xml', `<urlset>${['/', ...pages].map((page) => `<url><loc>${site}${page}</loc></url>`).join('')}</urlset>`);
  write('rss.xml', `<rss><channel><link>${site}/</link>${pages.filter((page) => page.startsWith('/tin-tuc/')).map((page) => `<item><link>${site}${page}</link></item>`).join('')}</channel></rss>`);
  for (const file of files) write(file, 'a,b\n');
  write('url-records.json', JSON.stringify(records));
  const map = expandUrlMap(records, servedPaths(dir));
  writeUrlMap(dir, base === '/' ? map : { ...map, base });
}

const ARTICLES = ['/tin-tuc/bai-1/', '/tin-tuc/bai-2/', '/tin-tuc/bai-3/'];
const CATEGORY = ['/chuyen-muc/cu/', '/chuyen-muc/cu/2/', '/chuyen-muc/cu/3/'];

describe('the URL check', () => {
  it('refuses a build that drops URLs the live one served, naming them', () => {
    const root = tempRoot();
    writeSite(path.join(root, 'live'), [...ARTICLES, ...CATEGORY], ['/du-lieu/van-ban.csv']);
    writeSite(path.join(root, 'new'), [ARTICLES[0]!, ...CATEGORY]);
    const check = checkUrls(path.join(root, 'new'), path.join(root, 'live'));
    expect(check.lost).toEqual(['/du-lieu/van-ban.csv', '/tin-tuc/bai-2/', '/tin-tuc/bai-3/']);
  });

  it('compares a build served under a path prefix by the paths in the build', () => {
    const root = tempRoot();
    const base = '/xa/binh-son/';
    writeSite(path.join(root, 'live'), [...ARTICLES, ...CATEGORY], [], [], base);
    writeSite(path.join(root, 'new'), [ARTICLES[0]!, ...CATEGORY], [], [{ fromPath: ARTICLES[1]!, toPath: ARTICLES[0]! }], base);
    const check = checkUrls(path.join(root, 'new'), path.join(root, 'live'));
    expect(check.lost).toEqual(['/tin-tuc/bai-3/']);
    // Its sitemap and feed list URLs under the prefix; the promise is of the paths in the build.
    expect([...promisedUrls(path.join(root, 'live'))].sort()).toEqual(['/', ...CATEGORY, '/rss.xml', ...ARTICLES]);
    // The map keeps its base when the check completes it, so its nginx snippet stays under the prefix.
    writeSite(path.join(root, 'new'), [ARTICLES[0]!, '/chuyen-muc/cu/'], [], [...ARTICLES.slice(1), '/chuyen-muc/cu/2/'].map((fromPath) => ({ fromPath, toPath: ARTICLES[0]! })), base);
    expect(checkUrls(path.join(root, 'new'), path.join(root, 'live'))).toMatchObject({ lost: [], added: 1 });
    expect(readUrlMap(path.join(root, 'new'))).toMatchObject({ base, redirects: { '/chuyen-muc/cu/3/': '/chuyen-muc/cu/' } });
    expect(fs.readFileSync(path.join(root, 'new', 'nginx-redirects.conf'), 'utf8')).toContain(
      'location = "/xa/binh-son/chuyen-muc/cu/3/" { return 301 "/xa/binh-son/chuyen-muc/cu/"; }',
    );
  });

  it('sends lists that are no longer built to their nearest page, but never an entry without a record', () => {
    const root = tempRoot();
    const lists = ['/tin-tuc/', '/tin-tuc/2/', '/van-ban/', '/van-ban/nam/2019/', '/the/dai-hoi/', '/lich-cong-tac/', '/lich-cong-tac/2024-tuan-29/'];
    writeSite(path.join(root, 'live'), [...ARTICLES, ...lists], ['/lich-cong-tac/huyen-uy.ics']);
    writeSite(path.join(root, 'new'), ['/tin-tuc/', '/van-ban/', '/lich-cong-tac/', ARTICLES[0]!]);
    const check = checkUrls(path.join(root, 'new'), path.join(root, 'live'));
    expect(check.lost).toEqual(['/tin-tuc/bai-2/', '/tin-tuc/bai-3/']);
    writeSite(path.join(root, 'new'), ['/tin-tuc/', '/van-ban/', '/lich-cong-tac/', ...ARTICLES]);
    expect(checkUrls(path.join(root, 'new'), path.join(root, 'live'))).toMatchObject({ lost: [], added: 5 });
    expect(readUrlMap(path.join(root, 'new')).redirects).toEqual({
      '/tin-tuc/2/': '/tin-tuc/',
      '/van-ban/nam/2019/': '/van-ban/',
      '/the/dai-hoi/': '/',
      '/lich-cong-tac/2024-tuan-29/': '/lich-cong-tac/',
      '/lich-cong-tac/huyen-uy.ics': '/lich-cong-tac/',
    });
  });

  it('passes when the CMS recorded why, completing the map with the derived URLs it explains', () => {
    const root = tempRoot();
    writeSite(path.join(root, 'live'), [...ARTICLES, ...CATEGORY]);
    // bai-2 moved, bai-3 was withdrawn, the category was renamed and now has two list pages instead of three.
    const records: UrlRecord[] = [
      { fromPath: '/tin-tuc/bai-2/', toPath: '/tin-tuc/bai-hai/' },
      { fromPath: '/tin-tuc/bai-3/', toPath: null },
      { fromPath: '/chuyen-muc/cu/', toPath: '/chuyen-muc/moi/' },
    ];
    writeSite(path.join(root, 'new'), [ARTICLES[0]!, '/tin-tuc/bai-hai/', '/chuyen-muc/moi/', '/chuyen-muc/moi/2/'], [], records);
    const check = checkUrls(path.join(root, 'new'), path.join(root, 'live'));
    expect(check.lost).toEqual([]);
    expect(check.added).toBe(1);
    const map = readUrlMap(path.join(root, 'new'));
    expect(map.redirects).toMatchObject({
      '/tin-tuc/bai-2/': '/tin-tuc/bai-hai/',
      '/chuyen-muc/cu/2/': '/chuyen-muc/moi/2/',
      '/chuyen-muc/cu/3/': '/chuyen-muc/moi/',
    });
    expect(map.gone).toEqual(['/tin-tuc/bai-3/']);
    expect(fs.readFileSync(path.join(root, 'new', '_redirects'), 'utf8')).toContain('/chuyen-muc/cu/3/ /chuyen-muc/moi/ 301');
  });

  it('holds an old query-string address to the same promise as a path (issue 17)', () => {
    const root = tempRoot();
    const query = '/index.php?language=vi&nv=news&op=thoi-su/bai-1-1';
    const records: UrlRecord[] = [{ fromPath: query, toPath: '/tin-tuc/bai-1/' }];
    writeSite(path.join(root, 'live'), ARTICLES, [], records);
    writeSite(path.join(root, 'new'), ARTICLES);
    expect(checkUrls(path.join(root, 'new'), path.join(root, 'live')).lost).toEqual([query]);
    // The article moved: the record followed it, and the address still answers.
    writeSite(path.join(root, 'new'), ['/tin-tuc/bai-mot/', ...ARTICLES.slice(1)], [], [{ fromPath: query, toPath: '/tin-tuc/bai-mot/' }, { fromPath: '/tin-tuc/bai-1/', toPath: '/tin-tuc/bai-mot/' }]);
    expect(checkUrls(path.join(root, 'new'), path.join(root, 'live'))).toMatchObject({ lost: [], added: 0 });
  });

  it('keeps the live build’s own redirects answering, and never writes through a hard link into the live build', () => {
    const root = tempRoot();
    const records: UrlRecord[] = [{ fromPath: '/tin-tuc/cu/', toPath: '/tin-tuc/bai-1/' }];
    writeSite(path.join(root, 'live'), ARTICLES, [], records);
    writeSite(path.join(root, 'new'), ARTICLES);
    expect(checkUrls(path.join(root, 'new'), path.join(root, 'live')).lost).toEqual(['/tin-tuc/cu/']);
    // The new build's map is a hard link to the live one's (the rebuild service composes unchanged files that way).
    writeSite(path.join(root, 'new'), [...ARTICLES, '/chuyen-muc/x/'], [], [{ fromPath: '/chuyen-muc/y/', toPath: '/chuyen-muc/x/' }, ...records]);
    const liveMap = path.join(root, 'live', 'url-map.json');
    const before = fs.readFileSync(liveMap, 'utf8');
    fs.rmSync(path.join(root, 'new', 'url-map.json'));
    fs.linkSync(liveMap, path.join(root, 'new', 'url-map.json'));
    fs.appendFileSync(path.join(root, 'live', 'sitemap-0.xml'), '<url><loc>https://portal.example.vn/chuyen-muc/y/2/</loc></url>');
    expect(checkUrls(path.join(root, 'new'), path.join(root, 'live'))).toMatchObject({ lost: [], added: 1 });
    expect(fs.readFileSync(liveMap, 'utf8')).toBe(before);
  });
});

describe('the rebuild service with the URL check', () => {
  it('never puts live a build that would lose a URL, and says which in its status', async () => {
    const root = tempRoot();
    const builds: SiteBuilder[] = [
      async ({ outDir }) => writeSite(outDir, ARTICLES),
      async ({ outDir }) => writeSite(outDir, ARTICLES.slice(0, 2)),
      async ({ outDir }) => writeSite(outDir, ARTICLES.slice(0, 2), [], [{ fromPath: '/tin-tuc/bai-3/', toPath: null }]),
    ];
    let next = 0;
    const service = createRebuildService({
      deployRoot: root,
      debounceMs: 0,
      maxWaitMs: 0,
      keepBuilds: 5,
      minPageRatio: 0.5,
      log: () => {},
      build: (target) => builds[next++]!(target),
    });
    const buildOnce = async () => {
      service.request('test');
      await new Promise((resolve) => setTimeout(resolve, 5));
      await service.idle();
      return service.status();
    };
    const first = await buildOnce();
    const refused = await buildOnce();
    expect(refused.currentBuildId).toBe(first.currentBuildId);
    expect(refused.lastFailure?.reason).toMatch(/^rejected: the build would lose 1 URL\(s\) the live site serves, with no redirect or gone record: \/tin-tuc\/bai-3\//);
    const withRecord = await buildOnce();
    expect(withRecord.currentBuildId).not.toBe(first.currentBuildId);
    expect(readUrlMap(path.join(root, 'current')).gone).toEqual(['/tin-tuc/bai-3/']);
  });
});

describe('check-build.ts --live-url (CI, deploying to a static host)', () => {
  it('fetches what the deployed site promised and refuses a build that loses some of it', async () => {
    const root = tempRoot();
    const live = path.join(root, 'live');
    writeSite(live, ARTICLES, ['/du-lieu/van-ban.csv']);
    fs.writeFileSync(path.join(live, 'du-lieu', 'index.html'), '<a href="/du-lieu/van-ban.csv">CSV</a>');
    const server = createStaticServer(() => live);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    fs.writeFileSync(path.join(live, 'sitemap-index.xml'), `<sitemapindex><sitemap><loc>${base}/sitemap-0.xml</loc></sitemap></sitemapindex>`);
    // The sitemap names the production host; only paths count.
    const run = (dir: string) =>
      promisify(execFile)(process.execPath, [path.resolve(import.meta.dirname, '../src/rebuild/check-build.ts'), dir, '--live-url', base]).then(
        ({ stdout }) => ({ code: 0, output: stdout }),
        (error: { code: number; stderr: string }) => ({ code: error.code, output: error.stderr }),
      );
    try {
      writeSite(path.join(root, 'fine'), ARTICLES, ['/du-lieu/van-ban.csv']);
      expect(await run(path.join(root, 'fine'))).toMatchObject({ code: 0, output: expect.stringContaining('live URLs still answered') });
      writeSite(path.join(root, 'lossy'), ARTICLES.slice(1));
      const refused = await run(path.join(root, 'lossy'));
      expect(refused.code).toBe(1);
      expect(refused.output).toContain('would lose 2 URL(s)');
      expect(refused.output).toContain('/du-lieu/van-ban.csv, /tin-tuc/bai-1/');
    } finally {
      server.close();
    }
  });
});
