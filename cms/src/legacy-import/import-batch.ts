import type { ImportBatchEntry, ImportBatchWritten } from '@portal/shared-types';
import type { Core } from '@strapi/strapi';
import { isUnitScoped, UNIT_TYPE } from '../units/scoped-types';
import { isPlatformAdmin } from '../units/unit-access';

/** The content types a legacy import writes (import:nukeviet): its entries carry `legacyId` and `importDigest`. */
export const IMPORT_TYPES: ReadonlySet<string> = new Set([
  'api::article.article',
  'api::category.category',
  'api::tag.tag',
  'api::legal-document.legal-document',
  'api::redirect.redirect',
]);
export const MAX_BATCH = 500;

export interface BatchRequest {
  type: string;
  /** slug or documentId of the unit every entry belongs to (unit-scoped types). */
  unit?: string;
  entries: ImportBatchEntry[];
}

/** A refusal for the operator (English), naming the entry at fault; nothing of the batch is written. */
export class BatchRefusal extends Error {
  readonly status: number;
  readonly legacyId: string | null;
  readonly errors: unknown[];
  constructor(status: number, message: string, legacyId: string | null = null, errors: unknown[] = []) {
    super(message);
    this.status = status;
    this.legacyId = legacyId;
    this.errors = errors;
  }
}

interface AdminUser {
  id: number;
  roles?: Array<{ code?: string }>;
}

interface Checker {
  can: Record<'create' | 'update' | 'publish' | 'unpublish', (entity?: object) => boolean>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The request's shape, checked before anything is read or written. */
export function parseBatch(body: unknown): BatchRequest {
  if (!isRecord(body)) throw new BatchRefusal(400, 'The body must be a JSON object { type, unit, entries }.');
  const { type, unit, entries } = body;
  if (typeof type !== 'string' || !IMPORT_TYPES.has(type)) {
    throw new BatchRefusal(400, `"type" must be one of ${[...IMPORT_TYPES].join(', ')}.`);
  }
  if (!Array.isArray(entries) || entries.length === 0 || entries.length > MAX_BATCH) {
    throw new BatchRefusal(400, `"entries" must be a list of 1 to ${MAX_BATCH} entries.`);
  }
  const seen = new Set<string>();
  entries.forEach((entry: unknown, index) => {
    const where = `Entry ${index + 1} of the batch`;
    if (!isRecord(entry) || typeof entry.legacyId !== 'string' || entry.legacyId.trim() === '') throw new BatchRefusal(400, `${where} has no legacyId.`);
    if (seen.has(entry.legacyId)) throw new BatchRefusal(400, `Entry ${entry.legacyId} is twice in the batch.`, entry.legacyId);
    seen.add(entry.legacyId);
    if (!isRecord(entry.data)) throw new BatchRefusal(400, `Entry ${entry.legacyId} has no "data" object.`, entry.legacyId);
    if (entry.documentId !== undefined && typeof entry.documentId !== 'string') throw new BatchRefusal(400, `Entry ${entry.legacyId}: "documentId" must be a string.`, entry.legacyId);
    if (entry.publish !== true && entry.publish !== false && entry.publish !== null) {
      throw new BatchRefusal(400, `Entry ${entry.legacyId}: "publish" must be true, false or null.`, entry.legacyId);
    }
  });
  if (isUnitScoped(type) && (typeof unit !== 'string' || unit.trim() === '')) throw new BatchRefusal(400, `"unit" (slug or documentId) is required for ${type}.`);
  return { type, ...(typeof unit === 'string' ? { unit } : {}), entries: entries as ImportBatchEntry[] };
}

/** Strapi's errors as the operator reads them: the message, and each field's path and message. */
function describeError(error: unknown): { status: number; message: string; errors: unknown[] } {
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  const fieldErrors = (error as { details?: { errors?: Array<{ path?: unknown[]; message?: string }> } })?.details?.errors ?? [];
  const fields = fieldErrors.map((field) => `${(field.path ?? []).join('.') || '(entry)'}: ${field.message}`);
  const status = name === 'ValidationError' ? 400 : name === 'PolicyError' || name === 'ForbiddenError' ? 403 : 500;
  const text = fields.length > 0 && !fields.some((field) => field.endsWith(message)) ? `${message} (${fields.join('; ')})` : fields.length > 0 ? fields.join('; ') : message;
  return { status, message: text, errors: fieldErrors };
}

/**
 * Writes a batch of one type's entries as the admin user, through the document service (so every validation and
 * unit-scope middleware runs as for the content manager), in one database transaction: the first refused entry
 * rolls the whole batch back. The caller must be allowed by the content manager's RBAC to create, update and publish
 * these entries in the batch's unit (a platform administrator: any unit; a unit's editor: their units); an archived
 * unit's content is written by platform administrators only.
 */
export async function writeBatch(strapi: Core.Strapi, who: { user: AdminUser; ability: unknown }, request: BatchRequest): Promise<ImportBatchWritten[]> {
  const { type, entries } = request;
  const checker: Checker = strapi.plugin('content-manager').service('permission-checker').create({ userAbility: who.ability, model: type });
  const scoped = isUnitScoped(type);
  // Tags and redirects have no legacyId: there it only names the entry in the batch and its errors.
  const keepsLegacyId = 'legacyId' in (strapi.contentType(type as never) as { attributes: object }).attributes;
  let unitId: string | null = null;
  if (scoped) {
    const unit: { documentId: string; slug: string; state: string | null } | null = await strapi.db
      .query(UNIT_TYPE as never)
      .findOne({ where: { $or: [{ slug: request.unit }, { documentId: request.unit }] }, select: ['documentId', 'slug', 'state'] } as never);
    if (!unit) throw new BatchRefusal(404, `No unit "${request.unit}" in the CMS.`);
    if (!checker.can.create({ unitDocumentId: unit.documentId, createdBy: { id: who.user.id } })) {
      throw new BatchRefusal(403, `This admin account may not write ${type} entries of unit "${unit.slug}".`);
    }
    if (unit.state === 'archived' && !isPlatformAdmin(who.user)) {
      throw new BatchRefusal(403, `Unit "${unit.slug}" is archived (dissolved): only a platform administrator may write its content.`);
    }
    unitId = unit.documentId;
  }

  // Every update's stored entry, and every permission, checked before anything is written.
  const updated = entries.flatMap((entry) => (entry.documentId ? [entry.documentId] : []));
  const stored = new Map<string, Record<string, any>>();
  const published = new Set<string>();
  if (updated.length > 0) {
    const rows: Array<Record<string, any>> = await strapi.db
      .query(type as never)
      .findMany({ where: { documentId: { $in: updated } }, populate: ['createdBy'] } as never);
    // The draft stands for the document (its published copy only tells it is published).
    for (const row of rows) {
      if (!stored.has(row.documentId) || row.publishedAt === null) stored.set(row.documentId, row);
      if (row.publishedAt !== null) published.add(row.documentId);
    }
  }
  for (const entry of entries) {
    const existing = entry.documentId ? stored.get(entry.documentId) : undefined;
    if (entry.documentId && !existing) throw new BatchRefusal(404, `Entry ${entry.legacyId}: no ${type} ${entry.documentId} to update.`, entry.legacyId);
    if (existing && keepsLegacyId && existing.legacyId !== entry.legacyId) {
      throw new BatchRefusal(400, `Entry ${entry.legacyId}: ${type} ${entry.documentId} is ${existing.legacyId ?? 'not an imported entry'}, not this entry.`, entry.legacyId);
    }
    if (existing && scoped && existing.unitDocumentId !== unitId) {
      throw new BatchRefusal(403, `Entry ${entry.legacyId} belongs to another unit than "${request.unit}".`, entry.legacyId);
    }
    const subject = existing ?? (scoped ? { unitDocumentId: unitId, createdBy: { id: who.user.id } } : undefined);
    const allowed = (existing ? checker.can.update(subject) : checker.can.create(subject)) && (entry.publish === null || checker.can.publish(subject));
    if (!allowed) throw new BatchRefusal(403, `Entry ${entry.legacyId}: this admin account may not ${existing ? 'update' : 'create'}${entry.publish === null ? '' : ' and publish'} it.`, entry.legacyId);
  }

  const documents = strapi.documents(type as never) as any;
  return strapi.db.transaction(async () => {
    const written: ImportBatchWritten[] = [];
    for (const entry of entries) {
      try {
        const existing = entry.documentId ? stored.get(entry.documentId) : undefined;
        const data = { ...entry.data, ...(keepsLegacyId ? { legacyId: entry.legacyId } : {}), ...(scoped ? { unit: unitId } : {}), updatedBy: who.user.id, ...(existing ? {} : { createdBy: who.user.id }) };
        // Written and published in one call, as Strapi's own "create and publish" does: the middlewares see a
        // publishing write (status 'published') and check it as they check a publish.
        const status = entry.publish === true ? { status: 'published' } : {};
        const saved = existing ? await documents.update({ documentId: existing.documentId, data, ...status }) : await documents.create({ data, ...status });
        if (entry.publish === false && existing && published.has(existing.documentId)) {
          await documents.unpublish({ documentId: saved.documentId });
        }
        written.push({ legacyId: entry.legacyId, documentId: saved.documentId, id: saved.id, slug: saved.slug ?? null, outcome: existing ? 'updated' : 'created' });
      } catch (error) {
        const { status, message, errors } = describeError(error);
        throw new BatchRefusal(status, `Entry ${entry.legacyId} was refused: ${message}. Nothing of this batch was written.`, entry.legacyId, errors);
      }
    }
    return written;
  });
}
