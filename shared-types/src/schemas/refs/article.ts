/** The reference layer of an article: its scalar fields and the base schema other entries embed when they populate one. */

import { z } from 'zod';
import { isoDateTimeSchema, mediaSchema, requiredTextSchema, slugSchema, strapiEntryFields } from '../common.js';

export const articleScalarFields = {
  ...strapiEntryFields,
  /** Headline. */
  title: requiredTextSchema,
  /** URL segment: /tin-tuc/<slug>/ (Vietnamese-folded, see slugify). */
  slug: slugSchema,
  /** Sapo: the lead paragraph shown in lists and as meta description. */
  summary: z.string().nullable(),
  /** Editorial date-time of the news (shown as "28/04/2021 17:20"), not the publication time. */
  date: isoDateTimeSchema,
  /** Caption of the cover image, e.g. "Ảnh minh họa". */
  coverCaption: z.string().nullable(),
  /** Tin tiêu điểm: shown in the featured block. */
  featured: z.boolean(),
  /** Tin nóng: shown in the hot-news block. */
  hot: z.boolean(),
  /** Byline, e.g. "Vy Thuỷ". */
  author: z.string().nullable(),
  /** Photo credit, e.g. "Tin ảnh: Thanh Nga". */
  photoCredit: z.string().nullable(),
  /** Contributing unit, e.g. "Trung tâm TT&VH Ba Chẽ". */
  contributingUnit: z.string().nullable(),
  /** Source outlet or document, e.g. "Baoquangngai.vn" or "Dự thảo Văn kiện Đại hội – trang 7, 8, 9". */
  sourceName: z.string().nullable(),
  /** Link to the source. */
  sourceUrl: z.string().nullable(),
};

/** An article as it appears when populated inside another entry (scalar fields; cover only if populated). */
export const articleBaseSchema = z.object({
  ...articleScalarFields,
  /** Cover image, present only when the populate asked for it. */
  cover: mediaSchema.nullable().optional(),
});
export type ArticleBase = z.infer<typeof articleBaseSchema>;
