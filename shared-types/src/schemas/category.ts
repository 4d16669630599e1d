/** Chuyên mục: a tree of news categories. */

import { z } from 'zod';
import { requiredTextSchema, slugSchema, strapiEntryFields } from './common.js';
import { articleBaseSchema } from './article.js';

const categoryScalarFields = {
  ...strapiEntryFields,
  /** Name shown in menus and headings, e.g. "Xây dựng Đảng". */
  name: requiredTextSchema,
  /** URL segment: /chuyen-muc/<slug>/. */
  slug: slugSchema,
  /** Short description shown under the heading and used as meta description. */
  description: z.string().nullable(),
  /** Position among siblings in menus (ascending); null sorts last. */
  order: z.number().int().nullable(),
};

/** A category as it appears when populated inside another entry (its own relations absent). */
export const categoryBaseSchema = z.object(categoryScalarFields);
export type CategoryBase = z.infer<typeof categoryBaseSchema>;

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
