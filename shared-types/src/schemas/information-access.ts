/** Tiếp cận thông tin (single type): the disclosure list with what fulfils each item, and the focal point. */

import { z } from 'zod';
import { DISCLOSURE_ITEM_KEYS } from '../information-access.js';
import { requiredTextSchema, strapiEntryFields, strapiIdSchema } from './common.js';
import { articleBaseSchema } from './refs/article.js';
import { documentBaseSchema } from './refs/document.js';
import { pageBaseSchema } from './page.js';

/** Component `access.disclosure-item`: one item of the list and the entries that fulfil it. */
export const disclosureItemSchema = z.object({
  id: strapiIdSchema,
  item: z.enum(DISCLOSURE_ITEM_KEYS),
  documents: z.array(documentBaseSchema).optional(),
  pages: z.array(pageBaseSchema).optional(),
  articles: z.array(articleBaseSchema).optional(),
  note: z.string().nullable(),
});
export type DisclosureItem = z.infer<typeof disclosureItemSchema>;

export const informationAccessSchema = z.object({
  ...strapiEntryFields,
  intro: z.string().nullable(),
  /** Đầu mối cung cấp thông tin. */
  focalName: requiredTextSchema,
  focalPosition: z.string().nullable(),
  focalPhone: requiredTextSchema,
  focalEmail: requiredTextSchema,
  items: z.array(disclosureItemSchema),
  /** Derived: the items with nothing linked, for editors ("Đã đủ" when none). */
  missingItems: z.string().nullable().optional(),
});
export type InformationAccess = z.infer<typeof informationAccessSchema>;
