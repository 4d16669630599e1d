import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { gonePagePath, legacyQueryKey, unitPath, type UrlMap } from '@portal/shared-types';
import { PRECOMPRESSED, type PrecompressedEncoding } from '../../site/src/integrations/precompress.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

/**
 * Files named by a hash of their content, which never change under their name: Astro's bundles, and Pagefind's
 * chunks and metadata (`pagefind.js`, its worker, the WASM and `pagefind-entry.json` keep their names across builds).
 * The generated nginx configuration uses the same patterns (platform/front-config.ts).
 */
export const IMMUTABLE_PATHS: readonly RegExp[] = [/^\/_astro\//, /^\/pagefind\/(fragment|index|filter)\//, /^\/pagefind\/pagefind\.[^/]+\.pf_meta$/];

export const CACHE_CONTROL = {
  immutable: 'public, max-age=31536000, immutable',
  /** Pages: kept, but checked with the server (ETag) before each use, so a publish shows at once. */
  page: 'no-cache',
  other: 'public, max-age=300',
} as const;

/** The Cache-Control of a file served for `pathname` with `type`. */
export function cacheControlFor(pathname: string, type: string): string {
  if (type.startsWith('text/html')) return CACHE_CONTROL.page;
  return IMMUTABLE_PATHS.some((pattern) => pattern.test(pathname)) ? CACHE_CONTROL.immutable : CACHE_CONTROL.other;
}

/**
 * The encoding to send given a request's Accept-Encoding and the compressed copies a file has: the one with the
 * highest q-value above 0 (brotli before gzip on a tie; `*` stands for codings not named; `x-gzip` is gzip), unless
 * `identity` is named with a higher q-value. Null: send the file as it is.
 */
export function negotiateEncoding(acceptEncoding: string | undefined, available: readonly PrecompressedEncoding[]): PrecompressedEncoding | null {
  if (!acceptEncoding || available.length === 0) return null;
  const quality = new Map<string, number>();
  for (const item of acceptEncoding.split(',')) {
    const [name = '', ...params] = item.split(';').map((part) => part.trim().toLowerCase());
    if (name === '') continue;
    const q = params.find((param) => param.startsWith('q='));
    const value = q === undefined ? 1 : Number(q.slice(2));
    quality.set(name === 'x-gzip' ? 'gzip' : name, Number.isFinite(value) ? value : 0);
  }
  const qualityOf = (name: string) => quality.get(name) ?? quality.get('*') ?? 0;
  let best: PrecompressedEncoding | null = null;
  for (const encoding of available) if (qualityOf(encoding) > 0 && (best === null || qualityOf(encoding) > qualityOf(best))) best = encoding;
  if (best !== null && quality.has('identity') && quality.get('identity')! > qualityOf(best)) return null;
  return best;
}

/** The compressed copies (precompress.ts) beside a file, in the server's order of preference. */
function compressedCopies(file: string): Array<{ encoding: PrecompressedEncoding; file: string; size: number }> {
  return PRECOMPRESSED.flatMap(({ encoding, suffix }) => {
    const stat = fs.statSync(`${file}${suffix}`, { throwIfNoEntry: false });
    return stat?.isFile() ? [{ encoding, file: `${file}${suffix}`, size: stat.size }] : [];
  });
}

/**
 * Headers every response carries. Scripts only from the site itself, never inline ('wasm-unsafe-eval' lets Pagefind
 * compile its search WASM); framing only by the site itself and by `frameAncestors` — the CMS admin, whose preview
 * panel shows the site's pages in a frame.
 */
export function securityHeaders(frameAncestors: readonly string[] = []): Record<string, string> {
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Content-Security-Policy':
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: http: https:; " +
      `connect-src 'self' http: https:; form-action 'self' http: https:; frame-ancestors ${["'self'", ...frameAncestors].join(' ')}; ` +
      "base-uri 'self'; object-src 'none'",
  };
}

/** Origins of a comma-separated list of URLs (e.g. SITE_FRAME_ANCESTORS); throws on anything that is not a URL. */
export function originsOf(list: string | undefined): string[] {
  return (list ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .map((item) => {
      try {
        return new URL(item).origin;
      } catch {
        throw new Error(`Not a URL in the list of origins: "${item}"`);
      }
    });
}

/**
 * Resolves a URL path to a file under `root`: `/a/` → `/a/index.html`,
 * `/a` → `/a/index.html` when `a` is a directory. Returns null for anything
 * outside root (path traversal) or missing.
 */
export function resolveFile(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const candidate = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  if (candidate !== root && !candidate.startsWith(root + path.sep)) return null;
  try {
    const stat = fs.statSync(candidate);
    if (stat.isFile()) return candidate;
    if (stat.isDirectory()) {
      const index = path.join(candidate, 'index.html');
      return fs.existsSync(index) ? index : null;
    }
  } catch {
    return null;
  }
  return null;
}

interface LoadedUrlMap {
  redirects: Map<string, string>;
  gone: Set<string>;
}

const urlMaps = new Map<string, { mtimeMs: number; map: LoadedUrlMap }>();

/**
 * The redirect map a build carries (url-map.json, written by site/src/integrations/url-map.ts), read again when the
 * served directory or the file changes. A build without one has an empty map.
 */
export function urlMapOf(root: string): LoadedUrlMap {
  const file = path.join(root, 'url-map.json');
  let mtimeMs = -1;
  try {
    mtimeMs = fs.statSync(file).mtimeMs;
  } catch {
    // No map: nothing moved or was withdrawn.
  }
  const cached = urlMaps.get(root);
  if (cached && cached.mtimeMs === mtimeMs) return cached.map;
  let map: LoadedUrlMap = { redirects: new Map(), gone: new Set() };
  if (mtimeMs >= 0) {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as UrlMap;
    map = { redirects: new Map(Object.entries(parsed.redirects)), gone: new Set(parsed.gone) };
  }
  urlMaps.set(root, { mtimeMs, map });
  return map;
}

/**
 * What the map says about a request: an old query-string address (`/index.php?language=…&nv=…&op=…`, issue 17) by
 * its routing parameters, else the path, also when it is asked without its trailing slash. `query` tells an answer for
 * the query address, whose target must not get the old query appended.
 */
export function urlMapAnswer(
  map: LoadedUrlMap,
  pathname: string,
  search = '',
): { status: 301; location: string; query: boolean } | { status: 410; page: string } | null {
  const key = search === '' ? null : legacyQueryKey(pathname, search);
  if (key !== null) {
    const location = map.redirects.get(key);
    if (location !== undefined) return { status: 301, location, query: true };
    if (map.gone.has(key)) return { status: 410, page: gonePagePath(key) };
  }
  for (const candidate of pathname.endsWith('/') ? [pathname] : [pathname, `${pathname}/`]) {
    const location = map.redirects.get(candidate);
    if (location !== undefined) return { status: 301, location, query: false };
    if (map.gone.has(candidate)) return { status: 410, page: gonePagePath(candidate) };
  }
  return null;
}

/**
 * A small static file server for the built site. `root` is read at every
 * request through `getRoot`, so the served directory can be switched
 * atomically (symlink swap) while the server runs.
 */
export interface StaticServerOptions {
  frameAncestors?: readonly string[];
  /** A whole-site move answered before any file (a platform unit's former hostname or prefix): its new URL, or null. */
  moved?: (request: http.IncomingMessage) => string | null;
}

/**
 * A build served under a path prefix (issue 16): `base` (`/xa/binh-son/`) is the start of every URL path it answers,
 * and the build's files are at `root` without it.
 */
export interface ServedSite {
  root: string;
  base: string;
}

/** The directory to serve a request from: a build at the root of the host, a build under a prefix, or none (404). */
export type RootOf = (request: http.IncomingMessage) => string | ServedSite | null;

export function createStaticServer(getRoot: RootOf, options: StaticServerOptions = {}): http.Server {
  const headers = securityHeaders(options.frameAncestors);
  return http.createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD', ...headers }).end();
      return;
    }
    const moved = options.moved?.(request);
    if (moved) {
      response.writeHead(301, { Location: moved, 'Cache-Control': 'public, max-age=3600', ...headers }).end();
      return;
    }
    const chosen = getRoot(request);
    if (chosen === null) {
      // A platform server answers for its units' hostnames only.
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...headers }).end('Không có cổng thông tin nào ở địa chỉ này.');
      return;
    }
    const { root: served, base } = typeof chosen === 'string' ? { root: chosen, base: '/' } : chosen;
    const url = new URL(request.url ?? '/', 'http://localhost');
    // A prefix asked without its trailing slash: its home page.
    if (`${url.pathname}/` === base) {
      response.writeHead(301, { Location: `${base}${url.search}`, ...headers }).end();
      return;
    }
    if (!url.pathname.startsWith(base)) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...headers }).end('Không tìm thấy trang');
      return;
    }
    // The path in the build: the request's without the base.
    const pathname = `/${url.pathname.slice(base.length)}`;
    let root: string;
    try {
      // Resolved per request: a symlink swap of the served directory takes effect at once.
      root = fs.realpathSync(served);
    } catch {
      response
        .writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '10', ...headers })
        .end('Trang đang được xây dựng, vui lòng thử lại sau ít phút.');
      return;
    }
    // Directory URLs without a trailing slash redirect, as static hosts do.
    const file = resolveFile(root, pathname);
    if (file && file.endsWith(`${path.sep}index.html`) && !url.pathname.endsWith('/') && !url.pathname.endsWith('.html')) {
      response.writeHead(301, { Location: `${url.pathname}/${url.search}`, ...headers }).end();
      return;
    }
    let status = file ? 200 : 404;
    let fallback = '/404.html';
    if (!file) {
      // Addresses that moved answer 301, withdrawn ones 410 with their section's page (issue 25).
      let decodedPath = pathname;
      try {
        decodedPath = decodeURIComponent(pathname);
      } catch {
        // Left as sent: it matches no record.
      }
      const answer = urlMapAnswer(urlMapOf(root), decodedPath, url.search);
      if (answer?.status === 301) {
        // A moved path keeps its query; an old query address's query was the address itself.
        const location = `${encodeURI(unitPath(base, answer.location))}${answer.query ? '' : url.search}`;
        response.writeHead(301, { Location: location, 'Cache-Control': 'public, max-age=3600', ...headers }).end();
        return;
      }
      if (answer?.status === 410) {
        status = 410;
        fallback = answer.page;
      }
    }
    const target = file ?? resolveFile(root, fallback) ?? resolveFile(root, '/404.html');
    if (!target) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...headers }).end('Không tìm thấy trang');
      return;
    }
    const type = CONTENT_TYPES[path.extname(target).toLowerCase()] ?? 'application/octet-stream';
    const stat = fs.statSync(target);
    const copies = compressedCopies(target);
    const encoding = negotiateEncoding(request.headers['accept-encoding'], copies.map((copy) => copy.encoding));
    const sent = copies.find((copy) => copy.encoding === encoding) ?? { file: target, size: stat.size };
    // One validator per file version and encoding: a rebuilt page gets a new one, a rollback its old one.
    const etag = `"${stat.size.toString(36)}-${Math.trunc(stat.mtimeMs).toString(36)}${encoding === null ? '' : `-${encoding}`}"`;
    const fileHeaders = {
      'Content-Type': type,
      'Cache-Control': status === 200 ? cacheControlFor(pathname, type) : CACHE_CONTROL.page,
      ...(copies.length > 0 ? { Vary: 'Accept-Encoding' } : {}),
      ...(status === 200 ? { ETag: etag } : {}),
      ...headers,
    };
    if (status === 200 && request.headers['if-none-match']?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
      response.writeHead(304, fileHeaders).end();
      return;
    }
    response.writeHead(status, {
      ...fileHeaders,
      'Content-Length': sent.size,
      ...(encoding === null ? {} : { 'Content-Encoding': encoding }),
    });
    if (request.method === 'HEAD') response.end();
    else fs.createReadStream(sent.file).pipe(response);
  });
}

/**
 * The addresses to listen on for a configured host, so the site answers over IPv6 as well as IPv4 (Nghị định
 * 224/2026 asks state portals for IPv6): the local default 127.0.0.1 (or `localhost`) becomes both loopbacks,
 * 127.0.0.1 and ::1; a wildcard (0.0.0.0 or ::) becomes `::`, which Node opens dual-stack (IPv6 and IPv4-mapped).
 * Any other address is used as given.
 */
export function listenAddresses(host: string): string[] {
  const trimmed = host.trim().replace(/^\[(.*)\]$/, '$1');
  if (trimmed === '127.0.0.1' || trimmed === 'localhost') return ['127.0.0.1', '::1'];
  if (trimmed === '0.0.0.0' || trimmed === '::' || trimmed === '') return ['::'];
  return [trimmed];
}

export interface ListeningSite {
  /** One server per address, sharing one request handler. */
  servers: http.Server[];
  /** The port (the one chosen by the system when 0 was asked). */
  port: number;
  /** Addresses actually listened on, e.g. ['127.0.0.1', '::1']. */
  addresses: string[];
  close(): Promise<void>;
}

function listenOne(server: http.Server, port: number, address: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once('error', onError);
    // ipv6Only false: `::` also accepts IPv4 (as ::ffff:a.b.c.d) where the system allows it.
    server.listen({ port, host: address, ipv6Only: false }, () => {
      server.off('error', onError);
      resolve();
    });
  });
}

/**
 * Serves the built site on every address of `listenAddresses(host)`, all on the same port. An IPv6 address that the
 * machine does not have (IPv6 disabled: EADDRNOTAVAIL / EAFNOSUPPORT) is skipped with a warning, unless it is the only
 * one; for `::` the fallback is 0.0.0.0.
 */
export async function listenStaticSite(
  getRoot: RootOf,
  options: StaticServerOptions & { host: string; port: number; warn?: (message: string) => void },
): Promise<ListeningSite> {
  const warn = options.warn ?? ((message: string) => console.warn(message));
  const wanted = listenAddresses(options.host);
  const servers: http.Server[] = [];
  const addresses: string[] = [];
  let port = options.port;
  const close = () =>
    Promise.all(
      servers.map(
        (server) =>
          new Promise<void>((resolve) => {
            server.close(() => resolve());
            // Keep-alive connections would hold close() for seconds.
            server.closeAllConnections();
          }),
      ),
    ).then(() => undefined);
  try {
    for (const address of wanted) {
      const server = createStaticServer(getRoot, {
        ...(options.frameAncestors ? { frameAncestors: options.frameAncestors } : {}),
        ...(options.moved ? { moved: options.moved } : {}),
      });
      try {
        await listenOne(server, port, address);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const noIpv6 = address.includes(':') && (code === 'EADDRNOTAVAIL' || code === 'EAFNOSUPPORT');
        if (!noIpv6) throw error;
        if (address === '::') {
          warn('IPv6 is not available on this machine: serving the site on 0.0.0.0 (IPv4 only).');
          await listenOne(server, port, '0.0.0.0');
          servers.push(server);
          addresses.push('0.0.0.0');
          continue;
        }
        if (wanted.length === 1) throw error;
        warn(`IPv6 is not available on this machine: the site is not served on [${address}].`);
        continue;
      }
      servers.push(server);
      addresses.push(address);
      // Port 0: the others take the port the first one got.
      port = (server.address() as { port: number }).port;
    }
  } catch (error) {
    await close();
    throw error;
  }
  return { servers, port, addresses, close };
}

/** `http://host:port` with IPv6 literals in brackets. */
export function httpOrigin(address: string, port: number): string {
  return `http://${address.includes(':') ? `[${address}]` : address}:${port}`;
}
