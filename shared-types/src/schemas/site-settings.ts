/**
 * Cài đặt cổng (single type): the portal's identity and the contact details Vietnamese rules require in the footer,
 * linked websites, social links and the home-page sections.
 */

import { z } from 'zod';
import { categoryBaseSchema } from './category.js';
import {
  documentIdSchema,
  labelledEnum,
  linkSchema,
  mediaSchema,
  requiredTextSchema,
  strapiEntryFields,
  strapiIdSchema,
} from './common.js';
import { organisationBaseSchema } from './organisation.js';

export const HOME_SECTION_KIND_LABELS = {
  'hot-news': 'Tin nóng',
  'featured-news': 'Tin tiêu điểm',
  'latest-by-category': 'Tin mới theo chuyên mục',
  'kpi-highlights': 'Chỉ tiêu nổi bật',
  'weekly-schedule': 'Lịch công tác tuần này',
  'draft-consultations': 'Dự thảo đang lấy ý kiến',
  'linked-websites': 'Website liên kết',
} as const;
export const homeSectionKindSchema = labelledEnum(HOME_SECTION_KIND_LABELS);
export type HomeSectionKind = z.infer<typeof homeSectionKindSchema>;

/** Component `home.section`: one block of the home page, in display order. */
export const homeSectionSchema = z.object({
  /** Component id. */
  id: strapiIdSchema,
  /** What the block shows. */
  kind: homeSectionKindSchema,
  /** Heading; the kind's label is used when null. */
  title: z.string().nullable(),
  /** How many items to show; a per-kind default when null. */
  limit: z.number().int().positive().nullable(),
  /** Category shown by a 'latest-by-category' block; absent when not populated. */
  get category() {
    return categoryBaseSchema.nullable().optional();
  },
});
export type HomeSection = z.infer<typeof homeSectionSchema>;

export const siteSettingsSchema = z.object({
  ...strapiEntryFields,
  /** Portal name, e.g. "Cổng thông tin điện tử huyện Bình Sơn". */
  portalName: requiredTextSchema,
  /** Owner as printed in the header, e.g. "Ủy ban nhân dân huyện Bình Sơn". */
  ownerName: requiredTextSchema,
  /** Name of the head of the editorial board (Trưởng Ban biên tập). */
  editorInChiefName: requiredTextSchema,
  /** Position of the head of the editorial board. */
  editorInChiefTitle: z.string().nullable(),
  /** Licence line (giấy phép), if any. */
  licence: z.string().nullable(),
  /** Contact phone. */
  phone: requiredTextSchema,
  /** Contact e-mail. */
  email: requiredTextSchema,
  /** Street address. */
  address: requiredTextSchema,
  /** Banner text for an archived portal, e.g. that the district was dissolved on 01/07/2025 and into what. */
  archiveNotice: z.string().nullable(),
  /** Logo. */
  logo: mediaSchema.nullable(),
  /** Website liên kết (repeatable `shared.link`). */
  linkedWebsites: z.array(linkSchema),
  /** Social accounts (repeatable `shared.link`). */
  socialLinks: z.array(linkSchema),
  /** Home-page blocks in order (repeatable `home.section`). */
  homeSections: z.array(homeSectionSchema),
  /** Owner organisation; absent when not populated. */
  get ownerOrganisation() {
    return organisationBaseSchema.nullable().optional();
  },
  /** The platform's default unit (the settings' own unit); absent when not populated. */
  unit: z.object({ documentId: documentIdSchema, slug: z.string().nullable() }).nullable().optional(),
});
export type SiteSettings = z.infer<typeof siteSettingsSchema>;
