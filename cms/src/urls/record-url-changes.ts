import type { Core } from '@strapi/strapi';
import {
  URL_CONTENT_TYPES,
  entryPath,
  recordGone,
  recordLive,
  recordMove,
  resolveRedirectTarget,
  sitePathSchema,
  type UrlRecord,
} from '@portal/shared-types';
import { fieldValidationError } from '../validation/field-errors';
import { textOf, type Row } from '../validation/stored-values';

const REDIRECT = 'api::redirect.redirect';

/** Actions that can change which address a document is published at. */
const URL_ACTIONS = new Set(['create', 'update', 'publish', 'unpublish', 'delete', 'discardDraft']);

const REASONS = {
  moved: 'Đổi đường dẫn',
  gone: 'Gỡ xuất bản hoặc xóa',
} as const;

/** The address a document is published at now, or null when it has no published version. */
async function livePath(strapi: Core.Strapi, uid: string, draftAndPublish: boolean, documentId: string): Promise<string | null> {
  const row: Row | null = await strapi.db.query(uid as never).findOne({
    select: ['slug'],
    where: { documentId, ...(draftAndPublish ? { publishedAt: { $notNull: true } } : {}) },
  });
  const slug = textOf(row?.slug);
  return slug === null ? null : entryPath(uid, slug);
}

interface StoredRecord extends UrlRecord {
  id: number;
}

/** The records a change at these addresses can touch: at them, leading to them, or of this entry. */
async function relatedRecords(strapi: Core.Strapi, paths: readonly string[], entry: string): Promise<StoredRecord[]> {
  const rows: Row[] = await strapi.db.query(REDIRECT).findMany({
    where: { $or: [{ fromPath: { $in: paths } }, { toPath: { $in: paths } }, { entryDocumentId: entry }] },
  });
  return rows.map((row) => ({
    id: Number(row.id),
    fromPath: String(row.fromPath),
    toPath: textOf(row.toPath),
    entry: textOf(row.entryDocumentId),
  }));
}

/** Writes the difference between the records before and after a change (matched by fromPath). */
async function writeRecords(strapi: Core.Strapi, before: readonly StoredRecord[], after: readonly UrlRecord[], uid: string, reason: string): Promise<void> {
  const next = new Map(after.map((record) => [record.fromPath, record]));
  for (const record of before) {
    const kept = next.get(record.fromPath);
    if (kept === undefined) await strapi.db.query(REDIRECT).delete({ where: { id: record.id } });
    else if (kept.toPath !== record.toPath) await strapi.db.query(REDIRECT).update({ where: { id: record.id }, data: { toPath: kept.toPath } });
    next.delete(record.fromPath);
  }
  for (const record of next.values()) {
    await strapi.db.query(REDIRECT).create({
      data: { fromPath: record.fromPath, toPath: record.toPath, reason, entryType: uid, entryDocumentId: record.entry ?? null },
    });
  }
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
      const before = params.documentId === undefined ? null : await livePath(strapi, context.uid, draftAndPublish, params.documentId);
      const result = await next();
      const documentId = params.documentId ?? (result as { documentId?: string } | null)?.documentId;
      if (documentId === undefined) return result;
      const after = await livePath(strapi, context.uid, draftAndPublish, documentId);
      if (before === after && after === null) return result;
      const paths = [before, after].filter((path): path is string => path !== null);
      const records = await relatedRecords(strapi, paths, documentId);
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
      await writeRecords(strapi, records, changed, context.uid, reason);
      return result;
    });
  });
}

/**
 * Records an administrator writes by hand: site paths only, never a loop, and a target that itself moved is
 * followed to where it ends (no chains). Nothing is saved otherwise.
 */
export function registerRedirectRules(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== REDIRECT || (context.action !== 'create' && context.action !== 'update')) return next();
    const params = context.params as { data?: Row; documentId?: string };
    const data = params.data;
    if (!data) return next();
    const stored: Row | null =
      params.documentId === undefined ? null : await strapi.db.query(REDIRECT).findOne({ where: { documentId: params.documentId } });
    const fromPath = 'fromPath' in data ? textOf(data.fromPath) : textOf(stored?.fromPath);
    const toPath = 'toPath' in data ? textOf(data.toPath) : textOf(stored?.toPath);
    const problems: Array<{ path: string[]; message: string }> = [];
    for (const [field, value] of [['fromPath', fromPath], ['toPath', toPath]] as const) {
      if (value === null) continue;
      const parsed = sitePathSchema.safeParse(value);
      if (!parsed.success) problems.push({ path: [field], message: parsed.error.issues[0]!.message });
    }
    if (problems.length > 0) throw fieldValidationError(problems);
    if (fromPath !== null && toPath !== null) {
      const rows: Row[] = await strapi.db.query(REDIRECT).findMany({ select: ['fromPath', 'toPath'] });
      const records = rows.map((row) => ({ fromPath: String(row.fromPath), toPath: textOf(row.toPath) }));
      const target = resolveRedirectTarget(records, fromPath, toPath);
      if (target === 'loop') {
        throw fieldValidationError([
          { path: ['toPath'], message: `Chuyển hướng “${fromPath}” → “${toPath}” tạo thành vòng lặp (địa chỉ mới lại dẫn về địa chỉ cũ). Không lưu.` },
        ]);
      }
      data.toPath = target;
      const result = await next();
      // Addresses that led to this one now lead where it does.
      await strapi.db.query(REDIRECT).updateMany({ where: { toPath: fromPath }, data: { toPath: target } });
      return result;
    }
    return next();
  });
}
