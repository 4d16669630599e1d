/** Nhân sự: people with their positions over time. */

import { z } from 'zod';
import { blocksSchema } from './blocks.js';
import { isoDateSchema, mediaSchema, requiredTextSchema, slugSchema, strapiEntryFields, strapiIdSchema } from './common.js';
import { organisationBaseSchema } from './organisation.js';

/** Component `person.position`: one position held during a period. */
export const personPositionSchema = z.object({
  /** Component id. */
  id: strapiIdSchema,
  /** Title, e.g. "Bí thư Huyện ủy", "Phó Chủ tịch UBND huyện". */
  title: requiredTextSchema,
  /** Organisation of the position; absent when not populated. */
  get organisation() {
    return organisationBaseSchema.nullable().optional();
  },
  /** First day in the position, if known. */
  from: isoDateSchema.nullable(),
  /** Last day in the position; null while holding it. */
  until: isoDateSchema.nullable(),
});
export type PersonPosition = z.infer<typeof personPositionSchema>;

const personScalarFields = {
  ...strapiEntryFields,
  /** Full name, e.g. "Nguyễn Minh Sơn". */
  fullName: requiredTextSchema,
  /** URL segment. */
  slug: slugSchema,
  /** Short biography (required for commune/province leaders on state portals). */
  biography: blocksSchema.nullable(),
};

/** A person as it appears when populated inside another entry (photo only if populated). */
export const personBaseSchema = z.object({
  ...personScalarFields,
  /** Portrait, present only when the populate asked for it. */
  photo: mediaSchema.nullable().optional(),
});
export type PersonBase = z.infer<typeof personBaseSchema>;

export const personSchema = z.object({
  ...personScalarFields,
  /** Portrait. */
  photo: mediaSchema.nullable(),
  /** Positions over time (repeatable component `person.position`). */
  positions: z.array(personPositionSchema),
});
export type Person = z.infer<typeof personSchema>;
