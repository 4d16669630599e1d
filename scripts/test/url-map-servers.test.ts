/**
 * The redirect map of a build (issue 25) answered by both servers a portal runs behind: the project's static server
 * (url-map.json) and a real nginx with the generated snippet (nginx-redirects.conf). Same site, same answers — also
 * for an imported NukeViet portal's old query-string addresses (issue 17), which only the servers can match.
 */
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandUrlMap, recordGone, recordMove, type UrlRecord } from '@portal/shared-types';
import { servedPaths, writeUrlMap } from '../../site/src/integrations/url-map.ts';
import { createStaticServer } from '../src/static-server.ts';
import { startNginx, type TestNginx } from './support/nginx.ts';

let root: string;
let staticBase: string;
let nginx: TestNginx;
const server = createStaticServer(() => root);

function page(urlPath: string, text: string): void {
  const dir = path.join(root, urlPath);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'index.html'), `<h1>${text}</h1>`);
}

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-url-map-'));
  page('/tin-tuc/ten-moi', 'Bài viết');
  page('/chuyen-muc/moi', 'Chuyên mục trang 1');
  page('/chuyen-muc/moi/2', 'Chuyên mục trang 2');
  page('/da-go/tin-tuc', 'Nội dung này không còn được đăng tải — Tin tức');
  page('/da-go/khac', 'Nội dung này không còn được đăng tải');
  fs.writeFileSync(path.join(root, '404.html'), '<h1>Không tìm thấy trang</h1>');
  // Old NukeViet addresses written by the importer, then moved twice, a category renamed, one article withdrawn:
  // what the CMS records (the query addresses follow their entries like any other record).
  let records: UrlRecord[] = [
    { fromPath: '/index.php?language=vi&nv=news&op=thoi-su/ten-dau-12', toPath: '/tin-tuc/ten-dau/' },
    { fromPath: '/index.php?language=vi&nv=news&op=thoi-su', toPath: '/chuyen-muc/cu/' },
    { fromPath: '/index.php?language=vi&nv=news&op=thoi-su/da-rut-13', toPath: '/tin-tuc/da-rut/' },
  ];
  records = recordMove(records, '/tin-tuc/ten-dau/', '/tin-tuc/ten-giua/', 'a');
  records = recordMove(records, '/tin-tuc/ten-giua/', '/tin-tuc/ten-moi/', 'a');
  records = recordMove(records, '/chuyen-muc/cu/', '/chuyen-muc/moi/', 'c');
  records = recordGone(records, '/tin-tuc/da-rut/', 'b');
  writeUrlMap(root, expandUrlMap(records, servedPaths(root)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  staticBase = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  nginx = await startNginx(root);
}, 600_000);

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await nginx?.stop();
  fs.rmSync(root, { recursive: true, force: true });
});

describe.each([
  ['the static server', () => staticBase],
  ['nginx with the generated snippet', () => nginx.url],
])('%s', (_name, base) => {
  it('answers an old address with one 301 straight to the current one (no chain)', async () => {
    for (const old of ['/tin-tuc/ten-dau/', '/tin-tuc/ten-giua/', '/tin-tuc/ten-dau']) {
      const response = await fetch(`${base()}${old}`, { redirect: 'manual' });
      expect(response.status, old).toBe(301);
      expect(new URL(response.headers.get('location')!, base()).pathname).toBe('/tin-tuc/ten-moi/');
    }
    expect((await fetch(`${base()}/tin-tuc/ten-moi/`)).status).toBe(200);
  });

  it('redirects each list page of a renamed category', async () => {
    for (const [old, current] of [
      ['/chuyen-muc/cu/', '/chuyen-muc/moi/'],
      ['/chuyen-muc/cu/2/', '/chuyen-muc/moi/2/'],
    ]) {
      const response = await fetch(`${base()}${old}`, { redirect: 'manual' });
      expect(response.status, old).toBe(301);
      expect(new URL(response.headers.get('location')!, base()).pathname).toBe(current);
    }
  });

  it('answers a withdrawn address 410 with the section page, and anything else 404', async () => {
    const gone = await fetch(`${base()}/tin-tuc/da-rut/`);
    expect(gone.status).toBe(410);
    expect(await gone.text()).toContain('Nội dung này không còn được đăng tải');
    expect((await fetch(`${base()}/tin-tuc/da-rut`)).status).toBe(410);
    expect((await fetch(`${base()}/tin-tuc/khong-co/`)).status).toBe(404);
  });

  it('answers an old query-string address 301 to its page, whatever the order, encoding or extra parameters', async () => {
    for (const [query, current] of [
      ['language=vi&nv=news&op=thoi-su/ten-dau-12', '/tin-tuc/ten-moi/'],
      ['op=thoi-su/ten-dau-12&nv=news&language=vi', '/tin-tuc/ten-moi/'],
      ['language=vi&nv=news&op=thoi-su%2Ften-dau-12', '/tin-tuc/ten-moi/'],
      ['nv=news&op=thoi-su/ten-dau-12&language=vi&fbclid=abc', '/tin-tuc/ten-moi/'],
      ['LANGUAGE=vi&NV=news&Op=thoi-su%2ften-dau-12&nv=laws', '/tin-tuc/ten-moi/'],
      ['language=vi&nv=news&op=thoi-su', '/chuyen-muc/moi/'],
    ]) {
      const response = await fetch(`${base()}/index.php?${query}`, { redirect: 'manual' });
      expect(response.status, query).toBe(301);
      // Straight to the page, without the old query: one hop, never a loop.
      const location = new URL(response.headers.get('location')!, base());
      expect(`${location.pathname}${location.search}`, query).toBe(current);
      const followed = await fetch(`${base()}/index.php?${query}`);
      expect(followed.status, query).toBe(200);
      expect(followed.redirected).toBe(true);
    }
  });

  it('answers an unknown query-string address with the 404 page, and a withdrawn one 410', async () => {
    for (const query of ['language=vi&nv=news&op=thoi-su/khong-co-99', 'language=vi&nv=News&op=thoi-su/ten-dau-12', 'language=en&nv=news&op=thoi-su/ten-dau-12', 'language=vi&nv=news&op=thoi-su/ten%2Ddau-12', 'nv=news', '']) {
      const response = await fetch(`${base()}/index.php${query ? `?${query}` : ''}`, { redirect: 'manual' });
      expect(response.status, query).toBe(404);
      expect(await response.text(), query).toContain('Không tìm thấy trang');
    }
    const gone = await fetch(`${base()}/index.php?language=vi&nv=news&op=thoi-su/da-rut-13`, { redirect: 'manual' });
    expect(gone.status).toBe(410);
    expect(await gone.text()).toContain('Nội dung này không còn được đăng tải');
  });

  it('keeps its internal lookup address private', async () => {
    expect((await fetch(`${base()}/@legacy-query/vi&news&thoi-su/ten-dau-12`, { redirect: 'manual' })).status).toBe(404);
  });
});

describe('the _redirects file', () => {
  it('holds the same answers in Netlify / Cloudflare syntax', () => {
    const lines = fs.readFileSync(path.join(root, '_redirects'), 'utf8').split('\n');
    expect(lines).toContain('/tin-tuc/ten-dau/ /tin-tuc/ten-moi/ 301');
    expect(lines).toContain('/chuyen-muc/cu/2/ /chuyen-muc/moi/2/ 301');
    expect(lines).toContain('/tin-tuc/da-rut/ /da-go/tin-tuc/ 410');
  });

  it('says the query-string addresses are the servers\' alone, and holds none', () => {
    const lines = fs.readFileSync(path.join(root, '_redirects'), 'utf8').split('\n');
    expect(lines[1]).toMatch(/^# 3 old query-string address\(es\) \(\/index\.php\?language=…&nv=…&op=…\) are answered by the server only/);
    expect(lines.filter((line) => line.startsWith('/index.php'))).toEqual([]);
  });
});
