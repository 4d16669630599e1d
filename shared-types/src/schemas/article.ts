/** Tin bài: a news article. Field names match what the CMS implements. */

import { z } from 'zod';
import { mediaSchema, seoSchema } from './common.js';
import { organisationBaseSchema } from './organisation.js';
import { articleScalarFields } from './refs/article.js';
import { categoryBaseSchema } from './refs/category.js';
import { documentBaseSchema } from './refs/document.js';
import { tagBaseSchema } from './refs/tag.js';
import { sectionSchema } from './sections.js';
import { unitBaseSchema } from './unit.js';

export { articleBaseSchema } from './refs/article.js';
export type { ArticleBase } from './refs/article.js';

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
  /** The unit that publishes it (issue 16); absent when not populated. */
  get unit() {
    return unitBaseSchema.nullable().optional();
  },
  /** Commune units it is re-published on (a provincial unit's article); absent when not populated. */
  get syndicatedTo() {
    return z.array(unitBaseSchema).optional();
  },
  /** Re-published on every active commune site. */
  syndicateToAll: z.boolean().nullable().optional(),
});
export type Article = z.infer<typeof articleSchema>;
