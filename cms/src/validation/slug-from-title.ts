import type { Core } from '@strapi/strapi';
import { parseDocumentNumber, slugify } from '@portal/shared-types';
import { numberingPeriod } from './rules/legal-document-rule';
import { isoDateOf, textOf, type Row } from './stored-values';

type SlugSource = (data: Row) => string | null;

const field =
  (name: string): SlugSource =>
  (data) =>
    textOf(data[name]);

/** A document's slug is its number plus the numbering period: "215-kl-tu-2020-2025", "30-2020-nd-cp". */
const documentSlugSource: SlugSource = (data) => {
  const parsed = parseDocumentNumber(textOf(data.rawNumber) ?? '');
  if (!parsed.ok) return null;
  const period = parsed.value.year === null ? numberingPeriod(parsed.value, textOf(data.term), isoDateOf(data.issuedDate)) : null;
  return period === null ? parsed.value.normalized : `${parsed.value.normalized} ${period}`;
};

/** What each type's slug is made from when an editor leaves it empty. */
export const SLUG_SOURCES: Readonly<Record<string, SlugSource>> = {
  'api::article.article': field('title'),
  'api::category.category': field('name'),
  'api::tag.tag': field('name'),
  'api::page.page': field('title'),
  'api::organisation.organisation': field('name'),
  'api::person.person': field('fullName'),
  'api::legal-document.legal-document': documentSlugSource,
  'api::congress.congress': field('title'),
  'api::indicator.indicator': field('name'),
  'api::kpi-report.kpi-report': field('title'),
  'api::schedule.schedule': field('title'),
  'api::unit.unit': field('name'),
};

/** The slug itself when no other document has it, else the first free `<slug>-2`, `<slug>-3`… */
async function freeSlug(strapi: Core.Strapi, uid: string, slug: string, documentId: string | undefined): Promise<string> {
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? slug : `${slug}-${n}`;
    const taken = await strapi.db.query(uid as never).findOne({
      select: ['documentId'],
      where: { slug: candidate, ...(documentId === undefined ? {} : { documentId: { $ne: documentId } }) },
    });
    if (taken === null) return candidate;
  }
}

/**
 * Fills an empty slug with the shared Vietnamese slugify (đ → d), for every writer: admin, API and seed alike. The
 * admin leaves the slug empty unless the editor types one (the field is optional so that Strapi does not prefill it
 * with the type's name); a generated slug another document already has gets a number.
 */
export function registerSlugFromTitle(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const source = SLUG_SOURCES[context.uid];
    if (source && (context.action === 'create' || context.action === 'update')) {
      const params = context.params as { data?: Row; documentId?: string };
      const data = params.data;
      const text = data ? source(data) : null;
      if (data && text !== null && !data.slug) data.slug = await freeSlug(strapi, context.uid, slugify(text), params.documentId);
    }
    return next();
  });
}
