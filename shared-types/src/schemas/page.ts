/** Trang tĩnh: static pages (giới thiệu, sơ đồ tổ chức, lịch sử Đảng bộ…), built from the same sections as articles. */

import { z } from 'zod';
import { requiredTextSchema, seoSchema, slugSchema, strapiEntryFields } from './common.js';
import { sectionSchema } from './sections.js';

const pageScalarFields = {
  ...strapiEntryFields,
  /** Page title. */
  title: requiredTextSchema,
  /** URL segment: /<slug>/ (or /<parent>/<slug>/ under a parent page). */
  slug: slugSchema,
  /** Lead paragraph and meta description. */
  summary: z.string().nullable(),
  /** Position in menus (ascending); null keeps the page out of menus. */
  menuOrder: z.number().int().nullable(),
};

/** A page as it appears when populated inside another entry. */
export const pageBaseSchema = z.object(pageScalarFields);
export type PageBase = z.infer<typeof pageBaseSchema>;

export const pageSchema = z.object({
  ...pageScalarFields,
  /** Body: dynamic zone of the same sections as articles. */
  get sections() {
    return z.array(sectionSchema);
  },
  /** SEO component `shared.seo`. */
  seo: seoSchema.nullable().optional(),
  /** Parent page for nested pages; absent when not populated. */
  get parent() {
    return pageBaseSchema.nullable().optional();
  },
});
export type Page = z.infer<typeof pageSchema>;
