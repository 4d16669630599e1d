import type { Core } from '@strapi/strapi';
import {
  URL_CONTENT_TYPES,
  canonicalLegacyQueryPath,
  entryPath,
  isLegacyQueryPath,
  recordGone,
  recordLive,
  recordMove,
  redirectFromPathSchema,
  resolveRedirectTarget,
  sitePathSchema,
  type UrlRecord,
} from '@portal/shared-types';
import { hostnameProblem } from '@portal/shared-types';
import { isUnitScoped, UNIT_TYPE } from '../units/scoped-types';
import { fieldValidationError } from '../validation/field-errors';
import { textOf, type Row } from '../validation/stored-values';

const REDIRECT = 'api::redirect.redirect';

/**
 * Every record belongs to a unit (its site's redirect map) and holds paths relative to the unit's site: the site adds
 * the unit's path prefix or serves them on its hostname. Records of a unit's own address (entryType `api::unit.unit`,
 * written when its path prefix or hostname changes) hold absolute addresses instead: `fromHost` + `fromPath` (the old
 * prefix, `/` for none) → `toHost` + `toPath`; a host is null for the platform's shared host.
 */
interface UnitRef {
  id: number;
  documentId: string;
}

async function unitRefs(strapi: Core.Strapi, where: Row = {}): Promise<UnitRef[]> {
  const rows: Row[] = await strapi.db.query(UNIT_TYPE as never).findMany({ where, select: ['id', 'documentId'] });
  return rows.map((row) => ({ id: Number(row.id), documentId: String(row.documentId) }));
}

/** Actions that can change which address a document is published at. */
const URL_ACTIONS = new Set(['create', 'update', 'publish', 'unpublish', 'delete', 'discardDraft']);

const REASONS = {
  moved: 'Đổi đường dẫn',
  gone: 'Gỡ xuất bản hoặc xóa',
} as const;

interface LiveAddress {
  path: string;
  /** documentId of the unit whose site publishes it; null for a platform-wide type (every unit's site). */
  unit: string | null;
}

/** The address a document is published at now (with its unit), or null when it has no published version. */
async function liveAddress(strapi: Core.Strapi, uid: string, draftAndPublish: boolean, documentId: string): Promise<LiveAddress | null> {
  const scoped = isUnitScoped(uid);
  const row: Row | null = await strapi.db.query(uid as never).findOne({
    select: scoped ? ['slug', 'unitDocumentId'] : ['slug'],
    where: { documentId, ...(draftAndPublish ? { publishedAt: { $notNull: true } } : {}) },
  });
  const slug = textOf(row?.slug);
  const path = slug === null ? null : entryPath(uid, slug);
  return path === null ? null : { path, unit: scoped ? textOf(row?.unitDocumentId) : null };
}

interface StoredRecord extends UrlRecord {
  id: number;
}

/** The unit's records a change at these addresses can touch: at them, leading to them, or of this entry. */
async function relatedRecords(strapi: Core.Strapi, unit: UnitRef, paths: readonly string[], entry: string): Promise<StoredRecord[]> {
  const rows: Row[] = await strapi.db.query(REDIRECT).findMany({
    where: {
      unitDocumentId: unit.documentId,
      $and: [
        { $or: [{ entryType: { $null: true } }, { entryType: { $ne: UNIT_TYPE } }] },
        { $or: [{ fromPath: { $in: paths } }, { toPath: { $in: paths } }, { entryDocumentId: entry }] },
      ],
    },
  });
  return rows.map((row) => ({
    id: Number(row.id),
    fromPath: String(row.fromPath),
    toPath: textOf(row.toPath),
    entry: textOf(row.entryDocumentId),
  }));
}

/** Writes the difference between a unit's records before and after a change (matched by fromPath). */
async function writeRecords(
  strapi: Core.Strapi,
  unit: UnitRef,
  before: readonly StoredRecord[],
  after: readonly UrlRecord[],
  uid: string,
  reason: string,
): Promise<void> {
  const next = new Map(after.map((record) => [record.fromPath, record]));
  for (const record of before) {
    const kept = next.get(record.fromPath);
    if (kept === undefined) await strapi.db.query(REDIRECT).delete({ where: { id: record.id } });
    else if (kept.toPath !== record.toPath) await strapi.db.query(REDIRECT).update({ where: { id: record.id }, data: { toPath: kept.toPath } });
    next.delete(record.fromPath);
  }
  for (const record of next.values()) {
    await strapi.db.query(REDIRECT).create({
      data: {
        fromPath: record.fromPath,
        toPath: record.toPath,
        reason,
        entryType: uid,
        entryDocumentId: record.entry ?? null,
        unit: unit.id,
        unitDocumentId: unit.documentId,
      },
    });
  }
}

/** Applies one address change of an entry to one unit's records. */
async function recordChange(strapi: Core.Strapi, unit: UnitRef, uid: string, documentId: string, before: string | null, after: string | null): Promise<void> {
  if (before === after && after === null) return;
  const paths = [before, after].filter((path): path is string => path !== null);
  const records = await relatedRecords(strapi, unit, paths, documentId);
  let changed: UrlRecord[];
  let reason: string;
  if (before !== null && after !== null && before !== after) {
    changed = recordMove(records, before, after, documentId);
    reason = REASONS.moved;
  } else if (before !== null && after === null) {
    changed = recordGone(records, before, documentId);
    reason = REASONS.gone;
  } else {
    // Live (again) at the same or a new address: nothing may shadow it.
    changed = recordLive(records, after!, documentId);
    reason = REASONS.moved;
  }
  await writeRecords(strapi, unit, records, changed, uid, reason);
}

/**
 * Records every change of a published address, whoever made it (admin, REST, importers, seed): a slug change leaves a
 * 301 from the old address to the new one, unpublishing or deleting leaves a 410, publishing again takes the address
 * (and the entry's older addresses) back. Runs in the save's transaction, after the save, comparing the published
 * version before and after. Records are written with the query engine, so no editor middleware runs on them.
 */
export function registerUrlHistory(strapi: Core.Strapi): void {
  const types = new Set(URL_CONTENT_TYPES);
  strapi.documents.use(async (context, next) => {
    if (!types.has(context.uid) || !URL_ACTIONS.has(context.action)) return next();
    const params = context.params as { documentId?: string };
    const draftAndPublish = context.contentType.options?.draftAndPublish === true;
    return strapi.db.transaction(async () => {
      const before = params.documentId === undefined ? null : await liveAddress(strapi, context.uid, draftAndPublish, params.documentId);
      const result = await next();
      const documentId = params.documentId ?? (result as { documentId?: string } | null)?.documentId;
      if (documentId === undefined) return result;
      const after = await liveAddress(strapi, context.uid, draftAndPublish, documentId);
      if (before === null && after === null) return result;
      if (!isUnitScoped(context.uid)) {
        // A tag's or organisation's page is on every unit's site: each unit's map records the change.
        for (const unit of await unitRefs(strapi)) await recordChange(strapi, unit, context.uid, documentId, before?.path ?? null, after?.path ?? null);
        return result;
      }
      const units = new Map((await unitRefs(strapi, { documentId: { $in: [before?.unit, after?.unit].filter((unit) => unit) } })).map((unit) => [unit.documentId, unit]));
      const beforeUnit = before?.unit ? units.get(before.unit) : undefined;
      const afterUnit = after?.unit ? units.get(after.unit) : undefined;
      if (beforeUnit && afterUnit && beforeUnit.documentId !== afterUnit.documentId) {
        // Moved to another unit's site: gone from the old one, live on the new one.
        await recordChange(strapi, beforeUnit, context.uid, documentId, before!.path, null);
        await recordChange(strapi, afterUnit, context.uid, documentId, null, after!.path);
      } else {
        const unit = afterUnit ?? beforeUnit;
        if (unit) await recordChange(strapi, unit, context.uid, documentId, before?.path ?? null, after?.path ?? null);
      }
      return result;
    });
  });
}

/**
 * Records an administrator writes by hand (or an importer): site paths only — an old portal's query-string address
 * (`/index.php?language=…&nv=…&op=…`) as the old address too, stored in its one canonical form so that it is found
 * whatever order it was typed in —, never a loop, and a target that itself moved is followed to where it ends (no
 * chains). Nothing is saved otherwise.
 */
export function registerRedirectRules(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== REDIRECT || (context.action !== 'create' && context.action !== 'update')) return next();
    const params = context.params as { data?: Row; documentId?: string };
    const data = params.data;
    if (!data) return next();
    const stored: Row | null =
      params.documentId === undefined ? null : await strapi.db.query(REDIRECT).findOne({ where: { documentId: params.documentId } });
    if ('fromPath' in data) {
      const typed = textOf(data.fromPath);
      const canonical = typed !== null && isLegacyQueryPath(typed) ? canonicalLegacyQueryPath(typed) : null;
      if (canonical !== null) data.fromPath = canonical;
    }
    const fromPath = 'fromPath' in data ? textOf(data.fromPath) : textOf(stored?.fromPath);
    const toPath = 'toPath' in data ? textOf(data.toPath) : textOf(stored?.toPath);
    // The unit-scope middleware (registered before) has settled the record's unit.
    const unit = textOf(data.unitDocumentId) ?? textOf(stored?.unitDocumentId);
    const problems: Array<{ path: string[]; message: string }> = [];
    for (const [field, value, schema] of [
      ['fromPath', fromPath, redirectFromPathSchema],
      ['toPath', toPath, sitePathSchema],
    ] as const) {
      if (value === null) continue;
      const parsed = schema.safeParse(value);
      if (!parsed.success) problems.push({ path: [field], message: parsed.error.issues[0]!.message });
    }
    for (const field of ['fromHost', 'toHost'] as const) {
      if (!(field in data)) continue;
      const host = textOf(data[field]);
      if (host === null) data[field] = null;
      else if (hostnameProblem(host)) problems.push({ path: [field], message: hostnameProblem(host)! });
    }
    const fromHost = 'fromHost' in data ? textOf(data.fromHost) : textOf(stored?.fromHost);
    if (fromPath !== null && unit !== null) {
      const taken: Row | null = await strapi.db.query(REDIRECT).findOne({
        where: {
          fromPath,
          unitDocumentId: unit,
          fromHost: fromHost === null ? { $null: true } : fromHost,
          ...(params.documentId === undefined ? {} : { documentId: { $ne: params.documentId } }),
        },
        select: ['id'],
      });
      if (taken) problems.push({ path: ['fromPath'], message: `Địa chỉ “${fromPath}” đã có bản ghi chuyển hướng của đơn vị này; hãy sửa bản ghi đó.` });
    }
    if (problems.length > 0) throw fieldValidationError(problems);
    if (fromPath !== null && toPath !== null && fromHost === null) {
      // Loops and chains are a matter of one unit's map, followed record by record (redirects_unit_from_path_idx).
      const target = await resolveRedirectTarget(fromPath, toPath, async (path) => {
        const row: Row | null = await strapi.db.query(REDIRECT).findOne({ where: { unitDocumentId: unit, fromHost: { $null: true }, fromPath: path }, select: ['toPath'] });
        return row === null ? undefined : textOf(row.toPath);
      });
      if (target === 'loop') {
        throw fieldValidationError([
          { path: ['toPath'], message: `Chuyển hướng “${fromPath}” → “${toPath}” tạo thành vòng lặp (địa chỉ mới lại dẫn về địa chỉ cũ). Không lưu.` },
        ]);
      }
      data.toPath = target;
      const result = await next();
      // Addresses that led to this one now lead where it does.
      await strapi.db.query(REDIRECT).updateMany({ where: { toPath: fromPath, unitDocumentId: unit, toHost: { $null: true } }, data: { toPath: target } });
      return result;
    }
    return next();
  });
}

/** Where a unit's site lives: its hostname (null: the platform's shared host) and path prefix (`/` for none). */
interface UnitAddress {
  host: string | null;
  path: string;
}

const UNIT_REASON = 'Đổi tên miền hoặc tiền tố đường dẫn của đơn vị';
/** One key per address, so that the shared chain rules (recordMove) apply to unit addresses too. */
const addressKey = (address: UnitAddress): string => `${address.host ?? ''}${address.path}`;

function unitAddressOf(row: Row | null): UnitAddress | null {
  if (!row) return null;
  return { host: textOf(row.hostname), path: textOf(row.pathPrefix) ?? '/' };
}

/**
 * A unit whose path prefix or hostname changes keeps answering at its old address: a record of the unit's own
 * address (old host + prefix → new host + prefix, every path under it following), chains collapsed and loops
 * impossible as for entries (the unit's address is never the old address of one of its records).
 */
export function registerUnitAddressHistory(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== UNIT_TYPE || context.action !== 'update') return next();
    const params = context.params as { documentId?: string };
    if (params.documentId === undefined) return next();
    const documentId = params.documentId;
    return strapi.db.transaction(async () => {
      const read = async () => strapi.db.query(UNIT_TYPE as never).findOne({ where: { documentId }, select: ['id', 'hostname', 'pathPrefix'] }) as Promise<Row | null>;
      const beforeRow = await read();
      const result = await next();
      const afterRow = await read();
      const before = unitAddressOf(beforeRow);
      const after = unitAddressOf(afterRow);
      if (!before || !after || addressKey(before) === addressKey(after)) return result;
      const unit: UnitRef = { id: Number(afterRow!.id), documentId };
      const rows: Row[] = await strapi.db.query(REDIRECT).findMany({ where: { unitDocumentId: documentId, entryType: UNIT_TYPE } });
      const addresses = new Map<string, UnitAddress>([
        [addressKey(before), before],
        [addressKey(after), after],
      ]);
      const stored = rows.map((row) => {
        const from = { host: textOf(row.fromHost), path: String(row.fromPath) };
        const to = { host: textOf(row.toHost), path: textOf(row.toPath) ?? '/' };
        addresses.set(addressKey(from), from);
        addresses.set(addressKey(to), to);
        return { id: Number(row.id), fromPath: addressKey(from), toPath: addressKey(to), entry: documentId };
      });
      const changed = recordMove(stored, addressKey(before), addressKey(after), documentId);
      const wanted = new Map(changed.map((record) => [record.fromPath, record]));
      for (const record of stored) {
        const kept = wanted.get(record.fromPath);
        if (kept === undefined) await strapi.db.query(REDIRECT).delete({ where: { id: record.id } });
        else if (kept.toPath !== record.toPath) {
          const to = addresses.get(kept.toPath!)!;
          await strapi.db.query(REDIRECT).update({ where: { id: record.id }, data: { toHost: to.host, toPath: to.path } });
        }
        wanted.delete(record.fromPath);
      }
      for (const record of wanted.values()) {
        const from = addresses.get(record.fromPath)!;
        const to = addresses.get(record.toPath!)!;
        await strapi.db.query(REDIRECT).create({
          data: {
            fromHost: from.host,
            fromPath: from.path,
            toHost: to.host,
            toPath: to.path,
            reason: UNIT_REASON,
            entryType: UNIT_TYPE,
            entryDocumentId: documentId,
            unit: unit.id,
            unitDocumentId: documentId,
          },
        });
      }
      return result;
    });
  });
}
