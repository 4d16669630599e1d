/** Chuyên mục: a tree of news categories. */

import { z } from 'zod';
import { articleBaseSchema } from './refs/article.js';
import { categoryBaseSchema, categoryScalarFields } from './refs/category.js';

export { categoryBaseSchema } from './refs/category.js';
export type { CategoryBase } from './refs/category.js';

export const categorySchema = z.object({
  ...categoryScalarFields,
  /** Parent category, populated one level deep; null for a top-level category. */
  get parent() {
    return categoryBaseSchema.nullable().optional();
  },
  /** Child categories (inverse of parent); absent when not populated. */
  get children() {
    return z.array(categoryBaseSchema).optional();
  },
  /** Articles of the category (inverse of article.category); not populated by the site loader. */
  get articles() {
    return z.array(articleBaseSchema).optional();
  },
});
export type Category = z.infer<typeof categorySchema>;
