import type { Core } from '@strapi/strapi';
import { closesParentLoop, hostnameProblem, pathPrefixProblem } from '@portal/shared-types';
import { documentIdsOf, relationChange } from '../units/relation-input';
import { UNIT_SCOPED_TYPES, UNIT_TYPE } from '../units/scoped-types';
import { defaultUnitDocumentId } from '../units/unit-access';
import { FieldProblems } from './field-errors';
import { textOf, type Row } from './stored-values';

const REDIRECT = 'api::redirect.redirect';

/** Unique attributes of a unit, with the Vietnamese name used in a collision message. */
const UNIQUE = [
  ['slug', 'Đường dẫn (slug)'],
  ['hostname', 'Tên miền'],
  ['pathPrefix', 'Tiền tố đường dẫn'],
] as const;

async function parentOf(strapi: Core.Strapi, documentId: string): Promise<string | null> {
  const row = await strapi.db.query(UNIT_TYPE as never).findOne({ where: { documentId }, select: ['id'], populate: { parent: { select: ['documentId'] } } });
  return (row as { parent?: { documentId: string } | null } | null)?.parent?.documentId ?? null;
}

async function checkUnit(strapi: Core.Strapi, data: Row, documentId: string | undefined, problems: FieldProblems): Promise<void> {
  const current: Row | null = documentId ? await strapi.db.query(UNIT_TYPE as never).findOne({ where: { documentId } }) : null;
  // Empty addresses are absent, not "": two units without a hostname do not collide.
  for (const field of ['hostname', 'pathPrefix'] as const) {
    if (field in data && textOf(data[field]) === null) data[field] = null;
  }
  const hostname = textOf(data.hostname);
  if (hostname !== null) {
    const problem = hostnameProblem(hostname);
    if (problem) problems.add(['hostname'], problem);
  }
  const pathPrefix = textOf(data.pathPrefix);
  if (pathPrefix !== null) {
    const problem = pathPrefixProblem(pathPrefix);
    if (problem) problems.add(['pathPrefix'], problem);
  }
  for (const [field, name] of UNIQUE) {
    const value = textOf(data[field]);
    if (value === null) continue;
    const taken: Row | null = await strapi.db.query(UNIT_TYPE as never).findOne({
      where: { [field]: value, ...(documentId ? { documentId: { $ne: documentId } } : {}) },
      select: ['name'],
    });
    if (taken) problems.add([field], `${name} “${value}” đã được đơn vị “${String(taken.name)}” sử dụng; hãy chọn giá trị khác.`);
  }

  const parent = relationChange(data.parent, true);
  if (parent.kind === 'set' && parent.refs.length > 0) {
    const [parentId] = await documentIdsOf(strapi, UNIT_TYPE, parent.refs);
    if (parentId && (await closesParentLoop(documentId ?? null, parentId, (unit) => parentOf(strapi, unit)))) {
      problems.add(['parent'], 'Đơn vị cấp trên tạo thành vòng lặp (một đơn vị không thể là cấp trên của chính nó, trực tiếp hay gián tiếp).');
    }
  }

  const status = 'state' in data ? data.state : current?.state;
  const dissolvedOn = 'dissolvedOn' in data ? data.dissolvedOn : current?.dissolvedOn;
  if (status === 'archived' && (dissolvedOn === null || dissolvedOn === undefined || dissolvedOn === '')) {
    problems.add(['dissolvedOn'], 'Đơn vị đã giải thể phải có ngày giải thể.');
  }
  const successors = relationChange(data.successors, false);
  if (documentId && successors.kind !== 'unchanged' && (await documentIdsOf(strapi, UNIT_TYPE, successors.refs)).includes(documentId)) {
    problems.add(['successors'], 'Một đơn vị không thể là đơn vị kế thừa của chính nó.');
  }
}

async function checkUnitRemoval(strapi: Core.Strapi, documentId: string, problems: FieldProblems): Promise<void> {
  if (documentId === (await defaultUnitDocumentId(strapi))) {
    problems.add(['name'], 'Không thể xóa đơn vị mặc định của nền tảng.');
    return;
  }
  for (const uid of UNIT_SCOPED_TYPES) {
    if (uid === REDIRECT) continue; // the unit's URL history goes with it
    const entries = await strapi.db.query(uid as never).count({ where: { unitDocumentId: documentId } });
    if (entries > 0) {
      problems.add(['name'], 'Đơn vị còn nội dung (tin bài, văn bản…): hãy chuyển hoặc xóa nội dung trước khi xóa đơn vị.');
      return;
    }
  }
}

/**
 * Checks every write of a unit, from any writer: address shapes, unique slug, hostname and path prefix, a parent
 * chain without loops, a dissolution date for an archived unit; and refuses to delete the default unit or a unit
 * that still has content. A problem is a Vietnamese validation error and nothing is saved.
 */
export function registerUnitRules(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid === UNIT_TYPE && context.action === 'delete') {
      const { documentId } = context.params as { documentId?: string };
      const problems = new FieldProblems();
      if (documentId) await checkUnitRemoval(strapi, documentId, problems);
      problems.throwIfAny();
      const result = await next();
      // Its redirect records served only its own site.
      if (documentId) await strapi.db.query(REDIRECT as never).deleteMany({ where: { unitDocumentId: documentId } });
      return result;
    }
    if (context.uid !== UNIT_TYPE || (context.action !== 'create' && context.action !== 'update')) return next();
    const params = context.params as { data?: Row; documentId?: string };
    if (params.data) {
      const problems = new FieldProblems();
      await checkUnit(strapi, params.data, params.documentId, problems);
      problems.throwIfAny();
    }
    return next();
  });
}
