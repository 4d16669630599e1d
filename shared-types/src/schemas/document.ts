/**
 * Văn bản / Văn kiện: a Party or State document with its number, parsed parts, validity and typed relations.
 *
 * Note for the CMS: Strapi 5 reserves the model name `document` and the attribute name `status`, hence a content type
 * such as `api::legal-document.legal-document` and the field `validity`.
 */

import { z } from 'zod';
import { unitBaseSchema } from './unit.js';
import { labelledEnum, mediaListSchema, strapiIdSchema } from './common.js';
import { articleBaseSchema } from './refs/article.js';
import { congressBaseSchema } from './refs/congress.js';
import { checkDerivedNumber, documentBaseSchema, documentScalarFields, type SigningCapacity } from './refs/document.js';
import { organisationBaseSchema } from './organisation.js';

export {
  DOCUMENT_SYSTEM_LABELS,
  DOCUMENT_VALIDITY_LABELS,
  SIGNING_CAPACITY_LABELS,
  documentBaseSchema,
  documentSystemSchema,
  documentValiditySchema,
  signingCapacitySchema,
} from './refs/document.js';
export type { DocumentBase, DocumentValidity, SigningCapacity } from './refs/document.js';

/** How each system abbreviates the capacity above the signature; null where the system has no such form. */
export const SIGNING_CAPACITY_ABBREVIATIONS: Readonly<Record<SigningCapacity, { party: string | null; state: string }>> = {
  'on-behalf-of': { party: 'T/M', state: 'TM.' },
  'signing-for': { party: 'K/T', state: 'KT.' },
  'by-order': { party: 'T/L', state: 'TL.' },
  'by-authorisation': { party: null, state: 'TUQ.' },
  acting: { party: null, state: 'Q.' },
};

export const DOCUMENT_RELATION_KIND_LABELS = {
  'based-on': 'Căn cứ',
  guides: 'Hướng dẫn',
  amends: 'Sửa đổi, bổ sung',
  replaces: 'Thay thế',
  repeals: 'Bãi bỏ',
  related: 'Liên quan',
} as const;
export const documentRelationKindSchema = labelledEnum(DOCUMENT_RELATION_KIND_LABELS);
export type DocumentRelationKind = z.infer<typeof documentRelationKindSchema>;

/** Labels for the other end of a relation, shown on the target document's page ("Được hướng dẫn bởi"). */
export const DOCUMENT_RELATION_INVERSE_LABELS: Readonly<Record<DocumentRelationKind, string>> = {
  'based-on': 'Là căn cứ của',
  guides: 'Được hướng dẫn bởi',
  amends: 'Được sửa đổi, bổ sung bởi',
  replaces: 'Bị thay thế bởi',
  repeals: 'Bị bãi bỏ bởi',
  related: 'Liên quan',
};


/** Component `document.relation`: a typed link to another document, by reference or by number. */
export const documentRelationSchema = z.object({
  /** Component id. */
  id: strapiIdSchema,
  /** Relation kind, read "this document <kind> the target". */
  kind: documentRelationKindSchema,
  /** Target document in the portal; null/absent when it is not in the portal. */
  get target() {
    return documentBaseSchema.nullable().optional();
  },
  /** Number of a target that is not in the portal, e.g. "30/2020/NĐ-CP". */
  targetNumber: z.string().nullable(),
  /** Free note, e.g. "Điều 5, khoản 2". */
  note: z.string().nullable(),
});
export type DocumentRelation = z.infer<typeof documentRelationSchema>;

/**
 * One relation another published document holds towards this one (computed by the CMS on every read, not stored):
 * read "source <kind> this document", shown with DOCUMENT_RELATION_INVERSE_LABELS ("Được hướng dẫn bởi"…).
 */
export const documentIncomingRelationSchema = z.object({
  /** Relation kind as the source declared it. */
  kind: documentRelationKindSchema,
  /** The source's note on the relation. */
  note: z.string().nullable(),
  /** The published document holding the relation (scalar fields). */
  get source() {
    return documentBaseSchema;
  },
});
export type DocumentIncomingRelation = z.infer<typeof documentIncomingRelationSchema>;

export const documentSchema = z
  .object({
    ...documentScalarFields,
    /** Attached files (PDF, DOCX…). */
    files: mediaListSchema,
    /** Typed relations to other documents (repeatable component `document.relation`). */
    relations: z.array(documentRelationSchema),
    /** Text extracted by the CMS from the attached PDF/DOCX files (null until extracted, or without files). */
    fullText: z.string().nullable().optional(),
    /** Some of `fullText` was read by OCR from scanned pages, so it may hold recognition errors. */
    fullTextMachineRead: z.boolean().nullable().optional(),
    /** Issuing organisation in the portal; absent when not populated. */
    get issuingOrganisation() {
      return organisationBaseSchema.nullable().optional();
    },
    /** Congress the document belongs to (political report, resolution, draft…); absent when not populated. */
    get congress() {
      return congressBaseSchema.nullable().optional();
    },
    /** Articles about the document (inverse of article.relatedDocuments); absent when not populated. */
    get articles() {
      return z.array(articleBaseSchema).optional();
    },
    /**
     * Inverse relations: published documents pointing at this one by reference or by its normalised number. Added by
     * the CMS to every /api/legal-documents response (find and findOne); absent elsewhere.
     */
    get referencedBy() {
      return z.array(documentIncomingRelationSchema).optional();
    },
  })
  .superRefine(checkDerivedNumber);
export type Document = z.infer<typeof documentSchema>;

/**
 * A document as a successor unit's library lists it from an archived unit (issue 16): the document's own fields and
 * its unit, whose site holds the document's page.
 */
export const inheritedDocumentSchema = z
  .object({
    ...documentScalarFields,
    /** The (archived) unit that issued it; absent when not populated. */
    get unit() {
      return unitBaseSchema.nullable().optional();
    },
  })
  .superRefine(checkDerivedNumber);
export type InheritedDocument = z.infer<typeof inheritedDocumentSchema>;
