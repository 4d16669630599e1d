import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressDir } from '../../site/src/integrations/precompress.ts';
import {
  CACHE_CONTROL,
  createStaticServer,
  httpOrigin,
  listenAddresses,
  listenStaticSite,
  negotiateEncoding,
  originsOf,
  resolveFile,
  securityHeaders,
  urlMapAnswer,
} from '../src/static-server.ts';
import { rawRequest } from './support/raw-request.ts';

let root: string;
let base: string;
const server = createStaticServer(() => root);

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-static-'));
  fs.mkdirSync(path.join(root, 'tin-tuc', 'bai-viet'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<h1>Trang chủ</h1>');
  fs.writeFileSync(path.join(root, 'tin-tuc', 'bai-viet', 'index.html'), '<h1>Bài viết</h1>');
  fs.writeFileSync(path.join(root, '404.html'), '<h1>Không tìm thấy trang</h1>');
  fs.writeFileSync(path.join(root, 'rss.xml'), '<rss/>');
  // Text long enough to compress, as a build leaves it: pages, a bundle, Pagefind's script and an already gzipped chunk.
  const paragraphs = Array.from({ length: 200 }, (_, n) => `<p>Đoạn ${n}: Đảng bộ tỉnh triển khai nghị quyết.</p>`).join('\n');
  fs.mkdirSync(path.join(root, 'tin-tuc', 'dai'), { recursive: true });
  fs.writeFileSync(path.join(root, 'tin-tuc', 'dai', 'index.html'), `<h1>Bài dài</h1>${paragraphs}`);
  fs.mkdirSync(path.join(root, '_astro'));
  fs.writeFileSync(path.join(root, '_astro', 'app.B1x2y3z4.js'), `export const text = ${JSON.stringify(paragraphs)};`);
  fs.mkdirSync(path.join(root, 'pagefind', 'fragment'), { recursive: true });
  fs.writeFileSync(path.join(root, 'pagefind', 'pagefind.js'), `const pagefind = ${JSON.stringify(paragraphs)};`);
  fs.writeFileSync(path.join(root, 'pagefind', 'fragment', 'vi_1a2b3c.pf_fragment'), zlib.gzipSync(paragraphs));
  await precompressDir(root);
  fs.writeFileSync(path.join(os.tmpdir(), 'portal-secret.txt'), 'secret');
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  fs.rmSync(root, { recursive: true, force: true });
});

describe('the static site server', () => {
  it('serves directory indexes with security headers', async () => {
    const response = await fetch(`${base}/tin-tuc/bai-viet/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Bài viết');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('forbids inline scripts and lets only the site and the named CMS admin frame its pages', async () => {
    const csp = (await fetch(`${base}/`)).headers.get('content-security-policy')!;
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval';/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'self';");
    expect(securityHeaders(['https://cms.example.vn'])['Content-Security-Policy']).toContain("frame-ancestors 'self' https://cms.example.vn;");
    expect(originsOf(' https://cms.example.vn/admin , http://127.0.0.1:1337')).toEqual(['https://cms.example.vn', 'http://127.0.0.1:1337']);
    expect(() => originsOf('cms.example.vn')).toThrow(/Not a URL/);
  });

  it('redirects a directory URL without its trailing slash', async () => {
    const response = await fetch(`${base}/tin-tuc/bai-viet?x=1`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/tin-tuc/bai-viet/?x=1');
  });

  it('answers unknown paths with the site 404 page and status', async () => {
    const response = await fetch(`${base}/khong-co/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Không tìm thấy trang');
  });

  it('serves files with their content type', async () => {
    const response = await fetch(`${base}/rss.xml`);
    expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8');
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await fetch(`${base}/`, { method: 'POST' })).status).toBe(405);
  });

  it('sends the brotli or gzip copy a client accepts, with its length, and the file itself to others', async () => {
    const original = fs.readFileSync(path.join(root, 'tin-tuc', 'dai', 'index.html'));
    const brotli = await rawRequest(`${base}/tin-tuc/dai/`, { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(zlib.brotliDecompressSync(brotli.body)).toEqual(original);
    expect(Number(brotli.headers['content-length'])).toBe(brotli.body.length);
    expect(brotli.body.length).toBeLessThan(original.length / 3);
    expect(brotli.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(brotli.headers.vary).toBe('Accept-Encoding');
    expect(brotli.headers['content-security-policy']).toContain("script-src 'self'");

    const gzip = await rawRequest(`${base}/tin-tuc/dai/`, { 'Accept-Encoding': 'gzip;q=1, br;q=0.5' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gzip.body)).toEqual(original);
    expect(Number(gzip.headers['content-length'])).toBe(gzip.body.length);

    for (const accepted of [undefined, 'identity', 'br;q=0, gzip;q=0', 'gzip;q=0.5, identity;q=1']) {
      const plain = await rawRequest(`${base}/tin-tuc/dai/`, accepted === undefined ? {} : { 'Accept-Encoding': accepted });
      expect(plain.headers['content-encoding'], accepted).toBeUndefined();
      expect(plain.body, accepted).toEqual(original);
      expect(plain.headers.vary, accepted).toBe('Accept-Encoding');
      expect(Number(plain.headers['content-length'])).toBe(original.length);
    }

    const head = await rawRequest(`${base}/tin-tuc/dai/`, { 'Accept-Encoding': 'br' }, 'HEAD');
    expect(head.headers['content-encoding']).toBe('br');
    expect(head.headers['content-length']).toBe(brotli.headers['content-length']);
    expect(head.body.length).toBe(0);
  });

  it('compresses scripts but not Pagefind’s gzipped chunks, nor files too small to gain', async () => {
    const script = await rawRequest(`${base}/pagefind/pagefind.js`, { 'Accept-Encoding': 'gzip' });
    expect(script.headers['content-encoding']).toBe('gzip');
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(zlib.gunzipSync(script.body)).toEqual(fs.readFileSync(path.join(root, 'pagefind', 'pagefind.js')));
    const chunk = await rawRequest(`${base}/pagefind/fragment/vi_1a2b3c.pf_fragment`, { 'Accept-Encoding': 'br, gzip' });
    expect(chunk.headers['content-encoding']).toBeUndefined();
    expect(chunk.body).toEqual(fs.readFileSync(path.join(root, 'pagefind', 'fragment', 'vi_1a2b3c.pf_fragment')));
    const small = await rawRequest(`${base}/rss.xml`, { 'Accept-Encoding': 'br, gzip' });
    expect([small.headers['content-encoding'], small.headers.vary, small.body.toString()]).toEqual([undefined, undefined, '<rss/>']);
  });

  it('lets hashed files be cached for a year and pages only after asking again', async () => {
    const cacheOf = async (pathname: string) => (await rawRequest(`${base}${pathname}`)).headers['cache-control'];
    expect(await cacheOf('/_astro/app.B1x2y3z4.js')).toBe('public, max-age=31536000, immutable');
    expect(await cacheOf('/pagefind/fragment/vi_1a2b3c.pf_fragment')).toBe(CACHE_CONTROL.immutable);
    // Pagefind's entry script keeps its name from build to build.
    expect(await cacheOf('/pagefind/pagefind.js')).toBe('public, max-age=300');
    expect(await cacheOf('/tin-tuc/dai/')).toBe('no-cache');
    expect(await cacheOf('/_astro/khong-co.js')).toBe('no-cache'); // the 404 page
    // A page is revalidated by its ETag, one per encoding.
    const page = await rawRequest(`${base}/tin-tuc/dai/`, { 'Accept-Encoding': 'br' });
    const again = await rawRequest(`${base}/tin-tuc/dai/`, { 'Accept-Encoding': 'br', 'If-None-Match': page.headers.etag! });
    expect([again.status, again.body.length, again.headers.etag]).toEqual([304, 0, page.headers.etag]);
    const otherEncoding = await rawRequest(`${base}/tin-tuc/dai/`, { 'Accept-Encoding': 'gzip', 'If-None-Match': page.headers.etag! });
    expect(otherEncoding.status).toBe(200);
    expect(otherEncoding.headers['content-encoding']).toBe('gzip');
  });

  it('negotiates by q-values, with brotli first on a tie', () => {
    const both = ['br', 'gzip'] as const;
    expect(negotiateEncoding('gzip, deflate, br', both)).toBe('br');
    expect(negotiateEncoding('gzip, deflate', both)).toBe('gzip');
    expect(negotiateEncoding('x-gzip', both)).toBe('gzip');
    expect(negotiateEncoding('br;q=0.2, gzip;q=0.8', both)).toBe('gzip');
    expect(negotiateEncoding('*', both)).toBe('br');
    expect(negotiateEncoding('*;q=0.5, br;q=0', both)).toBe('gzip');
    expect(negotiateEncoding('BR;Q=1', ['gzip'])).toBeNull();
    expect(negotiateEncoding('identity;q=1, gzip;q=0.5', both)).toBeNull();
    expect(negotiateEncoding('deflate', both)).toBeNull();
    expect(negotiateEncoding('', both)).toBeNull();
    expect(negotiateEncoding(undefined, both)).toBeNull();
  });

  it('never serves files outside its root', () => {
    expect(resolveFile(root, '/../portal-secret.txt')).toBeNull();
    expect(resolveFile(root, '/%2e%2e/portal-secret.txt')).toBeNull();
    expect(resolveFile(root, '/%00')).toBeNull();
    expect(resolveFile(root, '/%E0%A4%A')).toBeNull();
    expect(resolveFile(root, '/')).toBe(path.join(root, 'index.html'));
  });
});

describe('the redirect map (issues 25 and 17)', () => {
  const map = {
    redirects: new Map([
      ['/index.php?language=vi&nv=news&op=thoi-su/khai-mac-12', '/tin-tuc/khai-mac/'],
      ['/index.php', '/'],
      ['/tin-tuc/cu/', '/tin-tuc/moi/'],
    ]),
    gone: new Set(['/index.php?language=vi&nv=laws&op=detail/cu']),
  };

  it('finds an old query-string address by its routing parameters, and says so (no query for the target)', () => {
    expect(urlMapAnswer(map, '/index.php', '?nv=news&op=thoi-su%2Fkhai-mac-12&language=vi&utm_source=x')).toEqual({ status: 301, location: '/tin-tuc/khai-mac/', query: true });
    expect(urlMapAnswer(map, '/index.php', '?language=vi&nv=laws&op=detail/cu')).toEqual({ status: 410, page: '/da-go/khac/' });
  });

  it('falls back to the path for any other query, and matches values case-sensitively', () => {
    expect(urlMapAnswer(map, '/index.php', '?language=vi&nv=news&op=Thoi-su/khai-mac-12')).toEqual({ status: 301, location: '/', query: false });
    expect(urlMapAnswer(map, '/tin-tuc/cu', '?language=vi&nv=news&op=thoi-su/khai-mac-12')).toEqual({ status: 301, location: '/tin-tuc/moi/', query: false });
    expect(urlMapAnswer({ redirects: new Map(), gone: new Set() }, '/index.php', '?nv=news')).toBeNull();
  });
});

describe('listening on IPv6 too (Nghị định 224/2026)', () => {
  it('maps the configured host to IPv4 and IPv6 addresses', () => {
    expect(listenAddresses('127.0.0.1')).toEqual(['127.0.0.1', '::1']);
    expect(listenAddresses('localhost')).toEqual(['127.0.0.1', '::1']);
    expect(listenAddresses('0.0.0.0')).toEqual(['::']);
    expect(listenAddresses('[::]')).toEqual(['::']);
    expect(listenAddresses('192.0.2.10')).toEqual(['192.0.2.10']);
    expect(httpOrigin('::1', 8080)).toBe('http://[::1]:8080');
    expect(httpOrigin('127.0.0.1', 8080)).toBe('http://127.0.0.1:8080');
  });

  it.each(['127.0.0.1', '::'])('answers on [::1] and 127.0.0.1 when told to listen on %s', async (host) => {
    const site = await listenStaticSite(() => root, { host, port: 0, warn: () => {} });
    try {
      expect(site.port).toBeGreaterThan(0);
      for (const origin of [httpOrigin('::1', site.port), httpOrigin('127.0.0.1', site.port)]) {
        const response = await fetch(`${origin}/tin-tuc/bai-viet/`);
        expect(response.status, origin).toBe(200);
        expect(await response.text()).toContain('Bài viết');
        expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
      }
    } finally {
      await site.close();
    }
    // Closed: nothing answers any more.
    await expect(fetch(`${httpOrigin('::1', site.port)}/`)).rejects.toThrow();
  });
});
