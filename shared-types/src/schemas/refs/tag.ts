/** The reference layer of a tag: its scalar fields and the base schema other entries embed when they populate one. */

import { z } from 'zod';
import { requiredTextSchema, slugSchema, strapiEntryFields } from '../common.js';

export const tagScalarFields = {
  ...strapiEntryFields,
  /** Tag text, e.g. "Đại hội Đảng". */
  name: requiredTextSchema,
  /** URL segment: /the/<slug>/. */
  slug: slugSchema,
};

/** A tag as it appears when populated inside another entry. */
export const tagBaseSchema = z.object(tagScalarFields);
export type TagBase = z.infer<typeof tagBaseSchema>;
