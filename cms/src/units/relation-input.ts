import type { Core } from '@strapi/strapi';

/** One entry named in a relation input: by documentId or by database id. */
export type RelationRef = { documentId: string } | { id: number };

/**
 * What a write does to a relation, whatever shape the writer used (a documentId, an id, `{ documentId }`, an
 * array, `{ connect, disconnect, set }` as the admin sends): `unchanged` when the input leaves it as it is.
 */
export type RelationChange = { kind: 'unchanged' } | { kind: 'set'; refs: RelationRef[] } | { kind: 'add'; refs: RelationRef[] };

function refOf(value: unknown): RelationRef | null {
  if (typeof value === 'string' && value !== '') return /^\d+$/.test(value) ? { id: Number(value) } : { documentId: value };
  if (typeof value === 'number' && Number.isInteger(value)) return { id: value };
  if (value !== null && typeof value === 'object') {
    const { documentId, id } = value as { documentId?: unknown; id?: unknown };
    if (typeof documentId === 'string' && documentId !== '') return { documentId };
    if (id !== undefined) return refOf(id);
  }
  return null;
}

const refsOf = (value: unknown): RelationRef[] =>
  (Array.isArray(value) ? value : [value]).map(refOf).filter((ref): ref is RelationRef => ref !== null);

/** Reads a relation input. `toOne` relations are replaced by a connect; to-many ones are added to. */
export function relationChange(value: unknown, toOne: boolean): RelationChange {
  if (value === undefined) return { kind: 'unchanged' };
  if (value === null) return { kind: 'set', refs: [] };
  if (typeof value === 'object' && !Array.isArray(value) && ('connect' in value || 'set' in value || 'disconnect' in value)) {
    const { connect, set, disconnect } = value as { connect?: unknown; set?: unknown; disconnect?: unknown };
    if (set !== undefined) return { kind: 'set', refs: refsOf(set) };
    const connected = connect === undefined ? [] : refsOf(connect);
    if (connected.length > 0) return toOne ? { kind: 'set', refs: connected.slice(-1) } : { kind: 'add', refs: connected };
    const disconnected = disconnect === undefined ? [] : refsOf(disconnect);
    if (toOne && disconnected.length > 0) return { kind: 'set', refs: [] };
    return { kind: 'unchanged' };
  }
  return { kind: 'set', refs: refsOf(value) };
}

/** The documentIds of the named entries of `uid` (unknown ones left out). */
export async function documentIdsOf(strapi: Core.Strapi, uid: string, refs: readonly RelationRef[]): Promise<string[]> {
  const documentIds = refs.flatMap((ref) => ('documentId' in ref ? [ref.documentId] : []));
  const ids = refs.flatMap((ref) => ('id' in ref ? [ref.id] : []));
  if (ids.length > 0) {
    const rows: Array<{ documentId: string }> = await strapi.db
      .query(uid as never)
      .findMany({ where: { id: { $in: ids } }, select: ['documentId'] });
    documentIds.push(...rows.map((row) => row.documentId));
  }
  return [...new Set(documentIds)];
}
