/** Tin bài: a news article. Field names match what the CMS implements. */

import { z } from 'zod';
import {
  isoDateTimeSchema,
  mediaSchema,
  requiredTextSchema,
  seoSchema,
  slugSchema,
  strapiEntryFields,
} from './common.js';
import { categoryBaseSchema } from './category.js';
import { documentBaseSchema } from './document.js';
import { organisationBaseSchema } from './organisation.js';
import { sectionSchema } from './sections.js';
import { tagBaseSchema } from './tag.js';

const articleScalarFields = {
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

export const articleSchema = z.object({
  ...articleScalarFields,
  /** Cover image (alternativeText is its required alt text). */
  cover: mediaSchema.nullable(),
  /** Body: dynamic zone of sections. */
  get sections() {
    return z.array(sectionSchema);
  },
  /** SEO component `shared.seo`. */
  seo: seoSchema.nullable().optional(),
  /** Category (many-to-one); absent when not populated. */
  get category() {
    return categoryBaseSchema.nullable().optional();
  },
  /** Tags (many-to-many); absent when not populated. */
  get tags() {
    return z.array(tagBaseSchema).optional();
  },
  /** Organisation the news is about or from (proposed; optional relation). */
  get organisation() {
    return organisationBaseSchema.nullable().optional();
  },
  /** Documents the article is about (proposed; optional relation). */
  get relatedDocuments() {
    return z.array(documentBaseSchema).optional();
  },
});
export type Article = z.infer<typeof articleSchema>;
