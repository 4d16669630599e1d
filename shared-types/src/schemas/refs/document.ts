/**
 * The reference layer of a document: its scalar fields, the labelled enums they use, and the base schema other
 * entries embed when they populate a document. Entity schemas import this downwards; it imports no entity schema.
 */

import { z } from 'zod';
import { parseDocumentNumber } from '../../document-number.js';
import { blocksSchema } from '../blocks.js';
import {
  isoDateSchema,
  isoDateTimeSchema,
  labelledEnum,
  mediaListSchema,
  requiredTextSchema,
  slugSchema,
  strapiEntryFields,
} from '../common.js';

export const DOCUMENT_SYSTEM_LABELS = {
  party: 'Văn bản của Đảng',
  state: 'Văn bản nhà nước',
} as const;
export const documentSystemSchema = labelledEnum(DOCUMENT_SYSTEM_LABELS);

export const DOCUMENT_VALIDITY_LABELS = {
  'in-force': 'Còn hiệu lực',
  'partly-in-force': 'Hết hiệu lực một phần',
  'not-in-force': 'Hết hiệu lực toàn bộ',
  'draft-for-comment': 'Dự thảo lấy ý kiến',
} as const;
export const documentValiditySchema = labelledEnum(DOCUMENT_VALIDITY_LABELS);
export type DocumentValidity = z.infer<typeof documentValiditySchema>;

export const SIGNING_CAPACITY_LABELS = {
  'on-behalf-of': 'Thay mặt',
  'signing-for': 'Ký thay',
  'by-order': 'Thừa lệnh',
  'by-authorisation': 'Thừa ủy quyền',
  acting: 'Quyền',
} as const;
export const signingCapacitySchema = labelledEnum(SIGNING_CAPACITY_LABELS);
export type SigningCapacity = z.infer<typeof signingCapacitySchema>;

export const documentScalarFields = {
  ...strapiEntryFields,
  /** Number exactly as the editor typed it, e.g. "Số: 16 - HD/BTCTW". */
  rawNumber: requiredTextSchema,
  /** Canonical number computed by the CMS with parseDocumentNumber, e.g. "16-HD/BTCTW". */
  normalizedNumber: requiredTextSchema,
  /** 'party' or 'state' (parsed). */
  system: documentSystemSchema,
  /** Sequence as written, leading zeros kept (parsed). */
  sequence: z.string().regex(/^\d+$/),
  /** Type code in official spelling, null for State letters and laws (parsed). */
  typeCode: z.string().nullable(),
  /** Issuer code as written, e.g. "TU", "UBTVQH14" (parsed). */
  issuerCode: requiredTextSchema,
  /** Drafting unit of a State document, e.g. "KSTT" (parsed). */
  unitCode: z.string().nullable(),
  /** Year written in the number (30/2020/NĐ-CP → 2020), null if none (parsed). */
  numberYear: z.number().int().nullable(),
  /** Committee term the Party numbering belongs to, e.g. "2020-2025" (numbers restart each term). */
  term: z.string().nullable(),
  /** Unique key issuer + term/year + type + number (documentNumberKey); unique in the CMS. */
  numberKey: requiredTextSchema,
  /** Type name, e.g. "Nghị quyết", "Luật", "Công văn" (needed when the number has no type code). */
  typeName: requiredTextSchema,
  /** URL segment: /van-ban/<slug>/. */
  slug: slugSchema,
  /** Trích yếu: what the document is about. */
  subject: requiredTextSchema,
  /** Issuing body as printed, e.g. "Ban Thường vụ Tỉnh ủy Quảng Ngãi" (kept as it was at issue time). */
  issuerName: z.string().nullable(),
  /** Signer's name. */
  signer: z.string().nullable(),
  /** Signer's position, e.g. "Phó Bí thư Thường trực". */
  signerTitle: z.string().nullable(),
  /** Signing capacity (T/M, K/T, T/L; TM., KT., TL., TUQ., Q.); null when signing in one's own name. */
  signingCapacity: signingCapacitySchema.nullable(),
  /** Ngày ban hành; null for drafts. */
  issuedDate: isoDateSchema.nullable(),
  /** Ngày hiệu lực. */
  effectiveDate: isoDateSchema.nullable(),
  /** Tình trạng hiệu lực (named `validity` because Strapi 5 reserves `status`). */
  validity: documentValiditySchema,
  /** Lĩnh vực, e.g. ["Xây dựng Đảng", "Tổ chức bộ máy"] (JSON; null becomes []). */
  areas: z
    .array(z.string())
    .nullable()
    .transform((areas) => areas ?? []),
  /** Full text, when available (searched and scanned for cited numbers). */
  body: blocksSchema.nullable(),
  /** Opening of the comment period of a draft. */
  commentOpensAt: isoDateTimeSchema.nullable(),
  /** Closing of the comment period of a draft. */
  commentClosesAt: isoDateTimeSchema.nullable(),
};

type DocumentNumberFields = {
  rawNumber: string;
  normalizedNumber: string;
  system: 'party' | 'state';
  sequence: string;
  typeCode: string | null;
  issuerCode: string;
  unitCode: string | null;
  numberYear: number | null;
  commentOpensAt: string | null;
  commentClosesAt: string | null;
};

/** The parsed parts are derived by the CMS; check they really are what the raw number parses to. */
export function checkDerivedNumber(document: DocumentNumberFields, context: z.core.$RefinementCtx<DocumentNumberFields>): void {
  const parsed = parseDocumentNumber(document.rawNumber);
  if (!parsed.ok) {
    context.addIssue({ code: 'custom', path: ['rawNumber'], message: parsed.error });
    return;
  }
  const { value } = parsed;
  const expected: Array<[keyof DocumentNumberFields, unknown]> = [
    ['normalizedNumber', value.normalized],
    ['system', value.system],
    ['sequence', value.sequence],
    ['typeCode', value.typeCode],
    ['issuerCode', value.issuerCode],
    ['unitCode', value.unitCode],
    ['numberYear', value.year],
  ];
  for (const [field, wanted] of expected) {
    if (document[field] !== wanted) {
      context.addIssue({
        code: 'custom',
        path: [field],
        message: `Trường ${field} là ${JSON.stringify(document[field])} nhưng số ký hiệu “${document.rawNumber}” cho ${JSON.stringify(wanted)}.`,
      });
    }
  }
  if (document.commentOpensAt !== null && document.commentClosesAt !== null && document.commentClosesAt < document.commentOpensAt) {
    context.addIssue({ code: 'custom', path: ['commentClosesAt'], message: 'Thời hạn góp ý kết thúc trước khi bắt đầu.' });
  }
}

/** A document as it appears when populated inside another entry (files only if populated). */
export const documentBaseSchema = z
  .object({
    ...documentScalarFields,
    /** Attached files, present only when the populate asked for them. */
    files: mediaListSchema.optional(),
  })
  .superRefine(checkDerivedNumber);
export type DocumentBase = z.infer<typeof documentBaseSchema>;
