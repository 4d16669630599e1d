import type { Core } from '@strapi/strapi';
import { FieldProblems } from './field-errors';
import { articleRule } from './rules/article-rule';
import type { ContentRule, DerivedValues } from './rules/content-rule';
import { congressRule } from './rules/congress-rule';
import { informationAccessRule } from './rules/information-access-rule';
import { informationRequestRule } from './rules/information-request-rule';
import { kpiReportRule } from './rules/kpi-report-rule';
import { legalDocumentRule } from './rules/legal-document-rule';
import { scheduleRule } from './rules/schedule-rule';
import { unitProfileRule } from './rules/unit-profile-rule';
import { rowsOf, type Row } from './stored-values';

export const CONTENT_RULES: readonly ContentRule[] = [
  articleRule,
  congressRule,
  legalDocumentRule,
  kpiReportRule,
  scheduleRule,
  informationRequestRule,
  informationAccessRule,
  unitProfileRule,
];

const WRITE_ACTIONS = new Set(['create', 'update', 'publish', 'clone']);

/** Derived values are computed here only: whatever a writer sends for them is dropped. */
function dropDerivedInput(rule: ContentRule, data: Row): void {
  for (const attribute of rule.derivedAttributes) delete data[attribute];
  for (const [attribute, fields] of Object.entries(rule.derivedComponentAttributes ?? {})) {
    for (const component of rowsOf(data[attribute])) for (const field of fields) delete component[field];
  }
}

/** Copies the stored derived values into the document the service returns, so the admin shows them at once. */
function patchResult(result: unknown, versionId: number, derived: DerivedValues): void {
  if (result === null || typeof result !== 'object') return;
  const document = result as Row;
  if (document.id !== versionId) return;
  Object.assign(document, derived.entry);
  for (const { attribute, id, data } of derived.components) {
    const component = rowsOf(document[attribute]).find((row) => Number(row.id) === id);
    if (component) Object.assign(component, data);
  }
}

async function applyRule(
  strapi: Core.Strapi,
  rule: ContentRule,
  documentId: string,
  onlyDraft: boolean,
  result: unknown,
): Promise<void> {
  const versions: Row[] = await strapi.db.query(rule.uid).findMany({ where: { documentId }, populate: rule.populate });
  const touched = onlyDraft ? versions.filter((version) => version.publishedAt === null) : versions;
  const problems = new FieldProblems();
  const derivedByVersion: Array<[number, DerivedValues]> = [];
  for (const version of touched) {
    // The draft and the published version usually agree; report each problem of the first version only.
    const versionProblems = derivedByVersion.length === 0 ? problems : new FieldProblems();
    const derived = await rule.derive(version, { strapi, uid: rule.uid, documentId, problems: versionProblems });
    derivedByVersion.push([Number(version.id), derived]);
  }
  problems.throwIfAny();
  for (const [id, derived] of derivedByVersion) {
    if (Object.keys(derived.entry).length > 0) {
      await strapi.db.query(rule.uid).update({ where: { id }, data: derived.entry });
    }
    for (const component of derived.components) {
      await strapi.db.query(component.uid).update({ where: { id: component.id }, data: component.data });
    }
    patchResult(result, id, derived);
  }
}

/**
 * Server-side rules of every content type, for every writer (admin, REST, seed): input checks before the save,
 * then validation and derived values on what was stored, in the save's transaction so a rejected save stores nothing.
 */
export function registerContentRules(strapi: Core.Strapi): void {
  const rules = new Map(CONTENT_RULES.map((rule) => [rule.uid as string, rule]));
  strapi.documents.use(async (context, next) => {
    const rule = rules.get(context.uid);
    if (!rule || !WRITE_ACTIONS.has(context.action)) return next();

    const params = context.params as { data?: Row; documentId?: string; status?: string };
    if (params.data) {
      dropDerivedInput(rule, params.data);
      const problems = new FieldProblems();
      rule.checkInput?.(params.data, problems);
      problems.throwIfAny();
    }
    const draftAndPublish = context.contentType.options?.draftAndPublish === true;
    const onlyDraft = draftAndPublish && context.action !== 'publish' && params.status !== 'published';
    return strapi.db.transaction(async () => {
      const result = await next();
      const resultId = (result as { documentId?: string } | null)?.documentId;
      // A clone is a new document: check the copy, not its source.
      const documentId = context.action === 'clone' ? resultId : (params.documentId ?? resultId);
      if (documentId) await applyRule(strapi, rule, documentId, onlyDraft, result);
      return result;
    });
  });
}
