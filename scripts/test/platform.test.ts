/**
 * The platform's rebuild side without a CMS (issue 16): which units a webhook rebuilds, the bounded build slots, and
 * the front servers that find a unit's live build by hostname — the project's static server and a real nginx with
 * the generated configuration.
 */
import fs from 'node:fs';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBuildSlots } from '../src/platform/build-slots.ts';
import { hostRouter, movedLocation, nginxLoadsBrotliStatic, nginxPlatformConfig, requestHostname, sharedHostOf } from '../src/platform/front-config.ts';
import { type PlatformUnit, type UnitMove, unitDeployRoot } from '../src/platform/platform-units.ts';
import { type EntryMemory, unitsForWebhook } from '../src/platform/rebuild-routing.ts';
import { precompressDir } from '../../site/src/integrations/precompress.ts';
import { createStaticServer } from '../src/static-server.ts';
import { getWithHost } from './support/host-request.ts';
import { brotliStaticModule, startNginxWith, type TestNginx } from './support/nginx.ts';
import { rawRequest } from './support/raw-request.ts';

const LONG_PAGE = `<!doctype html><title>Bài dài</title>${'<p>Đảng bộ xã triển khai nghị quyết đại hội.</p>'.repeat(60)}`;
const LONG_SCRIPT = `export const lines = ${JSON.stringify(Array.from({ length: 200 }, (_, n) => `dòng ${n}`))};`;

const unit = (slug: string, kind: string, extra: Partial<PlatformUnit> = {}): PlatformUnit => ({
  documentId: `id-${slug}`,
  slug,
  name: slug,
  kind,
  state: 'active',
  hostname: null,
  pathPrefix: null,
  ...extra,
});
const units: PlatformUnit[] = [
  unit('tinh', 'province-party-committee', { hostname: 'tinhuy.example.vn' }),
  unit('xa-a', 'commune-party-committee', { hostname: 'xa-a.example.vn' }),
  unit('xa-b', 'commune-people-committee', { hostname: 'xa-b.example.vn' }),
  unit('luu-tru', 'dissolved-district-archive', { state: 'archived', successors: [{ documentId: 'id-xa-a' }], pathPrefix: '/luu-tru/' }),
];
const ARTICLE = 'api::article.article';
// xa-a had the hostname cu.example.vn; xa-b lived under /xa/b-cu/ on the province's host.
const moves: UnitMove[] = [
  { fromHost: 'cu.example.vn', fromPath: '/', toHost: 'xa-a.example.vn', toPath: '/' },
  { fromHost: null, fromPath: '/xa/b-cu/', toHost: 'xa-b.example.vn', toPath: '/' },
  { fromHost: 'xa-b.example.vn', fromPath: '/', toHost: 'la.example.vn', toPath: '/' },
];
const published = (documentId: string, unitId: string | null, extra: Record<string, unknown> = {}) => ({
  event: 'entry.publish',
  uid: ARTICLE,
  entry: { documentId, publishedAt: '2026-12-07T01:00:00.000Z', unit: unitId === null ? null : { documentId: unitId, slug: 'x' }, ...extra },
});

describe('unitsForWebhook', () => {
  it('rebuilds only the unit of a published entry', () => {
    expect(unitsForWebhook(published('a1', 'id-xa-a'), units, new Map())).toMatchObject({ all: false, slugs: ['xa-a'] });
    expect(unitsForWebhook({ ...published('d1', 'id-xa-b'), uid: 'api::legal-document.legal-document' }, units, new Map())).toMatchObject({ all: false, slugs: ['xa-b'] });
  });

  it('adds the communes a provincial article is syndicated to, and those it was taken from', () => {
    const memory: EntryMemory = new Map();
    expect(unitsForWebhook(published('p1', 'id-tinh', { syndicatedTo: [{ documentId: 'id-xa-b' }] }), units, memory)).toMatchObject({ slugs: ['tinh', 'xa-b'] });
    // Syndication moved from xa-b to every commune, then back to none: the commune that loses it is rebuilt too.
    expect(unitsForWebhook(published('p1', 'id-tinh', { syndicateToAll: true }), units, memory)).toMatchObject({ slugs: ['tinh', 'xa-a', 'xa-b'] });
    expect(unitsForWebhook(published('p1', 'id-tinh', { syndicateToAll: false, syndicatedTo: [] }), units, memory)).toMatchObject({ slugs: ['tinh', 'xa-a', 'xa-b'] });
    expect(unitsForWebhook(published('p1', 'id-tinh'), units, memory)).toMatchObject({ slugs: ['tinh'] });
  });

  it('places an unpublished or deleted entry by what it last saw of it, else rebuilds every unit', () => {
    const memory: EntryMemory = new Map();
    const gone = (event: string, documentId: string) => ({ event, uid: ARTICLE, entry: { documentId, publishedAt: null } });
    expect(unitsForWebhook(gone('entry.unpublish', 'never-seen'), units, memory)).toMatchObject({ all: true });
    unitsForWebhook(published('a2', 'id-xa-a'), units, memory);
    expect(unitsForWebhook(gone('entry.unpublish', 'a2'), units, memory)).toMatchObject({ all: false, slugs: ['xa-a'] });
    expect(unitsForWebhook(gone('entry.delete', 'a2'), units, memory)).toMatchObject({ all: false, slugs: ['xa-a'] });
    expect(unitsForWebhook(gone('entry.delete', 'a2'), units, memory)).toMatchObject({ all: true });
  });

  it('rebuilds the successors with an archive, and every unit for what it cannot place', () => {
    expect(unitsForWebhook(published('l1', 'id-luu-tru'), units, new Map())).toMatchObject({ slugs: ['luu-tru', 'xa-a'] });
    expect(unitsForWebhook({ event: 'entry.update', uid: 'api::tag.tag', entry: { documentId: 't', publishedAt: 'x' } }, units, new Map())).toMatchObject({ all: true });
    expect(unitsForWebhook({ event: 'media.update', media: { id: 1 } }, units, new Map())).toMatchObject({ all: true });
    expect(unitsForWebhook({ event: 'entry.update', uid: 'api::unit.unit', entry: { documentId: 'id-xa-a' } }, units, new Map())).toMatchObject({ all: true });
    expect(unitsForWebhook(published('x', null), units, new Map())).toMatchObject({ all: true });
    expect(unitsForWebhook(published('x', 'id-unknown'), units, new Map())).toMatchObject({ all: true });
  });
});

describe('build slots', () => {
  it('run at most their size at once, in order', async () => {
    const slots = createBuildSlots(2);
    let running = 0;
    let peak = 0;
    const order: number[] = [];
    await Promise.all(
      Array.from({ length: 6 }, async (_, index) => {
        const release = await slots.acquire();
        running += 1;
        peak = Math.max(peak, running);
        order.push(index);
        await new Promise((resolve) => setTimeout(resolve, 10));
        running -= 1;
        release();
        release(); // a second release is harmless
      }),
    );
    expect(peak).toBe(2);
    expect(order).toEqual([0, 1, 2, 3, 4, 5]);
    expect([slots.running(), slots.waiting()]).toEqual([0, 0]);
    expect(() => createBuildSlots(0)).toThrow(/≥ 1/);
  });
});

describe('serving each unit by its hostname', () => {
  let root: string;
  let server: http.Server;
  let staticUrl: string;
  let nginx: TestNginx;

  const page = (slug: string, file: string, text: string) => {
    const target = path.join(unitDeployRoot(root, slug), 'builds', 'b1', file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
  };

  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-platform-'));
    for (const slug of ['tinh', 'xa-a', 'xa-b']) {
      page(slug, 'index.html', `<!doctype html><title>${slug}</title><p>Trang chủ ${slug}</p>`);
      page(slug, `tin-tuc/tin-${slug}/index.html`, `<p>Tin của ${slug}</p>`);
      page(slug, '404.html', `<p>Không tìm thấy (${slug})</p>`);
      page(slug, 'nginx-redirects.conf', `location = "/cu-${slug}/" { return 301 "/tin-tuc/tin-${slug}/"; }\n`);
      page(slug, 'url-map.json', JSON.stringify({ redirects: { [`/cu-${slug}/`]: `/tin-tuc/tin-${slug}/` }, gone: [] }));
      fs.symlinkSync(path.join('builds', 'b1'), path.join(unitDeployRoot(root, slug), 'current'));
    }
    // A long page and a hashed bundle with their compressed copies, as the build leaves them.
    page('xa-a', 'tin-tuc/dai/index.html', LONG_PAGE);
    page('xa-a', '_astro/app.B1x2y3z4.js', LONG_SCRIPT);
    await precompressDir(path.join(unitDeployRoot(root, 'xa-a'), 'builds', 'b1'));
    server = createStaticServer(hostRouter(root, () => units), { moved: (request) => movedLocation(units, moves, request) });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    staticUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const config = path.join(root, 'nginx-platform.conf');
    nginx = await startNginxWith((port) => {
      fs.writeFileSync(config, nginxPlatformConfig(root, units, { listen: [`127.0.0.1:${port}`], moves, brotliStatic: true }));
      return `  absolute_redirect off;\n  include ${config};`;
    }, `load_module ${brotliStaticModule()};`);
  });

  afterAll(async () => {
    server?.closeAllConnections();
    server?.close();
    await nginx?.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('reads the hostname of a request', () => {
    expect(requestHostname({ headers: { host: 'Xa-A.Example.vn:8080' } })).toBe('xa-a.example.vn');
    expect(requestHostname({ headers: { host: 'xa-a.example.vn.' } })).toBe('xa-a.example.vn');
    expect(requestHostname({ headers: { host: '[::1]:80' } })).toBe('[::1]');
    expect(requestHostname({ headers: {} })).toBeNull();
  });

  it('sends a unit’s former hostname or prefix to its new address, unless a unit serves that host today', () => {
    const at = (host: string, url: string) => movedLocation(units, moves, { headers: { host }, url });
    expect(sharedHostOf(units)).toBe('tinhuy.example.vn');
    expect(at('cu.example.vn', '/tin-tuc/a/?trang=2')).toBe('https://xa-a.example.vn/tin-tuc/a/?trang=2');
    expect(at('tinhuy.example.vn', '/xa/b-cu/tin-tuc/b/')).toBe('https://xa-b.example.vn/tin-tuc/b/');
    expect(at('tinhuy.example.vn', '/tin-tuc/b/')).toBeNull();
    expect(at('xa-b.example.vn', '/')).toBeNull(); // xa-b.example.vn is a unit's hostname today
    expect(at('khac.example.vn', '/')).toBeNull();
  });

  it('writes a server block per unit with a hostname and names the others', () => {
    const config = nginxPlatformConfig('/srv/deploy', units);
    expect(config.match(/server \{/g)).toHaveLength(3);
    expect(config).toContain('server_name xa-b.example.vn;');
    expect(config).toContain('root "/srv/deploy/units/xa-b/current";');
    expect(config).toContain('listen [::]:80;');
    expect(config).toContain('# luu-tru: no hostname (path prefix /luu-tru/, not served by this file)');
    // brotli_static only where its module is loaded: nginx refuses a directive it does not know.
    expect(config.match(/gzip_static on;/g)).toHaveLength(3);
    expect(config).not.toContain('brotli_static on;');
    expect(nginxPlatformConfig('/srv/deploy', units, { brotliStatic: true }).match(/brotli_static on;/g)).toHaveLength(3);
    const modules = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-nginx-modules-'));
    try {
      expect(nginxLoadsBrotliStatic(modules)).toBe(false);
      fs.writeFileSync(path.join(modules, '50-mod-http-brotli-static.conf'), 'load_module modules/ngx_http_brotli_static_module.so;\n');
      expect(nginxLoadsBrotliStatic(modules)).toBe(true);
    } finally {
      fs.rmSync(modules, { recursive: true, force: true });
    }
  });

  // Both front servers answer the same way: the same hostname, the same unit's build.
  for (const [name, base] of [
    ['the static server', () => staticUrl],
    ['nginx with the generated configuration', () => nginx.url],
  ] as const) {
    it(`${name}: each hostname gets its unit's pages, redirects and 404 page`, async () => {
      const get = (host: string, pathname: string) => getWithHost(base(), host, pathname);
      expect(await get('xa-a.example.vn', '/tin-tuc/tin-xa-a/')).toMatchObject({ status: 200, text: '<p>Tin của xa-a</p>' });
      expect(await get('xa-b.example.vn', '/tin-tuc/tin-xa-b/')).toMatchObject({ status: 200, text: '<p>Tin của xa-b</p>' });
      expect((await get('tinhuy.example.vn', '/')).text).toContain('Trang chủ tinh');
      const missing = await get('xa-b.example.vn', '/tin-tuc/tin-xa-a/');
      expect(missing.status).toBe(404);
      expect(missing.text).toContain('Không tìm thấy (xa-b)');
      expect(await get('xa-a.example.vn', '/cu-xa-a/')).toMatchObject({ status: 301, location: '/tin-tuc/tin-xa-a/' });
      expect((await get('xa-b.example.vn', '/cu-xa-a/')).status).toBe(404);
      // The units' former addresses: a whole old host, and an old prefix on the province's host.
      expect(await get('cu.example.vn', '/tin-tuc/tin-xa-a/?trang=2')).toMatchObject({ status: 301, location: 'https://xa-a.example.vn/tin-tuc/tin-xa-a/?trang=2' });
      expect(await get('tinhuy.example.vn', '/xa/b-cu/tin-tuc/tin-xa-b/')).toMatchObject({ status: 301, location: 'https://xa-b.example.vn/tin-tuc/tin-xa-b/' });
      expect((await get('xa-b.example.vn', '/tin-tuc/tin-xa-b/')).status).toBe(200);
    });
  }

  for (const [name, base] of [
    ['the static server', () => staticUrl],
    ['nginx with the generated configuration', () => nginx.url],
  ] as const) {
    it(`${name}: sends the brotli or gzip copy a client accepts, and cache lifetimes by kind of file`, async () => {
      const get = (pathname: string, acceptEncoding?: string) =>
        rawRequest(`${base()}${pathname}`, { Host: 'xa-a.example.vn', ...(acceptEncoding === undefined ? {} : { 'Accept-Encoding': acceptEncoding }) });
      const brotli = await get('/tin-tuc/dai/', 'gzip, deflate, br');
      expect(brotli.headers['content-encoding']).toBe('br');
      expect(zlib.brotliDecompressSync(brotli.body).toString()).toBe(LONG_PAGE);
      expect(Number(brotli.headers['content-length'])).toBe(brotli.body.length);
      expect(brotli.headers['content-type']).toMatch(/^text\/html/);
      expect(brotli.headers.vary).toBe('Accept-Encoding');
      expect(brotli.headers['cache-control']).toBe('no-cache');
      const gzip = await get('/tin-tuc/dai/', 'gzip');
      expect(gzip.headers['content-encoding']).toBe('gzip');
      expect(zlib.gunzipSync(gzip.body).toString()).toBe(LONG_PAGE);
      const plain = await get('/tin-tuc/dai/');
      expect([plain.headers['content-encoding'], plain.body.toString()]).toEqual([undefined, LONG_PAGE]);

      const bundle = await get('/_astro/app.B1x2y3z4.js', 'br');
      expect(bundle.headers['content-encoding']).toBe('br');
      expect(zlib.brotliDecompressSync(bundle.body).toString()).toBe(LONG_SCRIPT);
      expect(bundle.headers['content-type']).toMatch(/^(text|application)\/javascript/);
      expect(bundle.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect((await get('/url-map.json')).headers['cache-control']).toBe('public, max-age=300');
    });
  }

  it('the static server answers 404 for a hostname no unit has', async () => {
    expect((await getWithHost(staticUrl, 'la.example.vn', '/')).status).toBe(404);
  });
});
