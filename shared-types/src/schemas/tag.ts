/** Thẻ: free keywords attached to articles. */

import { z } from 'zod';
import { requiredTextSchema, slugSchema, strapiEntryFields } from './common.js';
import { articleBaseSchema } from './article.js';

const tagScalarFields = {
  ...strapiEntryFields,
  /** Tag text, e.g. "Đại hội Đảng". */
  name: requiredTextSchema,
  /** URL segment: /the/<slug>/. */
  slug: slugSchema,
};

/** A tag as it appears when populated inside another entry. */
export const tagBaseSchema = z.object(tagScalarFields);
export type TagBase = z.infer<typeof tagBaseSchema>;

export const tagSchema = z.object({
  ...tagScalarFields,
  /** Articles carrying the tag (inverse of article.tags); optional, populated on demand. */
  get articles() {
    return z.array(articleBaseSchema).optional();
  },
});
export type Tag = z.infer<typeof tagSchema>;
