import type { Core } from '@strapi/strapi';
import { entryPath, parseDocumentNumber, slugSchema, slugify } from '@portal/shared-types';
import { isUnitScoped } from '../units/scoped-types';
import { fieldValidationError } from './field-errors';
import { numberingPeriod } from './rules/legal-document-rule';
import { isoDateOf, textOf, type Row } from './stored-values';

type SlugSource = (data: Row) => string | null;

const field =
  (name: string): SlugSource =>
  (data) =>
    textOf(data[name]);

/** A document's slug is its number plus the numbering period: "215-kl-tu-2020-2025", "30-2020-nd-cp". */
const documentSlugSource: SlugSource = (data) => {
  const parsed = parseDocumentNumber(textOf(data.rawNumber) ?? '');
  if (!parsed.ok) return null;
  const period = parsed.value.year === null ? numberingPeriod(parsed.value, textOf(data.term), isoDateOf(data.issuedDate)) : null;
  return period === null ? parsed.value.normalized : `${parsed.value.normalized} ${period}`;
};

/** What each type's slug is made from when an editor leaves it empty. */
export const SLUG_SOURCES: Readonly<Record<string, SlugSource>> = {
  'api::article.article': field('title'),
  'api::category.category': field('name'),
  'api::tag.tag': field('name'),
  'api::page.page': field('title'),
  'api::organisation.organisation': field('name'),
  'api::person.person': field('fullName'),
  'api::legal-document.legal-document': documentSlugSource,
  'api::congress.congress': field('title'),
  'api::indicator.indicator': field('name'),
  'api::kpi-report.kpi-report': field('title'),
  'api::schedule.schedule': field('title'),
  'api::unit.unit': field('name'),
};

const REDIRECT = 'api::redirect.redirect';

/**
 * Where a slug must be unique: within the entry's unit for unit-scoped types (two units may both publish
 * `/tin-tuc/khai-mac/` on their own sites), across the platform for the shared ones (tags, organisations, people).
 * `unit` is the entry's unit documentId (null for a platform-wide type).
 */
type SlugScope = { unit: string | null };

const unitFilter = (scope: SlugScope): Row => (scope.unit === null ? {} : { unitDocumentId: scope.unit });

/** Whether another document of the type (of the same unit) has this slug (in any version). */
async function slugTaken(strapi: Core.Strapi, uid: string, slug: string, documentId: string | undefined, scope: SlugScope): Promise<boolean> {
  const taken = await strapi.db.query(uid as never).findOne({
    select: ['documentId'],
    where: { slug, ...unitFilter(scope), ...(documentId === undefined ? {} : { documentId: { $ne: documentId } }) },
  });
  return taken !== null;
}

/** The redirect or gone record of another entry at the address this slug would give (in the unit's map), if any. */
async function recordOfAnother(strapi: Core.Strapi, uid: string, slug: string, documentId: string | undefined, scope: SlugScope): Promise<Row | null> {
  const path = entryPath(uid, slug);
  if (path === null) return null;
  const record: Row | null = await strapi.db.query(REDIRECT).findOne({ where: { fromPath: path, fromHost: { $null: true }, ...unitFilter(scope) } });
  if (record === null || (documentId !== undefined && record.entryDocumentId === documentId)) return null;
  return record;
}

/**
 * The slug itself when no other document has it and no redirect or gone record holds its address, else the first
 * free `<slug>-2`, `<slug>-3`…
 */
async function freeSlug(strapi: Core.Strapi, uid: string, slug: string, documentId: string | undefined, scope: SlugScope): Promise<string> {
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? slug : `${slug}-${n}`;
    if (!(await slugTaken(strapi, uid, candidate, documentId, scope)) && (await recordOfAnother(strapi, uid, candidate, documentId, scope)) === null) {
      return candidate;
    }
  }
}

/** The version an update writes to: the draft of a draft-and-publish type, the only version otherwise. */
async function storedVersion(strapi: Core.Strapi, uid: string, documentId: string): Promise<Row | null> {
  const versions: Row[] = await strapi.db.query(uid as never).findMany({ where: { documentId } });
  return versions.find((version) => version.publishedAt === null) ?? versions[0] ?? null;
}

/** Types whose URL is made from an official identifier: correcting it (a document's number) corrects the URL. */
const SLUG_FOLLOWS_SOURCE = new Set(['api::legal-document.legal-document']);

/** Types whose own rules report a taken slug, together with their other unique fields (a unit names the unit). */
const UNIQUENESS_CHECKED_ELSEWHERE = new Set(['api::unit.unit']);

/** Why an explicit slug cannot be saved, in Vietnamese for the editor; null when it can. */
async function slugProblem(strapi: Core.Strapi, uid: string, slug: string, documentId: string | undefined, scope: SlugScope): Promise<string | null> {
  if (!slugSchema.safeParse(slug).success) {
    return `Đường dẫn “${slug}” không hợp lệ: chỉ gồm chữ thường không dấu, chữ số và dấu “-” (không ở đầu, cuối hay liền nhau), ví dụ “hoi-nghi-tong-ket-nam-2024”.`;
  }
  if (!UNIQUENESS_CHECKED_ELSEWHERE.has(uid) && (await slugTaken(strapi, uid, slug, documentId, scope))) {
    return scope.unit === null
      ? `Đường dẫn “${slug}” đã được dùng cho một nội dung khác cùng loại. Hãy chọn đường dẫn khác.`
      : `Đường dẫn “${slug}” đã được dùng cho một nội dung khác cùng loại của đơn vị này. Hãy chọn đường dẫn khác.`;
  }
  const record = await recordOfAnother(strapi, uid, slug, documentId, scope);
  if (record !== null && textOf(record.toPath) !== null) {
    return (
      `Đường dẫn “${slug}” vẫn đang được dùng: địa chỉ cũ “${String(record.fromPath)}” chuyển hướng sang “${String(record.toPath)}”. ` +
      'Hãy chọn đường dẫn khác, hoặc xóa bản ghi đó trong mục “Chuyển hướng địa chỉ” nếu chắc chắn muốn dùng lại địa chỉ này.'
    );
  }
  return null;
}

/**
 * Stable slugs (issue 25), for every writer — admin, content-manager and REST routes, importers and the seed alike:
 * a slug is generated once, with the shared Vietnamese slugify (đ → d), when an entry is created without one; an
 * update that does not name a slug (absent or empty) keeps the stored one, whatever else changed. A slug the editor
 * names is checked: its shape, no other entry's slug (of the same unit, for unit-scoped types), no address a redirect
 * of the unit still uses. A legal document's slug made
 * from its number follows a correction of the number (the old address then redirects, see src/urls/).
 */
export function registerSlugFromTitle(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const source = SLUG_SOURCES[context.uid];
    if (!source || (context.action !== 'create' && context.action !== 'update')) return next();
    const params = context.params as { data?: Row; documentId?: string };
    const data = params.data;
    if (!data) return next();
    const documentId = context.action === 'update' ? params.documentId : undefined;
    const stored = documentId === undefined ? null : await storedVersion(strapi, context.uid, documentId);
    const storedSlug = textOf(stored?.slug);
    const named = textOf(data.slug);
    // The unit-scope middleware (registered before this one) has put the entry's unit in unitDocumentId.
    const scope: SlugScope = { unit: isUnitScoped(context.uid) ? (textOf(data.unitDocumentId) ?? textOf(stored?.unitDocumentId)) : null };

    if (named !== null && named !== storedSlug) {
      const problem = await slugProblem(strapi, context.uid, named, documentId, scope);
      if (problem !== null) throw fieldValidationError([{ path: ['slug'], message: problem }]);
      return next();
    }
    if (storedSlug === null) {
      // Created without a slug (or stored without one): generate it, once.
      const text = source({ ...(stored ?? {}), ...data });
      if (text !== null) data.slug = await freeSlug(strapi, context.uid, slugify(text), documentId, scope);
      return next();
    }
    const sourceOf = (row: Row) => source(row);
    const before = sourceOf(stored!);
    const after = sourceOf({ ...stored!, ...data });
    if (SLUG_FOLLOWS_SOURCE.has(context.uid) && before !== null && after !== null && storedSlug === slugify(before) && before !== after) {
      data.slug = await freeSlug(strapi, context.uid, slugify(after), documentId, scope);
    } else if ('slug' in data) {
      // The admin sends every field: an emptied slug field keeps the stored slug rather than clearing it.
      data.slug = storedSlug;
    }
    return next();
  });
}
