import crypto from 'node:crypto';
import type { Core, UID } from '@strapi/strapi';

/**
 * Draft previews for the site's static preview page (/xem-truoc/): the draft version of one document, fetched with
 * an explicit populate per type and sanitized like any content API answer (private fields never leave).
 */

/** What each previewable type needs populated to be rendered like its page on the site. */
export const PREVIEW_POPULATE = {
  'api::article.article': {
    category: true,
    cover: true,
    tags: true,
    organisation: true,
    relatedDocuments: true,
    seo: { populate: { shareImage: true } },
    sections: {
      on: {
        'sections.rich-text': true,
        'sections.quote': true,
        'sections.table': true,
        'sections.image': { populate: { image: true } },
        'sections.gallery': { populate: { images: true } },
        'sections.document-card': { populate: { document: true } },
        'sections.kpi-chart': { populate: { indicator: true } },
      },
    },
  },
  'api::legal-document.legal-document': {
    files: true,
    relations: { populate: { target: true } },
    issuingOrganisation: true,
    congress: true,
  },
  'api::congress.congress': {
    cover: true,
    termTargets: { populate: { indicator: true } },
    organisation: true,
    secretary: true,
    executiveCommitteeMembers: true,
    documents: true,
  },
  'api::kpi-report.kpi-report': {
    values: { populate: { indicator: true } },
    organisation: true,
    sourceDocument: true,
  },
  'api::schedule.schedule': { entries: true, attachment: true, organisation: true },
} as const;

export type PreviewType = keyof typeof PREVIEW_POPULATE;

export function isPreviewType(value: unknown): value is PreviewType {
  return typeof value === 'string' && Object.hasOwn(PREVIEW_POPULATE, value);
}

/** Constant-time comparison of a presented secret with the configured one (hashed first: equal lengths). */
export function secretMatches(presented: string | undefined, expected: string): boolean {
  if (presented === undefined || presented === '') return false;
  const digest = (value: string) => crypto.createHash('sha256').update(value, 'utf8').digest();
  return crypto.timingSafeEqual(digest(presented), digest(expected));
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The sanitized draft version of the document, or null when there is none. */
  async findDraft(type: PreviewType, documentId: string): Promise<Record<string, unknown> | null> {
    const uid = type as UID.ContentType;
    const entry = await strapi.documents(uid).findOne({
      documentId,
      status: 'draft',
      // The populate objects are typed per content type by Strapi; the table above is checked by the tests.
      populate: PREVIEW_POPULATE[type] as never,
    });
    if (!entry) return null;
    return (await strapi.contentAPI.sanitize.output(entry, strapi.getModel(uid))) as Record<string, unknown>;
  },
});
