import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer, httpOrigin, listenAddresses, listenStaticSite, originsOf, resolveFile, securityHeaders, urlMapAnswer } from '../src/static-server.ts';

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
