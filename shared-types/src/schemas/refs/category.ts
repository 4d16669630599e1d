/** The reference layer of a category: its scalar fields and the base schema other entries embed when they populate one. */

import { z } from 'zod';
import { requiredTextSchema, slugSchema, strapiEntryFields } from '../common.js';

export const categoryScalarFields = {
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
