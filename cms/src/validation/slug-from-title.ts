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
};

/**
 * Fills an empty slug with the shared Vietnamese slugify (đ → d), for every writer: admin, API and seed alike.
 */
export function registerSlugFromTitle(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const source = SLUG_SOURCES[context.uid];
    if (source && (context.action === 'create' || context.action === 'update')) {
      const data = (context.params as { data?: Row }).data;
      const text = data ? source(data) : null;
      if (data && text !== null && !data.slug) data.slug = slugify(text);
    }
    return next();
  });
}
