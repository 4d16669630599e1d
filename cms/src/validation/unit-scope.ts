import { createRequire } from 'node:module';
import type { Core } from '@strapi/strapi';
import { documentIdsOf, relationChange, type RelationRef } from '../units/relation-input';
import { isUnitScoped, ONE_PER_UNIT_TYPES, UNIT_TYPE } from '../units/scoped-types';
import { currentActor, impliedUnit } from '../units/unit-access';
import { fieldValidationError } from './field-errors';
import type { Row } from './stored-values';

const strapiRequire = createRequire(require.resolve('@strapi/strapi'));
const { errors } = strapiRequire('@strapi/utils') as { errors: { PolicyError: new (message: string) => Error } };

export const UNIT_MESSAGES = {
  missing: 'Chọn đơn vị của mục này: mỗi nội dung thuộc đúng một đơn vị (Tỉnh ủy, xã, phường…).',
  emptied: 'Không được bỏ trống đơn vị: mỗi nội dung thuộc đúng một đơn vị.',
  otherUnit: 'Bạn chỉ được thao tác trên nội dung của đơn vị mình.',
  move: 'Bạn không được chuyển nội dung sang đơn vị khác.',
  linkOtherUnit: 'Không được liên kết tới nội dung của đơn vị khác.',
  unitsPlatformOnly: 'Chỉ quản trị nền tảng mới được tạo hoặc xóa đơn vị.',
  archived: 'Đơn vị này đã giải thể: nội dung lưu trữ chỉ quản trị nền tảng mới được thay đổi.',
} as const;

// A 403 that keeps its message: Strapi's route wrapper turns any other ForbiddenError into a bare "Forbidden".
const forbidden = (message: string) => new errors.PolicyError(message);
const CHECKED_ACTIONS = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft', 'clone']);

type Attributes = Record<string, { type: string; relation?: string; target?: string; component?: string; components?: string[] }>;

/** Relation targets of unit-scoped types the input names, anywhere in the entry (components and zones included). */
function linkedRefs(strapi: Core.Strapi, attributes: Attributes, data: Row, found: Map<string, RelationRef[]>): void {
  for (const [name, attribute] of Object.entries(attributes)) {
    const value = data[name];
    if (value === undefined || value === null || name === 'unit') continue;
    if (attribute.type === 'relation' && attribute.target && isUnitScoped(attribute.target)) {
      const change = relationChange(value, /ToOne$/.test(attribute.relation ?? ''));
      if (change.kind !== 'unchanged') found.set(attribute.target, [...(found.get(attribute.target) ?? []), ...change.refs]);
    } else if (attribute.type === 'component' && attribute.component) {
      const schema = strapi.components[attribute.component as never] as { attributes: Attributes } | undefined;
      for (const item of Array.isArray(value) ? value : [value]) if (schema && item && typeof item === 'object') linkedRefs(strapi, schema.attributes, item as Row, found);
    } else if (attribute.type === 'dynamiczone' && Array.isArray(value)) {
      for (const item of value as Row[]) {
        const schema = strapi.components[item?.__component as never] as { attributes: Attributes } | undefined;
        if (schema) linkedRefs(strapi, schema.attributes, item, found);
      }
    }
  }
}

/** documentIds of the units the given entries belong to. */
async function unitsOfEntries(strapi: Core.Strapi, uid: string, where: Row): Promise<Array<string | null>> {
  const rows: Array<{ unit?: { documentId: string } | null }> = await strapi.db
    .query(uid as never)
    .findMany({ where, select: ['id'], populate: { unit: { select: ['documentId'] } } });
  return rows.map((row) => row.unit?.documentId ?? null);
}

async function assertLinksInUnits(strapi: Core.Strapi, attributes: Attributes, data: Row, allowed: ReadonlySet<string>): Promise<void> {
  const found = new Map<string, RelationRef[]>();
  linkedRefs(strapi, attributes, data, found);
  for (const [target, refs] of found) {
    const documentIds = await documentIdsOf(strapi, target, refs);
    if (documentIds.length === 0) continue;
    const units = await unitsOfEntries(strapi, target, { documentId: { $in: documentIds } });
    if (units.some((unit) => unit === null || !allowed.has(unit))) throw forbidden(UNIT_MESSAGES.linkOtherUnit);
  }
}

/** The unit the input sets (a documentId), null when it empties it, undefined when it leaves it alone. */
async function unitInput(strapi: Core.Strapi, data: Row | undefined): Promise<string | null | undefined> {
  const change = relationChange(data?.unit, true);
  if (change.kind === 'unchanged') return undefined;
  const [unit] = await documentIdsOf(strapi, UNIT_TYPE, change.refs);
  return unit ?? null;
}

/** A unit has one English page, one Tiếp cận thông tin section, one profile: a second one is refused. */
async function assertOnePerUnit(strapi: Core.Strapi, uid: string, unit: string, documentId: string | undefined): Promise<void> {
  const typeName = ONE_PER_UNIT_TYPES[uid];
  if (typeName === undefined) return;
  const other: Row | null = await strapi.db.query(uid as never).findOne({
    where: { unitDocumentId: unit, ...(documentId === undefined ? {} : { documentId: { $ne: documentId } }) },
    select: ['documentId'],
  });
  if (other === null) return;
  const owner: Row | null = await strapi.db.query(UNIT_TYPE as never).findOne({ where: { documentId: unit }, select: ['name'] });
  throw fieldValidationError([
    {
      path: ['unit'],
      message: `Đơn vị “${String(owner?.name ?? unit)}” đã có mục “${typeName}”: mỗi đơn vị chỉ có một. Hãy sửa mục đã có thay vì tạo mục mới.`,
    },
  ]);
}

/** Whether any of the given units is archived (a dissolved unit's site is a frozen archive). */
async function anyArchived(strapi: Core.Strapi, units: ReadonlyArray<string | null | undefined>): Promise<boolean> {
  const documentIds = units.filter((unit): unit is string => typeof unit === 'string');
  if (documentIds.length === 0) return false;
  return (await strapi.db.query(UNIT_TYPE as never).count({ where: { documentId: { $in: documentIds }, state: 'archived' } })) > 0;
}

async function scopeEntryWrite(strapi: Core.Strapi, uid: string, action: string, params: { data?: Row; documentId?: string }, attributes: Attributes) {
  const actor = await currentActor(strapi);
  const confined = actor.kind === 'unit-user';
  const stored = params.documentId ? await unitsOfEntries(strapi, uid, { documentId: params.documentId }) : [];
  if (confined && stored.some((unit) => unit === null || !actor.units.has(unit))) throw forbidden(UNIT_MESSAGES.otherUnit);
  // An archive's content is changed by a platform administrator only (imports, corrections), whatever the route.
  if (confined && (await anyArchived(strapi, stored))) throw forbidden(UNIT_MESSAGES.archived);
  if (action !== 'create' && action !== 'update' && action !== 'clone') return;

  const data = params.data ?? {};
  delete data.unitDocumentId; // kept by this middleware only, from the relation
  const requested = await unitInput(strapi, data);
  const isNew = action === 'create' || (action === 'update' && stored.length === 0);
  if (requested === null && !(isNew && data.unit === null)) {
    throw fieldValidationError([{ path: ['unit'], message: UNIT_MESSAGES.emptied }]);
  }
  let unit = requested ?? undefined;
  if (unit === undefined && isNew) {
    unit = (await impliedUnit(strapi, actor)) ?? undefined;
    if (unit === undefined) throw fieldValidationError([{ path: ['unit'], message: UNIT_MESSAGES.missing }]);
    data.unit = unit;
    params.data = data;
  }
  if (confined && unit !== undefined && !actor.units.has(unit)) {
    throw forbidden(stored.length > 0 ? UNIT_MESSAGES.move : UNIT_MESSAGES.otherUnit);
  }
  if (confined && unit !== undefined && (await anyArchived(strapi, [unit]))) throw forbidden(UNIT_MESSAGES.archived);
  if (unit !== undefined) {
    data.unitDocumentId = unit;
    params.data = data;
    await assertOnePerUnit(strapi, uid, unit, params.documentId);
  }
  if (confined) await assertLinksInUnits(strapi, attributes, data, actor.units);
}

async function scopeUnitWrite(strapi: Core.Strapi, action: string, documentId: string | undefined): Promise<void> {
  const actor = await currentActor(strapi);
  if (actor.kind !== 'unit-user') return;
  if (action === 'create' || action === 'delete' || action === 'clone') throw forbidden(UNIT_MESSAGES.unitsPlatformOnly);
  if (!documentId || !actor.units.has(documentId)) throw forbidden(UNIT_MESSAGES.otherUnit);
  if (await anyArchived(strapi, [documentId])) throw forbidden(UNIT_MESSAGES.archived);
}

/**
 * Every write of a unit-scoped entry names its unit and stays inside it: an entry without a unit takes the
 * writer's only unit (or the platform's only unit), else it is refused; an admin user who is not a platform
 * administrator writes, publishes and deletes only entries of their own units, cannot move one to another unit and
 * cannot link to another unit's entries; the entries of an archived (dissolved) unit, and the unit itself, are changed
 * by platform administrators only. Reads are confined by the RBAC conditions (unit-conditions.ts).
 */
export function registerUnitScope(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (!CHECKED_ACTIONS.has(context.action)) return next();
    const params = context.params as { data?: Row; documentId?: string };
    if (context.uid === UNIT_TYPE) await scopeUnitWrite(strapi, context.action, params.documentId);
    else if (isUnitScoped(context.uid)) {
      await scopeEntryWrite(strapi, context.uid, context.action, params, context.contentType.attributes as unknown as Attributes);
    }
    return next();
  });
}
