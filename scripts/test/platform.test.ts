/**
 * The platform's rebuild side without a CMS (issue 16): which units a webhook rebuilds, the bounded build slots, and
 * the front servers that find a unit's live build by hostname, or by path prefix on the shared host — the project's
 * static server and a real nginx with the generated configuration.
 */
import fs from 'node:fs';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBuildSlots } from '../src/platform/build-slots.ts';
import { nginxRedirectsConf, type UrlMap } from '@portal/shared-types';
import {
  movedLocation,
  nginxLoadsBrotliStatic,
  nginxPlatformConfig,
  prefixedUnits,
  requestHostname,
  sharedHostOf,
  unitAt,
  unitRouter,
} from '../src/platform/front-config.ts';
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
  // Served under path prefixes of the province's host, one inside the other (the longest prefix wins).
  unit('so-a', 'agency', { pathPrefix: '/so/a/' }),
  unit('so-a-phong', 'agency', { pathPrefix: '/so/a/phong/' }),
  // A hostname wins over a prefix: built for and served at its own host.
  unit('so-b', 'agency', { hostname: 'so-b.example.vn', pathPrefix: '/so/b/' }),
];
const ARTICLE = 'api::article.article';
// xa-a had the hostname cu.example.vn; xa-b lived under /xa/b-cu/ on the province's host.
const moves: UnitMove[] = [
  { fromHost: 'cu.example.vn', fromPath: '/', toHost: 'xa-a.example.vn', toPath: '/' },
  { fromHost: null, fromPath: '/xa/b-cu/', toHost: 'xa-b.example.vn', toPath: '/' },
  { fromHost: 'xa-b.example.vn', fromPath: '/', toHost: 'la.example.vn', toPath: '/' },
  // A prefix given to another unit (so-a) after its former unit moved away.
  { fromHost: null, fromPath: '/so/a/', toHost: 'xa-a.example.vn', toPath: '/' },
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
    for (const slug of ['tinh', 'xa-a', 'xa-b', 'so-b']) {
      page(slug, 'index.html', `<!doctype html><title>${slug}</title><p>Trang chủ ${slug}</p>`);
      page(slug, `tin-tuc/tin-${slug}/index.html`, `<p>Tin của ${slug}</p>`);
      page(slug, '404.html', `<p>Không tìm thấy (${slug})</p>`);
      page(slug, 'nginx-redirects.conf', `location = "/cu-${slug}/" { return 301 "/tin-tuc/tin-${slug}/"; }\n`);
      page(slug, 'url-map.json', JSON.stringify({ redirects: { [`/cu-${slug}/`]: `/tin-tuc/tin-${slug}/` }, gone: [] }));
      fs.symlinkSync(path.join('builds', 'b1'), path.join(unitDeployRoot(root, slug), 'current'));
    }
    // The builds of the prefixed units: files at the build's root, every URL (and the redirect snippet) under the prefix.
    for (const { slug, pathPrefix } of prefixedUnits(units)) {
      page(slug, 'index.html', `<!doctype html><title>${slug}</title><p>Trang chủ ${slug}</p>`);
      page(slug, `tin-tuc/tin-${slug}/index.html`, `<p>Tin của ${slug}</p>`);
      page(slug, '404.html', `<p>Không tìm thấy (${slug})</p>`);
      page(slug, 'da-go/tin-tuc/index.html', `<p>Tin đã gỡ (${slug})</p>`);
      page(slug, '_astro/app.C1d2e3f4.js', LONG_SCRIPT);
      const map: UrlMap = { redirects: { [`/cu-${slug}/`]: `/tin-tuc/tin-${slug}/` }, gone: [`/tin-tuc/go-${slug}/`], base: pathPrefix };
      page(slug, 'url-map.json', JSON.stringify(map));
      page(slug, 'nginx-redirects.conf', nginxRedirectsConf(map));
      fs.symlinkSync(path.join('builds', 'b1'), path.join(unitDeployRoot(root, slug), 'current'));
    }
    // A long page and a hashed bundle with their compressed copies, as the build leaves them.
    page('xa-a', 'tin-tuc/dai/index.html', LONG_PAGE);
    page('xa-a', '_astro/app.B1x2y3z4.js', LONG_SCRIPT);
    await precompressDir(path.join(unitDeployRoot(root, 'xa-a'), 'builds', 'b1'));
    server = createStaticServer(unitRouter(root, () => units), { moved: (request) => movedLocation(units, moves, request) });
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
    expect(at('tinhuy.example.vn', '/so/a/tin-tuc/x/')).toBeNull(); // /so/a/ is so-a's today
  });

  it('finds a request’s unit by the longest prefix on the shared host, else by its hostname', () => {
    const at = (host: string, pathname: string) => {
      const found = unitAt(units, host, pathname);
      return found && [found.unit.slug, found.base];
    };
    expect(at('tinhuy.example.vn', '/')).toEqual(['tinh', '/']);
    expect(at('tinhuy.example.vn', '/tin-tuc/a/')).toEqual(['tinh', '/']);
    expect(at('tinhuy.example.vn', '/so/a/')).toEqual(['so-a', '/so/a/']);
    expect(at('tinhuy.example.vn', '/so/a')).toEqual(['so-a', '/so/a/']);
    expect(at('tinhuy.example.vn', '/so/a/tin-tuc/x/')).toEqual(['so-a', '/so/a/']);
    expect(at('tinhuy.example.vn', '/so/a/phong/tin-tuc/x/')).toEqual(['so-a-phong', '/so/a/phong/']);
    expect(at('tinhuy.example.vn', '/so/a/phongx/')).toEqual(['so-a', '/so/a/']);
    expect(at('tinhuy.example.vn', '/so/ab/')).toEqual(['tinh', '/']);
    expect(at('tinhuy.example.vn', '/luu-tru/van-ban/')).toEqual(['luu-tru', '/luu-tru/']);
    // A unit with a hostname is served there only; prefixes belong to the shared host.
    expect(at('tinhuy.example.vn', '/so/b/')).toEqual(['tinh', '/']);
    expect(at('so-b.example.vn', '/')).toEqual(['so-b', '/']);
    expect(at('xa-a.example.vn', '/so/a/')).toEqual(['xa-a', '/']);
    expect(at('khac.example.vn', '/so/a/')).toBeNull();
    expect(prefixedUnits(units).map((each) => each.slug)).toEqual(['so-a-phong', 'luu-tru', 'so-a']);
    // Without a root unit with a hostname there is no shared host: nothing is served under a prefix.
    expect(prefixedUnits(units.filter((each) => each.slug !== 'tinh' && each.slug !== 'xa-a' && each.slug !== 'xa-b' && each.slug !== 'so-b'))).toEqual([]);
    const route = unitRouter('/srv/deploy', () => units, 'tinh');
    expect(route({ headers: { host: 'tinhuy.example.vn' }, url: '/so/a/phong/?q=1' })).toEqual({ root: '/srv/deploy/units/so-a-phong/current', base: '/so/a/phong/' });
    expect(route({ headers: { host: 'khac.example.vn' }, url: '/so/a/' })).toEqual({ root: '/srv/deploy/units/tinh/current', base: '/' });
  });

  it('writes a server block per unit with a hostname, and a location per prefixed unit in the shared host’s', () => {
    const config = nginxPlatformConfig('/srv/deploy', units);
    expect(config.match(/server \{/g)).toHaveLength(4);
    expect(config).toContain('server_name xa-b.example.vn;');
    expect(config).toContain('root "/srv/deploy/units/xa-b/current";');
    expect(config).toContain('listen [::]:80;');
    const shared = config.slice(config.indexOf('server_name tinhuy.example.vn;'));
    const block = shared.slice(0, shared.indexOf('\n}\n'));
    for (const slug of ['so-a', 'so-a-phong', 'luu-tru']) {
      const prefix = units.find((each) => each.slug === slug)!.pathPrefix!;
      expect(block).toContain(`location ^~ "${prefix}" {\n    alias "/srv/deploy/units/${slug}/current/";\n    error_page 404 ${prefix}404.html;`);
      expect(block).toContain(`include "/srv/deploy/units/${slug}/current/nginx-redirects.conf";`);
    }
    expect(config).not.toContain('location ^~ "/so/b/"');
    expect(config).toContain('"~^(?:/so/a/phong|/luu-tru|/so/a)?/_astro/" "public, max-age=31536000, immutable";');
    // brotli_static only where its module is loaded: nginx refuses a directive it does not know.
    expect(config.match(/gzip_static on;/g)).toHaveLength(4);
    expect(config).not.toContain('brotli_static on;');
    expect(nginxPlatformConfig('/srv/deploy', units, { brotliStatic: true }).match(/brotli_static on;/g)).toHaveLength(4);
    const noSharedHost = nginxPlatformConfig('/srv/deploy', [unit('so-c', 'agency', { pathPrefix: '/so/c/' })]);
    expect(noSharedHost).toContain('# so-c: no hostname (path prefix /so/c/, but no shared host to serve it on)');
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

    it(`${name}: each path prefix of the shared host gets its unit's pages, redirects, 410 and 404 pages`, async () => {
      const get = (host: string, pathname: string) => getWithHost(base(), host, pathname);
      const shared = 'tinhuy.example.vn';
      expect(await get(shared, '/so/a/tin-tuc/tin-so-a/')).toMatchObject({ status: 200, text: '<p>Tin của so-a</p>' });
      expect((await get(shared, '/so/a/')).text).toContain('Trang chủ so-a');
      expect((await get(shared, '/so/a/phong/')).text).toContain('Trang chủ so-a-phong');
      expect(await get(shared, '/so/a/phong/tin-tuc/tin-so-a-phong/')).toMatchObject({ status: 200, text: '<p>Tin của so-a-phong</p>' });
      expect((await get(shared, '/luu-tru/')).text).toContain('Trang chủ luu-tru');
      expect(await get(shared, '/so/a')).toMatchObject({ status: 301, location: '/so/a/' });
      expect(await get(shared, '/so/a/tin-tuc/tin-so-a')).toMatchObject({ status: 301, location: '/so/a/tin-tuc/tin-so-a/' });
      // A 404 inside a prefix is that unit's; outside every prefix, the province's.
      const missing = await get(shared, '/so/a/phong/tin-tuc/tin-so-a/');
      expect([missing.status, missing.text]).toEqual([404, '<p>Không tìm thấy (so-a-phong)</p>']);
      expect(await get(shared, '/so/a/khong-co/')).toMatchObject({ status: 404, text: '<p>Không tìm thấy (so-a)</p>' });
      expect(await get(shared, '/so/khong-co/')).toMatchObject({ status: 404, text: '<p>Không tìm thấy (tinh)</p>' });
      expect((await get(shared, '/tin-tuc/tin-tinh/')).text).toBe('<p>Tin của tinh</p>');
      // The unit's redirect map answers under its prefix.
      expect(await get(shared, '/so/a/cu-so-a/')).toMatchObject({ status: 301, location: '/so/a/tin-tuc/tin-so-a/' });
      expect(await get(shared, '/so/a/phong/cu-so-a-phong/')).toMatchObject({ status: 301, location: '/so/a/phong/tin-tuc/tin-so-a-phong/' });
      expect((await get(shared, '/cu-so-a/')).status).toBe(404);
      expect(await get(shared, '/so/a/tin-tuc/go-so-a/')).toMatchObject({ status: 410, text: '<p>Tin đã gỡ (so-a)</p>' });
      // Prefixes belong to the shared host only; a unit with a hostname is not served under its prefix.
      expect(await get('xa-a.example.vn', '/so/a/')).toMatchObject({ status: 404, text: '<p>Không tìm thấy (xa-a)</p>' });
      expect((await get(shared, '/so/b/')).status).toBe(404);
      expect((await get('so-b.example.vn', '/')).text).toContain('Trang chủ so-b');
      const bundle = await rawRequest(`${base()}/so/a/_astro/app.C1d2e3f4.js`, { Host: shared });
      expect([bundle.body.toString(), bundle.headers['cache-control']]).toEqual([LONG_SCRIPT, 'public, max-age=31536000, immutable']);
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
