/**
 * How a front server finds a unit's live build (issue 16): by the request's hostname. The project's static server
 * does it with `hostRouter`; `nginxPlatformConfig` writes the same mapping as nginx `server` blocks, one per unit
 * with a hostname, each including its build's redirect map (site/src/integrations/url-map.ts).
 */
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { platformOrigin } from '@portal/shared-types';
import { CACHE_CONTROL, IMMUTABLE_PATHS } from '../static-server.ts';
import { type PlatformUnit, type UnitMove, unitDeployRoot } from './platform-units.ts';

/** The hostname a request was sent to, lowercased, without port or the trailing dot of a fully qualified name. */
export function requestHostname(request: Pick<http.IncomingMessage, 'headers'>): string | null {
  const host = request.headers.host?.trim().toLowerCase();
  if (!host) return null;
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.replace(/:\d+$/, '');
  return name.replace(/\.$/, '') || null;
}

/**
 * The live build directory for a request: the unit whose hostname it was sent to, else `fallback` (the slug of the
 * unit the platform's own address shows, e.g. the provincial portal), else null (the server answers 404).
 */
export function hostRouter(
  deployRoot: string,
  units: () => readonly PlatformUnit[],
  fallback?: string,
): (request: Pick<http.IncomingMessage, 'headers'>) => string | null {
  return (request) => {
    const hostname = requestHostname(request);
    const unit = units().find((each) => each.hostname && each.hostname.toLowerCase() === hostname);
    const slug = unit?.slug ?? fallback;
    return slug === undefined ? null : path.join(unitDeployRoot(deployRoot, slug), 'current');
  };
}

/** The platform's shared host (that of its root provincial unit), where path-prefixed units live; null without one. */
export function sharedHostOf(units: readonly PlatformUnit[]): string | null {
  const origin = platformOrigin(units);
  return origin === null ? null : new URL(origin).hostname;
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
  const matching = moves
    .filter((move) => (move.fromHost ?? shared) === hostname && url.pathname.startsWith(move.fromPath) && !(served && move.fromPath === '/'))
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
function nginxCacheMap(): string[] {
  const entry = (pattern: string, value: string) => `  ${quoted(`~${pattern}`)} ${quoted(value)};`;
  return [
    `map $uri ${CACHE_MAP} {`,
    `  default ${quoted(CACHE_CONTROL.other)};`,
    entry('(/|\\.html)$', CACHE_CONTROL.page),
    ...IMMUTABLE_PATHS.map((pattern) => entry(pattern.source.replace(/\\\//g, '/'), CACHE_CONTROL.immutable)),
    '}',
  ];
}

/**
 * nginx `server` blocks serving each unit with a hostname from its live build, over IPv4 and IPv6 (Nghị định
 * 224/2026). Units served only under a path prefix of a shared host are listed as comments: their builds are made
 * for the root of a host (see docs/units.md).
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
  // A former prefix on a host a unit serves today: a location in that unit's block.
  const prefixMoves = (host: string) =>
    moves
      .filter((move) => (move.fromHost ?? shared) === host && move.fromPath !== '/')
      .flatMap((move) => [`  location ^~ ${quoted(move.fromPath)} {`, `    rewrite ^${move.fromPath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(.*)$ ${target(move)}$1 permanent;`, '  }']);
  const lines = [
    `# Generated by scripts/src/platform/front-config.ts: one server block per unit with a hostname.`,
    '# Builds carry brotli (.br) and gzip (.gz) copies of their text files, sent as they are. brotli_static needs',
    `# libnginx-mod-http-brotli-static, ${options.brotliStatic ? 'loaded on the machine that wrote this' : 'not loaded on the machine that wrote this: gzip only'}.`,
    ...nginxCacheMap(),
  ];
  for (const unit of [...units].sort((a, b) => a.slug.localeCompare(b.slug))) {
    const live = path.join(unitDeployRoot(deployRoot, unit.slug), 'current');
    if (!unit.hostname) {
      lines.push(`# ${unit.slug}: no hostname${unit.pathPrefix ? ` (path prefix ${unit.pathPrefix}, not served by this file)` : ''}`);
      continue;
    }
    lines.push(
      '',
      `# ${unit.name} (${unit.slug})`,
      'server {',
      ...listen.map((address) => `  listen ${address};`),
      `  server_name ${unit.hostname.toLowerCase()};`,
      `  root ${quoted(live)};`,
      '  disable_symlinks off;',
      '  gzip_static on;',
      '  gzip_vary on;',
      ...(options.brotliStatic ? ['  brotli_static on;'] : []),
      `  add_header Cache-Control ${CACHE_MAP};`,
      '  error_page 404 /404.html;',
      `  include ${quoted(path.join(live, 'nginx-redirects.conf'))};`,
      ...prefixMoves(unit.hostname.toLowerCase()),
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
