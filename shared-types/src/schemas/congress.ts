/** Đại hội: a party congress, its term, elected bodies, documents and term targets. */

import { z } from 'zod';
import { mediaSchema, strapiIdSchema } from './common.js';
import { indicatorBaseSchema } from './indicator.js';
import { organisationBaseSchema } from './organisation.js';
import { personBaseSchema } from './person.js';
import { checkTerm, congressScalarFields } from './refs/congress.js';
import { documentBaseSchema } from './refs/document.js';

export { congressBaseSchema } from './refs/congress.js';
export type { CongressBase } from './refs/congress.js';

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
