/** Đại hội: a party congress, its term, elected bodies, documents and term targets. */

import { z } from 'zod';
import { blocksSchema } from './blocks.js';
import { isoDateSchema, mediaSchema, requiredTextSchema, slugSchema, strapiEntryFields, strapiIdSchema } from './common.js';
import { documentBaseSchema } from './document.js';
import { indicatorBaseSchema } from './indicator.js';
import { organisationBaseSchema } from './organisation.js';
import { personBaseSchema } from './person.js';

/** Component `congress.term-target`: a target the congress resolution sets for the term. */
export const termTargetSchema = z.object({
  /** Component id. */
  id: strapiIdSchema,
  /** Indicator the target is for; absent when not populated. */
  get indicator() {
    return indicatorBaseSchema.nullable().optional();
  },
  /** Numeric goal in the indicator's unit, when it is one number. */
  target: z.number().nullable(),
  /** Goal as worded in the resolution, e.g. "≥ 81%", "18/21 xã đạt chuẩn nông thôn mới". */
  targetText: z.string().nullable(),
  /** Note. */
  note: z.string().nullable(),
});
export type TermTarget = z.infer<typeof termTargetSchema>;

const congressScalarFields = {
  ...strapiEntryFields,
  /** Full title, e.g. "Đại hội đại biểu Đảng bộ huyện Bình Sơn lần thứ XXVII". */
  title: requiredTextSchema,
  /** URL segment: /dai-hoi/<slug>/. */
  slug: slugSchema,
  /** Ordinal as an integer (27), shown in Roman numerals (XXVII) with toRoman. */
  ordinal: z.number().int().min(1).max(3999),
  /** First year of the term (2020 in "nhiệm kỳ 2020–2025"). */
  termStartYear: z.number().int(),
  /** Last year of the term (2025). */
  termEndYear: z.number().int(),
  /** First day of the congress. */
  startDate: isoDateSchema.nullable(),
  /** Last day of the congress. */
  endDate: isoDateSchema.nullable(),
  /** Number of delegates. */
  delegateCount: z.number().int().nonnegative().nullable(),
  /** Number of executive committee members elected (e.g. 37). */
  executiveCommitteeSize: z.number().int().nonnegative().nullable(),
  /** Introduction / outcome. */
  description: blocksSchema.nullable(),
};

function checkTerm(congress: { termStartYear: number; termEndYear: number }, context: z.core.$RefinementCtx<{ termStartYear: number; termEndYear: number }>): void {
  if (congress.termEndYear <= congress.termStartYear) {
    context.addIssue({
      code: 'custom',
      path: ['termEndYear'],
      message: `Năm kết thúc nhiệm kỳ (${congress.termEndYear}) phải sau năm bắt đầu (${congress.termStartYear}).`,
    });
  }
}

/** A congress as it appears when populated inside another entry (cover only if populated). */
export const congressBaseSchema = z
  .object({
    ...congressScalarFields,
    /** Cover image, present only when the populate asked for it. */
    cover: mediaSchema.nullable().optional(),
  })
  .superRefine(checkTerm);
export type CongressBase = z.infer<typeof congressBaseSchema>;

export const congressSchema = z
  .object({
    ...congressScalarFields,
    /** Cover image. */
    cover: mediaSchema.nullable(),
    /** Term targets (repeatable component `congress.term-target`). */
    termTargets: z.array(termTargetSchema),
    /** Party organisation holding the congress; absent when not populated. */
    get organisation() {
      return organisationBaseSchema.nullable().optional();
    },
    /** Secretary elected (Bí thư); absent when not populated. */
    get secretary() {
      return personBaseSchema.nullable().optional();
    },
    /** Executive committee members elected; absent when not populated. */
    get executiveCommitteeMembers() {
      return z.array(personBaseSchema).optional();
    },
    /** Congress documents (political report, review report, resolution, drafts, action programme); inverse of document.congress. */
    get documents() {
      return z.array(documentBaseSchema).optional();
    },
  })
  .superRefine(checkTerm);
export type Congress = z.infer<typeof congressSchema>;
