/** Thẻ: free keywords attached to articles. */

import { z } from 'zod';
import { articleBaseSchema } from './refs/article.js';
import { tagBaseSchema, tagScalarFields } from './refs/tag.js';

export { tagBaseSchema } from './refs/tag.js';
export type { TagBase } from './refs/tag.js';

export const tagSchema = z.object({
  ...tagScalarFields,
  /** Articles carrying the tag (inverse of article.tags); optional, populated on demand. */
  get articles() {
    return z.array(articleBaseSchema).optional();
  },
});
export type Tag = z.infer<typeof tagSchema>;
