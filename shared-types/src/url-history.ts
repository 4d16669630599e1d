/**
 * URLs that never break (issue 25): which address each published entry lives at, the history of addresses that
 * moved (301) or were withdrawn (410), and the redirect map a build serves from that history.
 *
 * A record is `{ fromPath, toPath }`: `toPath` null means gone. Records are kept so that chains never form (A→B then
 * B→C stores A→C and B→C) and loops cannot (the address an entry lives at is never the `fromPath` of a record).
 * Every record belongs to a unit and its paths are relative to the unit's site; every function here runs on one
 * unit's records. `unitPath` puts such a path under the unit's path prefix where a shared host serves several units.
 */

import { z } from 'zod';
import { LEGACY_QUERY_PATH, isLegacyQueryPath, legacyQueryParts, legacyQueryPathSchema } from './legacy-query.js';
import { strapiEntryFields } from './schemas/common.js';

/** Where an entry with this slug is published, per content type (must agree with site/src/lib/navigation/paths.ts). */
const ENTRY_PATHS: Readonly<Record<string, (slug: string) => string>> = {
  'api::article.article': (slug) => `/tin-tuc/${slug}/`,
  'api::category.category': (slug) => `/chuyen-muc/${slug}/`,
  'api::tag.tag': (slug) => `/the/${slug}/`,
  'api::page.page': (slug) => `/trang/${slug}/`,
  'api::legal-document.legal-document': (slug) => `/van-ban/${slug}/`,
  'api::congress.congress': (slug) => `/dai-hoi/${slug}/`,
  'api::indicator.indicator': (slug) => `/chi-tieu/${slug}/`,
  'api::kpi-report.kpi-report': (slug) => `/bao-cao/${slug}/`,
  // An organisation's slug names its schedule feed.
  'api::organisation.organisation': (slug) => `/lich-cong-tac/${slug}.ics`,
};

/** Content types whose slug is part of a published URL. */
export const URL_CONTENT_TYPES: readonly string[] = Object.keys(ENTRY_PATHS);

/** The published path of an entry, or null for a type without a page of its own (people, schedules). */
export function entryPath(uid: string, slug: string): string | null {
  const path = ENTRY_PATHS[uid];
  return path === undefined ? null : path(slug);
}

/**
 * A unit-relative site path under the unit's path prefix (`/xa/binh-son/`); unchanged for a unit at the root of its
 * own hostname (prefix null, empty or `/`).
 * @example unitPath('/xa/binh-son/', '/tin-tuc/khai-mac/'); // '/xa/binh-son/tin-tuc/khai-mac/'
 */
export function unitPath(pathPrefix: string | null | undefined, path: string): string {
  const prefix = (pathPrefix ?? '').replace(/\/+$/, '');
  return prefix === '' ? path : `${prefix}${path}`;
}

/** The published path of an entry on the shared host, under its unit's path prefix (see `unitPath`). */
export function unitEntryPath(pathPrefix: string | null | undefined, uid: string, slug: string): string | null {
  const path = entryPath(uid, slug);
  return path === null ? null : unitPath(pathPrefix, path);
}

/**
 * Types whose entry has a page of its own for as long as it is published. A tag's page and an organisation's
 * calendar exist only while they have articles or schedules: lists, not entries, for the URL check.
 */
const OWN_PAGE_TYPES = [
  'api::article.article',
  'api::category.category',
  'api::page.page',
  'api::legal-document.legal-document',
  'api::congress.congress',
  'api::indicator.indicator',
  'api::kpi-report.kpi-report',
];
const OWN_PAGE_PREFIXES = OWN_PAGE_TYPES.map((uid) => ENTRY_PATHS[uid]!('').replace(/\/$/, ''));

/**
 * Whether a path is an entry's own address (`/tin-tuc/<slug>/`, `/chi-tieu/<slug>.csv`…), which only a redirect or
 * gone record may retire; any other page (a numbered list page, a document facet, a week, a tag) is a list that may
 * disappear with its last member.
 */
export function isEntryAddress(path: string): boolean {
  return OWN_PAGE_PREFIXES.some((prefix) => {
    if (!path.startsWith(prefix)) return false;
    const rest = path.slice(prefix.length);
    return /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/|\.csv|\.json)$/.test(rest) && !/^\d+\/$/.test(rest);
  });
}

/** A site path: absolute, no scheme or host, no query, no whitespace, no `..`. */
export const sitePathSchema = z
  .string()
  .regex(/^\/(?:[A-Za-z0-9._~%!$&'()*+,;=:@-]+\/?)*$/, 'Địa chỉ phải là đường dẫn bắt đầu bằng “/”, ví dụ “/tin-tuc/ten-bai/”.')
  .refine((path) => !path.split('/').includes('..'), 'Địa chỉ không được chứa “..”.');

/**
 * The old address of a redirect record: a site path, or an old portal's query-string address in its canonical form
 * (`/index.php?language=vi&nv=news&op=…`, see legacy-query.ts), which only servers that read the query answer.
 */
export const redirectFromPathSchema = z.string().superRefine((path, context) => {
  const result = (isLegacyQueryPath(path) ? legacyQueryPathSchema : sitePathSchema).safeParse(path);
  if (!result.success) for (const issue of result.error.issues) context.addIssue({ code: 'custom', message: issue.message });
});

export interface UrlRecord {
  /** A site path, or a canonical query-string address (`redirectFromPathSchema`). */
  fromPath: string;
  /** Where `fromPath` now lives; null: withdrawn (410). */
  toPath: string | null;
  /** documentId of the entry the address belonged to, so that republishing it can take its old addresses back. */
  entry?: string | null;
}

/** A redirect record as the REST API returns it (site build). */
export const urlRecordSchema = z.object({
  ...strapiEntryFields,
  fromPath: redirectFromPathSchema,
  toPath: sitePathSchema.nullable(),
});
export type UrlRecordEntry = z.infer<typeof urlRecordSchema>;

/**
 * An entry's address moved from `from` to `to`: `from` and every address that led to it now lead to `to`, and `to`
 * (live again) leads nowhere. Returns the new list; the input is not changed.
 */
export function recordMove(records: readonly UrlRecord[], from: string, to: string, entry: string | null = null): UrlRecord[] {
  if (from === to) return recordLive(records, to);
  const kept = records
    .filter((record) => record.fromPath !== to && record.fromPath !== from)
    .map((record) => (record.toPath === from ? { ...record, toPath: to } : record));
  return [...kept, { fromPath: from, toPath: to, entry }];
}

/** An entry at `path` was unpublished or deleted: `path` and every address that led to it are gone. */
export function recordGone(records: readonly UrlRecord[], path: string, entry: string | null = null): UrlRecord[] {
  const kept = records
    .filter((record) => record.fromPath !== path)
    .map((record) => (record.toPath === path ? { ...record, toPath: null } : record));
  return [...kept, { fromPath: path, toPath: null, entry }];
}

/**
 * An entry is published at `path`: the address answers 200 again (no record may shadow it), and the entry's own
 * withdrawn addresses lead to it again.
 */
export function recordLive(records: readonly UrlRecord[], path: string, entry: string | null = null): UrlRecord[] {
  return records
    .filter((record) => record.fromPath !== path)
    .map((record) => (entry !== null && record.entry === entry && record.toPath === null ? { ...record, toPath: path } : record));
}

/**
 * Follows `to` through a unit's redirect records: where a new redirect `from → to` really ends (null: at a gone
 * address), or 'loop' when it would come back to `from`. `toPathOf(path)` is the record from `path`'s target (null:
 * gone), undefined when no record starts there: asked one address at a time, so a CMS looks up only the chain
 * (an index lookup each), not the unit's whole map (tens of thousands of records after a legacy import).
 */
export async function resolveRedirectTarget(
  from: string,
  to: string,
  toPathOf: (path: string) => Promise<string | null | undefined> | string | null | undefined,
): Promise<string | null | 'loop'> {
  const seen = new Set<string>([from]);
  let target: string | null = to;
  while (target !== null && !seen.has(target)) {
    const next: string | null | undefined = await toPathOf(target);
    if (next === undefined) return target;
    seen.add(target);
    target = next;
  }
  return target === null ? null : 'loop';
}

/** `toPathOf` for resolveRedirectTarget over records in memory. */
export function toPathIn(records: readonly UrlRecord[]): (path: string) => string | null | undefined {
  const byFrom = new Map(records.map((record) => [record.fromPath, record.toPath]));
  return (path) => byFrom.get(path);
}

/** The part of a path that derived URLs share: `/chuyen-muc/a/` → `/chuyen-muc/a`, `/x.ics` → `/x`. */
function stemOf(path: string): string {
  return path.endsWith('/') ? path.slice(0, -1) : path.replace(/\.[a-z0-9]+$/i, '');
}

/**
 * `path` under the record's address, and what follows: `/chuyen-muc/a/2/` under `/chuyen-muc/a/` → `/2/`;
 * `/chi-tieu/x.csv` under `/chi-tieu/x/` → `.csv`. Null when `path` is not derived from it.
 */
export function suffixUnder(path: string, recordPath: string): string | null {
  if (path === recordPath) return '';
  const stem = stemOf(recordPath);
  if (stem === '' || !path.startsWith(stem)) return null;
  const rest = path.slice(stem.length);
  return rest.startsWith('/') || rest.startsWith('.') ? rest : null;
}

/**
 * The concrete answers a build gives besides its pages: path → new path (301) and gone paths (410), relative to the
 * unit's site. `base`: the path prefix the build is served under (issue 16), absent at the root of a host.
 */
export interface UrlMap {
  redirects: Record<string, string>;
  gone: string[];
  base?: string;
}

/**
 * The concrete redirect map of a build: every record's own address, plus — for a move — every URL the build serves
 * under the new address (a category's list pages, an indicator's CSV/JSON) from the same place under the old one.
 * A record whose address the build serves itself is dropped (the page wins).
 */
export function expandUrlMap(records: readonly UrlRecord[], served: ReadonlySet<string>): UrlMap {
  const redirects: Record<string, string> = {};
  const gone = new Set<string>();
  // Sorted, so that the URLs under an address are one contiguous run found by binary search.
  const sorted = [...served].sort();
  const firstAtOrAfter = (prefix: string): number => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (sorted[middle]! < prefix) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  for (const record of records) {
    if (served.has(record.fromPath)) continue;
    if (record.toPath === null) {
      gone.add(record.fromPath);
      continue;
    }
    redirects[record.fromPath] = record.toPath;
    // A query-string address names one page: nothing is served under it.
    if (isLegacyQueryPath(record.fromPath)) continue;
    const toStem = stemOf(record.toPath);
    const fromStem = stemOf(record.fromPath);
    for (let index = firstAtOrAfter(toStem); index < sorted.length && sorted[index]!.startsWith(toStem); index += 1) {
      const path = sorted[index]!;
      const rest = suffixUnder(path, record.toPath);
      if (rest === null || rest === '') continue;
      const from = `${fromStem}${rest}`;
      if (!served.has(from) && !(from in redirects)) redirects[from] = `${toStem}${rest}`;
    }
  }
  return { redirects, gone: [...gone].sort() };
}

/**
 * Whether the map answers `path` with 301/410, directly or as a URL derived from a record's address (a category's
 * 7th list page after the category moved). Returns the answer to add to the map, or null.
 */
export function coveredByRecords(records: readonly UrlRecord[], path: string): { to: string | null } | null {
  for (const record of records) {
    const rest = suffixUnder(path, record.fromPath);
    if (rest === null) continue;
    // A derived URL of a moved entry that the new build does not serve (fewer list pages): the entry's page.
    return { to: record.toPath };
  }
  return null;
}

/** The site sections a withdrawn page can point back to; the first path segment names it. */
export const GONE_SECTIONS = ['tin-tuc', 'chuyen-muc', 'the', 'trang', 'van-ban', 'dai-hoi', 'chi-tieu', 'bao-cao', 'lich-cong-tac', 'du-lieu'] as const;
export type GoneSection = (typeof GONE_SECTIONS)[number] | 'khac';

export function goneSectionOf(path: string): GoneSection {
  const first = path.split('/')[1]?.replace(/\.[a-z0-9]+$/i, '') ?? '';
  return (GONE_SECTIONS as readonly string[]).includes(first) ? (first as GoneSection) : 'khac';
}

/** The page a 410 answer shows for `path`: the withdrawn-content page of its section. */
export function gonePagePath(path: string): string {
  return `/da-go/${goneSectionOf(path)}/`;
}

const nginxQuote = (path: string): string => `"${path.replace(/["\\$]/g, (char) => `\\${char}`)}"`;

/** The nginx directives of one answer: 301 to `to`, or 410 (null) with the withdrawn page of `from`'s section. */
const nginxAnswer = (from: string, to: string | null, base?: string): string =>
  to === null ? `error_page 410 ${unitPath(base, gonePagePath(from))}index.html; return 410;` : `return 301 ${nginxQuote(unitPath(base, to))};`;

/**
 * Where nginx looks query-string addresses up. A `location` never sees the query, and a `map` (which could) is only
 * allowed at the `http` level, where two units' snippets would clash: so `/index.php` rewrites itself to an internal
 * address made of its routing parameters (`$arg_…`: found by name, whatever their order) and one exact location per
 * old address answers there.
 */
const LEGACY_LOCATION = '/@legacy-query/';

/**
 * The internal addresses a canonical query address arrives at. `$arg_…` values are not percent-decoded, so an op
 * whose `/` came encoded (`%2F`, as PHP's urlencode writes it, or `%2f`) gets a location of its own.
 */
function nginxLegacyLocations(path: string, base?: string): string[] {
  const parts = legacyQueryParts(path)!;
  const ops = new Set([parts.op, parts.op.replace(/\//g, '%2F'), parts.op.replace(/\//g, '%2f')]);
  return [...ops].map((op) => unitPath(base, `${LEGACY_LOCATION}${parts.language}&${parts.nv}&${op}`));
}

/**
 * An nginx `server` snippet: one exact location per old address (301), per withdrawn address (410 + its page), and
 * for old query-string addresses the `/index.php` lookup above (anything else asked at /index.php: 404). A map with a
 * base gives every location and target under it, to include inside that unit's `location ^~ <base>` block.
 */
export function nginxRedirectsConf(map: UrlMap): string {
  const { base } = map;
  const lines = [
    `# Generated by the site build from the CMS redirect records (issue 25). Include inside ${base ? `\`location ^~ ${base} { }\`` : '`server { }`'}.`,
  ];
  // A directory address is also matched without its trailing slash, as the static server does.
  const forms = (path: string): string[] => (path.endsWith('/') && path.length > 1 ? [path, path.slice(0, -1)] : [path]);
  const answers: Array<[string, string | null]> = [
    ...Object.entries(map.redirects).sort(([a], [b]) => a.localeCompare(b)),
    ...map.gone.map((path): [string, null] => [path, null]),
  ];
  const queries = answers.filter(([from]) => isLegacyQueryPath(from));
  // With query addresses, /index.php has a location of its own: an answer for the bare path moves into it.
  const indexAnswer = queries.length > 0 ? answers.find(([from]) => from === LEGACY_QUERY_PATH) : undefined;
  for (const [from, to] of answers) {
    if (isLegacyQueryPath(from) || from === indexAnswer?.[0]) continue;
    for (const form of forms(unitPath(base, from))) lines.push(`location = ${nginxQuote(form)} { ${nginxAnswer(from, to, base)} }`);
  }
  if (queries.length > 0) {
    const legacy = unitPath(base, LEGACY_LOCATION);
    lines.push('# Old query-string addresses (/index.php?language=…&nv=…&op=…, issue 17).');
    lines.push(`location = ${unitPath(base, LEGACY_QUERY_PATH)} { rewrite ^ "${legacy}$arg_language&$arg_nv&$arg_op?" last; }`);
    lines.push(`location ^~ ${legacy} { internal; ${indexAnswer ? nginxAnswer(indexAnswer[0], indexAnswer[1], base) : 'return 404;'} }`);
    for (const [from, to] of queries) {
      for (const location of nginxLegacyLocations(from, base)) lines.push(`location = ${nginxQuote(location)} { internal; ${nginxAnswer(from, to, base)} }`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * A Netlify/Cloudflare Pages `_redirects` file. Gone addresses answer 410 with their section's page. Query-string
 * addresses are left out: Cloudflare Pages cannot match a query at all, Netlify not on parameter values.
 */
export function netlifyRedirects(map: UrlMap): string {
  const lines = ['# Generated by the site build from the CMS redirect records (issue 25).'];
  const queries = [...Object.keys(map.redirects), ...map.gone].filter(isLegacyQueryPath).length;
  if (queries > 0) {
    lines.push(
      `# ${queries} old query-string address(es) (/index.php?language=…&nv=…&op=…) are answered by the server only: ` +
        'the static server (url-map.json) and nginx (nginx-redirects.conf), not by this file.',
    );
  }
  const at = (path: string) => unitPath(map.base, path);
  for (const [from, to] of Object.entries(map.redirects).sort(([a], [b]) => a.localeCompare(b))) {
    if (!isLegacyQueryPath(from)) lines.push(`${at(from)} ${at(to)} 301`);
  }
  for (const path of map.gone) if (!isLegacyQueryPath(path)) lines.push(`${at(path)} ${at(gonePagePath(path))} 410`);
  return `${lines.join('\n')}\n`;
}
