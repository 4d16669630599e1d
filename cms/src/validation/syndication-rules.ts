import type { Core } from '@strapi/strapi';
import { isProvincialUnitKind } from '@portal/shared-types';
import { documentIdsOf, relationChange, type RelationRef } from '../units/relation-input';
import { UNIT_TYPE } from '../units/scoped-types';
import { FieldProblems } from './field-errors';
import type { Row } from './stored-values';

const ARTICLE = 'api::article.article';

export const SYNDICATION_MESSAGES = {
  notProvincial: 'Chỉ tin bài của Tỉnh ủy, UBND tỉnh mới được đăng lại trên cổng của xã, phường; tin của đơn vị này không thể đánh dấu đăng lại.',
  ownUnit: 'Không chọn chính đơn vị của tin bài làm nơi đăng lại.',
  archived: 'Không đăng lại trên cổng của đơn vị đã giải thể (lưu trữ).',
} as const;

const refsOf = (value: unknown): RelationRef[] => {
  const change = relationChange(value, false);
  return change.kind === 'unchanged' ? [] : change.refs;
};

/** The units an article is syndicated to after a write: the input applied to what is stored. */
async function syndicatedAfter(strapi: Core.Strapi, input: unknown, stored: readonly string[]): Promise<string[]> {
  if (input === undefined) return [...stored];
  const change = relationChange(input, false);
  if (change.kind === 'set') return documentIdsOf(strapi, UNIT_TYPE, change.refs);
  let result = new Set(stored);
  if (input !== null && typeof input === 'object' && !Array.isArray(input) && 'disconnect' in input) {
    const removed = new Set(await documentIdsOf(strapi, UNIT_TYPE, refsOf((input as { disconnect?: unknown }).disconnect)));
    result = new Set([...result].filter((unit) => !removed.has(unit)));
  }
  if (change.kind === 'add') for (const unit of await documentIdsOf(strapi, UNIT_TYPE, change.refs)) result.add(unit);
  return [...result];
}

async function checkSyndication(strapi: Core.Strapi, data: Row, documentId: string | undefined, problems: FieldProblems): Promise<void> {
  const stored = documentId
    ? ((await strapi.db.query(ARTICLE as never).findOne({
        where: { documentId },
        select: ['syndicateToAll', 'unitDocumentId'],
        populate: { syndicatedTo: { select: ['documentId'] }, unit: { select: ['documentId'] } },
      })) as { syndicateToAll?: boolean | null; unit?: { documentId: string } | null; syndicatedTo?: Array<{ documentId: string }> } | null)
    : null;
  const unitChange = relationChange(data.unit, true);
  const unit =
    unitChange.kind === 'set' ? ((await documentIdsOf(strapi, UNIT_TYPE, unitChange.refs))[0] ?? null) : (stored?.unit?.documentId ?? null);
  const toAll = 'syndicateToAll' in data ? data.syndicateToAll === true : stored?.syndicateToAll === true;
  const targets = await syndicatedAfter(strapi, data.syndicatedTo, (stored?.syndicatedTo ?? []).map((row) => row.documentId));
  if (!toAll && targets.length === 0) return;

  const owner = unit ? ((await strapi.db.query(UNIT_TYPE as never).findOne({ where: { documentId: unit }, select: ['kind'] })) as { kind?: string } | null) : null;
  if (!owner?.kind || !isProvincialUnitKind(owner.kind)) {
    problems.add([toAll ? 'syndicateToAll' : 'syndicatedTo'], SYNDICATION_MESSAGES.notProvincial);
    return;
  }
  if (unit && targets.includes(unit)) problems.add(['syndicatedTo'], SYNDICATION_MESSAGES.ownUnit);
  if (targets.length > 0) {
    const archived = await strapi.db.query(UNIT_TYPE as never).count({ where: { documentId: { $in: targets }, state: 'archived' } });
    if (archived > 0) problems.add(['syndicatedTo'], SYNDICATION_MESSAGES.archived);
  }
}

/**
 * Syndication (issue 16): only an article of a provincial unit (Tỉnh ủy, UBND tỉnh) may be marked for re-publication
 * on chosen units' sites (`syndicatedTo`) or on every commune site (`syndicateToAll`); never on its own unit or on an
 * archive. A problem is a Vietnamese validation error and nothing is saved. Who may edit the article at all is the
 * unit scope's business (unit-scope.ts): a commune editor cannot reach a provincial unit's article.
 */
export function registerSyndicationRules(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== ARTICLE || (context.action !== 'create' && context.action !== 'update')) return next();
    const params = context.params as { data?: Row; documentId?: string };
    const data = params.data;
    if (data && ('syndicatedTo' in data || 'syndicateToAll' in data || 'unit' in data)) {
      const problems = new FieldProblems();
      await checkSyndication(strapi, data, context.action === 'update' ? params.documentId : undefined, problems);
      problems.throwIfAny();
    }
    return next();
  });
}
