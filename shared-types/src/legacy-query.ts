/**
 * Old query-string addresses (issue 17). A NukeViet 4 portal answers every page at a plain
 * `/index.php?language=vi&nv=news&op=<cat>/<alias>-<id>` address as well as at its rewritten paths, and old links,
 * bookmarks and search engines still use both. Such an address is kept in a redirect record's `fromPath` in one
 * canonical form, so that a build carries it like any other old address and a server can look a request up:
 *
 *   /index.php?language=<code>&nv=<module>&op=<op>
 *
 * Only the three parameters NukeViet routes on, in that (sorted) order, `language` and `op` optional, values as
 * NukeViet compares them: case-sensitively, an empty value the same as none. A request matches whatever the order of
 * its parameters and whatever else it carries (a tracking parameter): it names the same page.
 */
import { z } from 'zod';

/** The one path NukeViet answers query-string addresses at. */
export const LEGACY_QUERY_PATH = '/index.php';

/** The routing parameters of a canonical address; `op` may hold several `/`-separated segments. */
export interface LegacyQueryParts {
  language: string;
  nv: string;
  op: string;
}

const NAME = '[A-Za-z0-9_-]+';
const SEGMENT = '[A-Za-z0-9_.-]+';
const CANONICAL = new RegExp(`^/index\\.php\\?(?:language=(${NAME})&)?nv=(${NAME})(?:&op=(${SEGMENT}(?:/${SEGMENT})*))?$`);

/** The parts of a canonical address, or null when `path` is not one (any other path, a non-canonical query). */
export function legacyQueryParts(path: string): LegacyQueryParts | null {
  const match = CANONICAL.exec(path);
  if (!match) return null;
  const op = match[3] ?? '';
  // `.` and `..` segments would read as a path walk to anyone resolving the op; NukeViet never makes them.
  if (op.split('/').some((segment) => segment === '.' || segment === '..')) return null;
  return { language: match[1] ?? '', nv: match[2]!, op };
}

/** The canonical address of routing parameters (`language` and `op` left out when empty). */
function canonical(parts: LegacyQueryParts): string {
  return `${LEGACY_QUERY_PATH}?${parts.language ? `language=${parts.language}&` : ''}nv=${parts.nv}${parts.op ? `&op=${parts.op}` : ''}`;
}

/**
 * A routing parameter's value as nginx's `$arg_<name>` reads it, so that the static server and the nginx snippet give
 * the same answers: the first occurrence, the name matched case-insensitively, the value raw — but for `%2F`, the `/`
 * of an op that a client encoded (the snippet has a location for that form too). Empty when absent.
 */
function routingValue(search: string, name: string): string {
  for (const pair of search.replace(/^\?/, '').split('&')) {
    const at = pair.indexOf('=');
    if (at !== -1 && pair.slice(0, at).toLowerCase() === name) return pair.slice(at + 1).replace(/%2f/gi, '/');
  }
  return '';
}

/**
 * The canonical address a request names, or null when it is not a NukeViet query address: `pathname` must be
 * `/index.php`; its routing parameters are read as `routingValue` says; other parameters are ignored.
 * @example legacyQueryKey('/index.php', '?op=tin-tuc&nv=news&language=vi&fbclid=x'); // '/index.php?language=vi&nv=news&op=tin-tuc'
 */
export function legacyQueryKey(pathname: string, search: string): string | null {
  if (pathname !== LEGACY_QUERY_PATH) return null;
  const key = canonical({ language: routingValue(search, 'language'), nv: routingValue(search, 'nv'), op: routingValue(search, 'op') });
  // Values that are not NukeViet names (`%26`, `+`, `=`…) would make another address, or none: no match.
  return legacyQueryParts(key) === null ? null : key;
}

/**
 * The canonical form of a query address typed by an editor or written by an importer (parameters in any order,
 * `&amp;` from a copied link, `%2F` in the op), or null when it is not one: another path, a parameter other than
 * `language`, `nv` and `op`, one given twice, no module.
 */
export function canonicalLegacyQueryPath(fromPath: string): string | null {
  const at = fromPath.indexOf('?');
  if (at === -1 || fromPath.slice(0, at) !== LEGACY_QUERY_PATH) return null;
  const search = fromPath.slice(at + 1).replace(/&amp;/g, '&');
  const names = [...new URLSearchParams(search).keys()];
  if (names.some((name) => name !== 'language' && name !== 'nv' && name !== 'op') || new Set(names).size !== names.length) return null;
  return legacyQueryKey(LEGACY_QUERY_PATH, search);
}

export const isLegacyQueryPath = (path: string): boolean => path.startsWith(`${LEGACY_QUERY_PATH}?`);

/** A canonical query address (the stored form; `canonicalLegacyQueryPath` makes it from what was typed). */
export const legacyQueryPathSchema = z
  .string()
  .refine(
    (path) => legacyQueryParts(path) !== null,
    'Địa chỉ cũ dạng truy vấn phải có dạng “/index.php?language=vi&nv=news&op=chuyen-muc/ten-bai-12”: chỉ các tham số language, nv, op.',
  );
