/**
 * How a front server finds a unit's live build (issue 16): by the request's hostname, and on the platform's shared
 * host by the longest path prefix of a unit without a hostname (its build is made with that prefix as its base). The
 * project's static server does it with `unitRouter`; `nginxPlatformConfig` writes the same mapping as nginx `server`
 * blocks, one per unit with a hostname, with a `location` per prefixed unit in the shared host's block, each including
 * its build's redirect map (site/src/integrations/url-map.ts).
 */
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { platformOrigin } from '@portal/shared-types';
import { CACHE_CONTROL, IMMUTABLE_PATHS, type ServedSite } from '../static-server.ts';
import { type PlatformUnit, type UnitMove, unitDeployRoot } from './platform-units.ts';

/** The hostname a request was sent to, lowercased, without port or the trailing dot of a fully qualified name. */
export function requestHostname(request: Pick<http.IncomingMessage, 'headers'>): string | null {
  const host = request.headers.host?.trim().toLowerCase();
  if (!host) return null;
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.replace(/:\d+$/, '');
  return name.replace(/\.$/, '') || null;
}

/** The platform's shared host (that of its root provincial unit), where path-prefixed units live; null without one. */
export function sharedHostOf(units: readonly PlatformUnit[]): string | null {
  const origin = platformOrigin(units);
  return origin === null ? null : new URL(origin).hostname;
}

/**
 * The units served under a path prefix of the shared host: those with a prefix and no hostname (a unit with a
 * hostname is built for, and served at, the root of that host). None without a shared host. Longest prefix first.
 */
export function prefixedUnits(units: readonly PlatformUnit[]): Array<PlatformUnit & { pathPrefix: string }> {
  if (sharedHostOf(units) === null) return [];
  return units
    .filter((unit): unit is PlatformUnit & { pathPrefix: string } => !unit.hostname && Boolean(unit.pathPrefix))
    .sort((a, b) => b.pathPrefix.length - a.pathPrefix.length || a.slug.localeCompare(b.slug));
}

/**
 * The unit a request is for, and the base its build is served under: on the shared host the unit with the longest
 * path prefix the path lies under (the prefix itself without its trailing slash counts), else the unit whose hostname
 * the request was sent to (base `/`); null when none.
 */
export function unitAt(units: readonly PlatformUnit[], hostname: string | null, pathname: string): { unit: PlatformUnit; base: string } | null {
  if (hostname === null) return null;
  if (hostname === sharedHostOf(units)) {
    const prefixed = prefixedUnits(units).find((unit) => pathname.startsWith(unit.pathPrefix) || `${pathname}/` === unit.pathPrefix);
    if (prefixed) return { unit: prefixed, base: prefixed.pathPrefix };
  }
  const unit = units.find((each) => each.hostname && each.hostname.toLowerCase() === hostname);
  return unit ? { unit, base: '/' } : null;
}

/**
 * The live build a request is served from (unitAt), else that of `fallback` (the slug of the unit the platform's own
 * address shows, e.g. the provincial portal) at the root, else null (the server answers 404).
 */
export function unitRouter(
  deployRoot: string,
  units: () => readonly PlatformUnit[],
  fallback?: string,
): (request: Pick<http.IncomingMessage, 'headers' | 'url'>) => ServedSite | null {
  const live = (slug: string) => path.join(unitDeployRoot(deployRoot, slug), 'current');
  return (request) => {
    const found = unitAt(units(), requestHostname(request), new URL(request.url ?? '/', 'http://localhost').pathname);
    if (found) return { root: live(found.unit.slug), base: found.base };
    return fallback === undefined ? null : { root: live(fallback), base: '/' };
  };
}

/**
 * Where a request to a unit's former address goes now (issue 25: a unit whose hostname or path prefix changed keeps
 * answering there): `https://<new host><new prefix><rest of the path>`, the query kept. Null when no move matches, or
 * when the move is of a whole hostname that a unit serves today (that unit wins over an old record).
 */
export function movedLocation(
  units: readonly PlatformUnit[],
  moves: readonly UnitMove[],
  request: Pick<http.IncomingMessage, 'headers' | 'url'>,
): string | null {
  const hostname = requestHostname(request);
  if (hostname === null) return null;
  // A whole former host that a unit serves today is that unit's; a former prefix under it still moves.
  const served = units.some((unit) => unit.hostname?.toLowerCase() === hostname);
  const shared = sharedHostOf(units);
  const url = new URL(request.url ?? '/', 'http://localhost');
  // A former prefix that a unit is served under today is that unit's.
  const taken = new Set(hostname === shared ? prefixedUnits(units).map((unit) => unit.pathPrefix) : []);
  const matching = moves
    .filter((move) => (move.fromHost ?? shared) === hostname && url.pathname.startsWith(move.fromPath))
    .filter((move) => !(served && move.fromPath === '/') && !taken.has(move.fromPath))
    .sort((a, b) => b.fromPath.length - a.fromPath.length);
  const move = matching[0];
  const host = move?.toHost ?? shared;
  if (!move || !host) return null;
  return `https://${host}${move.toPath}${url.pathname.slice(move.fromPath.length)}${url.search}`;
}

const quoted = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

/** Where Debian's nginx lists the modules it loads (`load_module` lines); the package of each adds its file here. */
const NGINX_MODULES_ENABLED = '/etc/nginx/modules-enabled';

/**
 * Whether this machine's nginx loads the module that serves `.br` copies (`brotli_static`): on Debian 12
 * `apt install libnginx-mod-http-brotli-static`. Without it the generated configuration serves the `.gz` copies only.
 */
export function nginxLoadsBrotliStatic(modulesEnabled = NGINX_MODULES_ENABLED): boolean {
  try {
    return fs
      .readdirSync(modulesEnabled)
      .some((name) => fs.readFileSync(path.join(modulesEnabled, name), 'utf8').includes('ngx_http_brotli_static_module'));
  } catch {
    return false;
  }
}

const CACHE_MAP = '$portal_cache_control';

/**
 * The static server's cache lifetimes (static-server.ts) as an nginx `map` over the served file: pages revalidated,
 * files named by their content's hash kept a year, the rest five minutes. Belongs in the `http` block, once.
 */
function nginxCacheMap(prefixes: readonly string[]): string[] {
  const entry = (pattern: string, value: string) => `  ${quoted(`~${pattern}`)} ${quoted(value)};`;
  // A prefixed unit's files are under its prefix.
  const under = prefixes.length === 0 ? '' : `(?:${prefixes.map((prefix) => prefix.slice(0, -1)).join('|')})?`;
  return [
    `map $uri ${CACHE_MAP} {`,
    `  default ${quoted(CACHE_CONTROL.other)};`,
    entry('(/|\\.html)$', CACHE_CONTROL.page),
    ...IMMUTABLE_PATHS.map((pattern) => entry(pattern.source.replace(/\\\//g, '/').replace(/^\^/, `^${under}`), CACHE_CONTROL.immutable)),
    '}',
  ];
}

/**
 * nginx `server` blocks serving each unit with a hostname from its live build, over IPv4 and IPv6 (Nghị định
 * 224/2026); in the shared host's block, a `location ^~ <prefix>` per unit served under a path prefix (its build is
 * made with that prefix as its base, and its redirect snippet is written under it). A unit with neither is listed
 * as a comment.
 */
export function nginxPlatformConfig(
  deployRoot: string,
  units: readonly PlatformUnit[],
  options: { listen?: readonly string[]; moves?: readonly UnitMove[]; brotliStatic?: boolean } = {},
): string {
  const listen = options.listen ?? ['80', '[::]:80'];
  const shared = sharedHostOf(units);
  const served = new Set(units.flatMap((unit) => (unit.hostname ? [unit.hostname.toLowerCase()] : [])));
  const moves = (options.moves ?? []).filter((move) => (move.toHost ?? shared) !== null);
  const target = (move: UnitMove) => `https://${move.toHost ?? shared}${move.toPath}`;
  const prefixed = prefixedUnits(units);
  // A former prefix on a host a unit serves today: a location in that unit's block, unless a unit is served under it.
  const prefixMoves = (host: string) =>
    moves
      .filter((move) => (move.fromHost ?? shared) === host && move.fromPath !== '/')
      .filter((move) => !(host === shared && prefixed.some((unit) => unit.pathPrefix === move.fromPath)))
      .flatMap((move) => [`  location ^~ ${quoted(move.fromPath)} {`, `    rewrite ^${move.fromPath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(.*)$ ${target(move)}$1 permanent;`, '  }']);
  const live = (slug: string) => path.join(unitDeployRoot(deployRoot, slug), 'current');
  // A unit under a prefix of the shared host: a location in that host's block. Its files are found by `alias` (the
  // build is not under its prefix on disk); nginx's index and directory redirects do what try_files does at a root.
  const prefixLocations = (host: string) =>
    host !== shared
      ? []
      : prefixed.flatMap((unit) => [
          `  # ${unit.name} (${unit.slug})`,
          `  location = ${quoted(unit.pathPrefix.slice(0, -1))} {`,
          `    return 301 ${unit.pathPrefix};`,
          '  }',
          `  location ^~ ${quoted(unit.pathPrefix)} {`,
          `    alias ${quoted(`${live(unit.slug)}/`)};`,
          `    error_page 404 ${unit.pathPrefix}404.html;`,
          `    include ${quoted(path.join(live(unit.slug), 'nginx-redirects.conf'))};`,
          '  }',
        ]);
  const lines = [
    `# Generated by scripts/src/platform/front-config.ts: one server block per unit with a hostname, a location per`,
    "# unit under a path prefix of the shared host in that host's block.",
    '# Builds carry brotli (.br) and gzip (.gz) copies of their text files, sent as they are. brotli_static needs',
    `# libnginx-mod-http-brotli-static, ${options.brotliStatic ? 'loaded on the machine that wrote this' : 'not loaded on the machine that wrote this: gzip only'}.`,
    ...nginxCacheMap(prefixed.map((unit) => unit.pathPrefix)),
  ];
  for (const unit of [...units].sort((a, b) => a.slug.localeCompare(b.slug))) {
    if (!unit.hostname) {
      if (!prefixed.includes(unit as PlatformUnit & { pathPrefix: string })) {
        lines.push(`# ${unit.slug}: no hostname${unit.pathPrefix ? ` (path prefix ${unit.pathPrefix}, but no shared host to serve it on)` : ''}`);
      }
      continue;
    }
    lines.push(
      '',
      `# ${unit.name} (${unit.slug})`,
      'server {',
      ...listen.map((address) => `  listen ${address};`),
      `  server_name ${unit.hostname.toLowerCase()};`,
      `  root ${quoted(live(unit.slug))};`,
      '  disable_symlinks off;',
      '  gzip_static on;',
      '  gzip_vary on;',
      ...(options.brotliStatic ? ['  brotli_static on;'] : []),
      `  add_header Cache-Control ${CACHE_MAP};`,
      '  error_page 404 /404.html;',
      `  include ${quoted(path.join(live(unit.slug), 'nginx-redirects.conf'))};`,
      ...prefixMoves(unit.hostname.toLowerCase()),
      ...prefixLocations(unit.hostname.toLowerCase()),
      '  location / {',
      '    try_files $uri $uri/ =404;',
      '  }',
      '}',
    );
  }
  // A unit's former hostname that no unit serves now: the whole host answers 301 to the unit's new address.
  for (const move of moves) {
    if (move.fromHost === null || move.fromPath !== '/' || served.has(move.fromHost)) continue;
    lines.push(
      '',
      `# former address of a unit: ${move.fromHost}${move.fromPath} → ${target(move)}`,
      'server {',
      ...listen.map((address) => `  listen ${address};`),
      `  server_name ${move.fromHost};`,
      `  return 301 ${target(move).replace(/\/$/, '')}$request_uri;`,
      '}',
    );
  }
  return `${lines.join('\n')}\n`;
}
