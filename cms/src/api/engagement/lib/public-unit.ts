import type { Core } from '@strapi/strapi';
import { UNIT_TYPE } from '../../../units/scoped-types';
import { defaultUnitDocumentId } from '../../../units/unit-access';
import { siteUrl } from './config';
import type { Context } from './koa';
import { fieldError, type FieldError } from './messages';

/** A unit as the public routes need it: who receives the request or vote, and where its site lives. */
export interface PublicUnit {
  documentId: string;
  slug: string;
  name: string;
  hostname: string | null;
  pathPrefix: string | null;
}

export const PUBLIC_UNIT_MESSAGES = {
  unknown: (slug: string) => `Không tìm thấy đơn vị “${slug}” trên cổng thông tin. Vui lòng gửi từ trang của đơn vị.`,
  archived: (name: string) => `Đơn vị “${name}” đã giải thể, không còn tiếp nhận qua cổng thông tin này.`,
  undetermined: 'Không xác định được đơn vị nhận. Vui lòng gửi từ trang thông tin của đơn vị.',
} as const;

export const PUBLIC_UNIT_ERROR_CODES = { unknown: 'don-vi-khong-ton-tai', archived: 'don-vi-da-giai-the', undetermined: 'khong-ro-don-vi' } as const;

const FIELDS = ['documentId', 'slug', 'name', 'hostname', 'pathPrefix', 'state'];
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

type UnitRow = PublicUnit & { state: string };

/** The page the visitor was on, when the browser said (Origin has no path; Referer has both). */
function pageOf(ctx: Context): URL | null {
  for (const header of ['referer', 'origin']) {
    const value = ctx.get(header);
    if (!value) continue;
    try {
      return new URL(value);
    } catch {
      // not a URL: try the next header
    }
  }
  return null;
}

/** The unit without a hostname with the longest path prefix the page is under (served on the shared host), or null. */
async function prefixedUnitOfPage(strapi: Core.Strapi, page: URL): Promise<UnitRow | null> {
  const prefixed: UnitRow[] = await strapi.db.query(UNIT_TYPE as never).findMany({ where: { pathPrefix: { $notNull: true }, hostname: { $null: true } }, select: FIELDS });
  const under = prefixed
    .filter((unit) => unit.pathPrefix && page.pathname.startsWith(unit.pathPrefix))
    .sort((a, b) => (b.pathPrefix?.length ?? 0) - (a.pathPrefix?.length ?? 0));
  return under[0] ?? null;
}

/**
 * The unit whose site the visitor's page belongs to: the longest path prefix the page is under (a unit served on the
 * shared host, which is another unit's hostname), else its hostname.
 */
async function unitOfPage(strapi: Core.Strapi, page: URL): Promise<UnitRow | null> {
  return (
    (await prefixedUnitOfPage(strapi, page)) ??
    ((await strapi.db.query(UNIT_TYPE as never).findOne({ where: { hostname: page.hostname.toLowerCase() }, select: FIELDS })) as UnitRow | null)
  );
}

/** The path prefix of the site the visitor's page (Referer) is on: a prefixed unit's, else `/`. */
export async function pageSiteBase(strapi: Core.Strapi, ctx: Context): Promise<string> {
  const page = pageOf(ctx);
  return (page && (await prefixedUnitOfPage(strapi, page))?.pathPrefix) || '/';
}

/**
 * The unit a public submission (information request, satisfaction vote) is for: the unit slug the page's form sends
 * (`unit`), else the unit whose address the page is at (Referer/Origin: hostname or path prefix), else the platform's
 * default unit (a single-unit install). An unknown or archived unit is a Vietnamese field error, and nothing is stored.
 */
export async function resolvePublicUnit(strapi: Core.Strapi, ctx: Context, slug: string | undefined): Promise<{ unit?: PublicUnit; errors: FieldError[] }> {
  const named = (slug ?? '').trim();
  let unit: UnitRow | null = null;
  if (named !== '') {
    unit = SLUG.test(named) ? await strapi.db.query(UNIT_TYPE as never).findOne({ where: { slug: named }, select: FIELDS }) : null;
    if (!unit) return { errors: [fieldError('unit', PUBLIC_UNIT_ERROR_CODES.unknown, PUBLIC_UNIT_MESSAGES.unknown(named.slice(0, 100)))] };
  } else {
    const page = pageOf(ctx);
    if (page) unit = await unitOfPage(strapi, page);
    if (!unit) {
      const documentId = await defaultUnitDocumentId(strapi);
      unit = documentId ? await strapi.db.query(UNIT_TYPE as never).findOne({ where: { documentId }, select: FIELDS }) : null;
    }
    if (!unit) return { errors: [fieldError('unit', PUBLIC_UNIT_ERROR_CODES.undetermined, PUBLIC_UNIT_MESSAGES.undetermined)] };
  }
  if (unit.state === 'archived') return { errors: [fieldError('unit', PUBLIC_UNIT_ERROR_CODES.archived, PUBLIC_UNIT_MESSAGES.archived(unit.name))] };
  const { state: _state, ...rest } = unit;
  return { unit: rest, errors: [] };
}

/**
 * The base URL of a unit's site, without a trailing slash: its own hostname (with the site's scheme), else the
 * platform site (SITE_URL) under the unit's path prefix.
 */
export function unitSiteUrl(unit: PublicUnit): string {
  const site = new URL(`${siteUrl()}/`);
  const base = unit.hostname ? `${site.protocol}//${unit.hostname}` : siteUrl();
  const prefix = (unit.pathPrefix ?? '').replace(/\/+$/, '');
  return `${base}${prefix}`;
}
