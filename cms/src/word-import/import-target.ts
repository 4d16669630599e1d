import type { Core } from '@strapi/strapi';
import { UNIT_TYPE } from '../units/scoped-types';

export const ARTICLE = 'api::article.article';
const CATEGORY = 'api::category.category';

export interface AdminUser {
  id: number;
}

/** What the content manager's permission checker answers for articles (see admin-auth.ts's requireAdminPermission). */
export interface ArticleChecker {
  can: { create(entity?: object): boolean; update(entity?: object): boolean };
}

export const articleChecker = (strapi: Core.Strapi, ability: unknown): ArticleChecker =>
  strapi.plugin('content-manager').service('permission-checker').create({ userAbility: ability, model: ARTICLE });

export interface ImportUnit {
  documentId: string;
  slug: string;
  name: string;
}

export type TargetResult =
  | { unit: ImportUnit; categoryId: string | null }
  | { status: number; code: string; message: string; units?: ImportUnit[] };

/**
 * The units this admin user may create articles in, as the RBAC of the content manager decides for a new entry of
 * that unit made by them (an editor: their own units; the platform administrator: every unit).
 */
export async function writableUnits(strapi: Core.Strapi, checker: ArticleChecker, user: AdminUser): Promise<ImportUnit[]> {
  const units: ImportUnit[] = await strapi.db
    .query(UNIT_TYPE as never)
    .findMany({ select: ['documentId', 'slug', 'name'], orderBy: { id: 'asc' } } as never);
  return units.filter((unit) => checker.can.create({ unitDocumentId: unit.documentId, createdBy: { id: user.id } }));
}

/**
 * The import's unit — the one asked for (slug or documentId), else the user's only writable unit — and category (slug
 * or documentId, of that unit). An error answer when the unit is unknown, not the user's, or must be chosen.
 */
export async function resolveTarget(
  strapi: Core.Strapi,
  checker: ArticleChecker,
  user: AdminUser,
  asked: { unit?: string; category?: string },
): Promise<TargetResult> {
  const units = await writableUnits(strapi, checker, user);
  let unit: ImportUnit | undefined;
  if (asked.unit) {
    const found: ImportUnit | null = await strapi.db
      .query(UNIT_TYPE as never)
      .findOne({ where: { $or: [{ slug: asked.unit }, { documentId: asked.unit }] }, select: ['documentId', 'slug', 'name'] } as never);
    if (!found) return { status: 404, code: 'unknown-unit', message: `Không tìm thấy đơn vị "${asked.unit}" trong CMS.` };
    unit = units.find((candidate) => candidate.documentId === found.documentId);
    if (!unit) return { status: 403, code: 'unit-forbidden', message: `Bạn không có quyền tạo bài viết cho đơn vị "${found.name}".` };
  } else if (units.length === 1) {
    unit = units[0]!;
  } else if (units.length === 0) {
    return { status: 403, code: 'unit-forbidden', message: 'Bạn không có quyền tạo bài viết cho đơn vị nào.' };
  } else {
    return { status: 400, code: 'unit-required', message: 'Hãy chọn đơn vị nhận bài viết.', units };
  }
  if (!asked.category) return { unit, categoryId: null };
  const category: { documentId: string } | null = await strapi.db.query(CATEGORY as never).findOne({
    where: { $or: [{ slug: asked.category }, { documentId: asked.category }], unitDocumentId: unit.documentId },
    select: ['documentId'],
  } as never);
  if (!category) return { status: 404, code: 'unknown-category', message: `Không tìm thấy chuyên mục "${asked.category}" trong CMS.` };
  return { unit, categoryId: category.documentId };
}
