import type { Core } from '@strapi/strapi';

const UID = 'api::legal-document.legal-document';

type Entry = Record<string, unknown>;

interface Relation {
  kind: string;
  note: string | null;
  targetNumber: string | null;
  target?: { documentId: string } | null;
}

/** One incoming relation: `source` <kind> this document. */
export interface IncomingRelation {
  kind: string;
  note: string | null;
  source: Entry;
}

/**
 * Published documents that point at the given ones, by reference or by number (targetNumber is stored normalised).
 * Only published sources are returned: a draft never leaks through another document.
 */
export async function findIncomingRelations(
  strapi: Core.Strapi,
  targets: ReadonlyArray<{ documentId: string; normalizedNumber: string | null }>,
): Promise<Map<string, IncomingRelation[]>> {
  const incoming = new Map<string, IncomingRelation[]>(targets.map((target) => [target.documentId, []]));
  if (targets.length === 0) return incoming;
  const byNumber = new Map(targets.filter((t) => t.normalizedNumber).map((t) => [t.normalizedNumber as string, t.documentId]));
  const sources = (await strapi.documents(UID).findMany({
    status: 'published',
    filters: {
      $or: [
        { relations: { target: { documentId: { $in: targets.map((target) => target.documentId) } } } },
        { relations: { targetNumber: { $in: [...byNumber.keys()] } } },
      ],
    },
    populate: { relations: { populate: { target: { fields: ['documentId'] } } } },
  })) as unknown as Entry[];

  for (const source of sources) {
    const { relations, ...scalars } = source;
    for (const relation of (relations ?? []) as Relation[]) {
      const targetId = relation.target?.documentId ?? (relation.targetNumber ? byNumber.get(relation.targetNumber) : undefined);
      const list = targetId === undefined || targetId === source.documentId ? undefined : incoming.get(targetId);
      list?.push({ kind: relation.kind, note: relation.note, source: scalars });
    }
  }
  return incoming;
}

/**
 * Adds `referencedBy` to documents returned by the content API, so the site shows both directions of a relation
 * ("được hướng dẫn bởi", "bị thay thế bởi"…) exactly as the CMS sees them.
 */
const referencedBy: Core.MiddlewareFactory = (_config, { strapi }) => {
  return async (ctx, next) => {
    await next();
    const body = ctx.body as { data?: Entry | Entry[] | null } | undefined;
    if (ctx.status !== 200 || !body?.data) return;
    const documents = Array.isArray(body.data) ? body.data : [body.data];
    const targets = documents
      .filter((document) => typeof document.documentId === 'string')
      .map((document) => ({
        documentId: document.documentId as string,
        normalizedNumber: typeof document.normalizedNumber === 'string' ? document.normalizedNumber : null,
      }));
    const incoming = await findIncomingRelations(strapi, targets);
    for (const document of documents) {
      const list = incoming.get(document.documentId as string);
      if (list) document.referencedBy = list;
    }
  };
};

export default referencedBy;
