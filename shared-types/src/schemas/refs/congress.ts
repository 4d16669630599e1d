/** The reference layer of a congress: its scalar fields and the base schema other entries embed when they populate one. */

import { z } from 'zod';
import { blocksSchema } from '../blocks.js';
import { isoDateSchema, mediaSchema, requiredTextSchema, slugSchema, strapiEntryFields } from '../common.js';

export const congressScalarFields = {
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

export function checkTerm(congress: { termStartYear: number; termEndYear: number }, context: z.core.$RefinementCtx<{ termStartYear: number; termEndYear: number }>): void {
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
