/**
 * NukeViet values → this product's values: statuses, times (the old site ran on Asia/Ho_Chi_Minh), slugs, document
 * numbers, and the addresses an entry had on the old site.
 */
import { parseDocumentNumber, type DocumentNumber } from '@portal/shared-types';

export const OLD_SITE_TIME_ZONE = 'Asia/Ho_Chi_Minh';

export type ArticleStatus = 'published' | 'pending' | 'scheduled' | 'expired';

/**
 * NukeViet 4 shows a row when status is 1, its publication time has come and, when it has an expiry time, that time
 * has not passed; every other status (0 suspended, 2+ waiting, draft) is not public.
 */
export function articleStatus(row: { status?: unknown; publtime?: unknown; exptime?: unknown }, nowSeconds: number): ArticleStatus {
  if (Number(row.status) !== 1) return 'pending';
  if (Number(row.publtime) > nowSeconds) return 'scheduled';
  if (Number(row.exptime) > 0 && Number(row.exptime) <= nowSeconds) return 'expired';
  return 'published';
}

/** Unix seconds → ISO instant (NukeViet stores instants; the zone matters only for calendar dates). */
export const instant = (seconds: number): string | null => (Number(seconds) > 0 ? new Date(Number(seconds) * 1000).toISOString() : null);

const dateFormat = new Intl.DateTimeFormat('en-CA', { timeZone: OLD_SITE_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
/** Unix seconds → the calendar date it was at the old site (YYYY-MM-DD). */
export const calendarDate = (seconds: number): string | null => (Number(seconds) > 0 ? dateFormat.format(new Date(Number(seconds) * 1000)) : null);

/** Text as stored: Unicode NFC (some old editors typed decomposed Vietnamese), trimmed. */
export const nfc = (value: unknown): string => String(value ?? '').normalize('NFC').trim();

/** A NukeViet alias as a slug: lowercase ASCII words joined by hyphens. */
export function slugOfAlias(alias: string): string {
  return nfc(alias)
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 180);
}

export type ParsedNumber = { ok: true; value: DocumentNumber } | { ok: false; error: string };
export const parseNumber = (code: string): ParsedNumber => parseDocumentNumber(nfc(code));

/** Comma-separated ids (listcatid, replacement, relatement). */
export const idList = (value: unknown): number[] =>
  String(value ?? '')
    .split(',')
    .map((part) => Number(part.trim()))
    .filter((id) => Number.isInteger(id) && id > 0);

export interface OldUrlOptions {
  lang: string;
  newsModule: string;
  lawsModule: string;
}

/**
 * Every address NukeViet 4 served an entry at: the rewritten form (with and without the language segment, which
 * appears when a site runs several languages) and the plain index.php form.
 */
function forms(options: OldUrlOptions, module: string, op: string, rewritten: string): string[] {
  const q = `/index.php?language=${options.lang}&nv=${module}${op ? `&op=${op}` : ''}`;
  return [`/${module}/${rewritten}`, `/${options.lang}/${module}/${rewritten}`, q];
}

export const oldArticleUrls = (o: OldUrlOptions, categoryAliases: string[], alias: string, id: number): string[] =>
  categoryAliases.flatMap((cat) => forms(o, o.newsModule, `${cat}/${alias}-${id}`, `${cat}/${alias}-${id}.html`));
export const oldCategoryUrls = (o: OldUrlOptions, alias: string): string[] => forms(o, o.newsModule, alias, `${alias}/`);
export const oldTagUrls = (o: OldUrlOptions, alias: string): string[] => forms(o, o.newsModule, `tag/${alias}`, `tag/${alias}`);
export const oldLawUrls = (o: OldUrlOptions, alias: string): string[] => forms(o, o.lawsModule, `detail/${alias}`, `detail/${alias}.html`);
export const oldModuleUrls = (o: OldUrlOptions, module: string): string[] => forms(o, module, '', '');

/**
 * The NukeViet article a link points at, when it is one: `/news/<cat>/<alias>-<id>.html` (any host, optional
 * language segment) or `index.php?…nv=news&op=<cat>/<alias>-<id>`. The caller checks the alias and id against the
 * imported rows, so a link to another site with the same shape is not rewritten.
 */
export function linkedArticle(href: string, o: OldUrlOptions): { alias: string; id: number } | null {
  let url: URL;
  try {
    url = new URL(href.replace(/&amp;/g, '&'), 'http://old-site.invalid/');
  } catch {
    return null;
  }
  const op = url.searchParams.get('nv') === o.newsModule ? url.searchParams.get('op') : null;
  const path = op !== null ? `/${o.newsModule}/${op}.html` : url.pathname.replace(new RegExp(`^/${o.lang}/`), '/');
  const match = new RegExp(`^/${o.newsModule}/[^/]+/([a-z0-9-]+)-(\\d+)\\.html$`, 'i').exec(path);
  return match ? { alias: match[1]!, id: Number(match[2]) } : null;
}
