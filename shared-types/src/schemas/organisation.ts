/**
 * Tổ chức: party committees and cells, state bodies, mass organisations — at any level, with history (the district
 * level was abolished on 01/07/2025, so units end and are merged into others).
 */

import { z } from 'zod';
import { isoDateSchema, labelledEnum, requiredTextSchema, slugSchema, strapiEntryFields } from './common.js';

export const ORGANISATION_KIND_LABELS = {
  'party-committee': 'Đảng bộ, cấp ủy',
  'party-cell': 'Chi bộ',
  'party-agency': 'Cơ quan tham mưu, giúp việc cấp ủy',
  'peoples-council': 'Hội đồng nhân dân',
  'peoples-committee': 'Ủy ban nhân dân',
  'state-agency': 'Cơ quan nhà nước',
  'mass-organisation': 'Mặt trận Tổ quốc, đoàn thể',
  other: 'Khác',
} as const;
export const organisationKindSchema = labelledEnum(ORGANISATION_KIND_LABELS);
export type OrganisationKind = z.infer<typeof organisationKindSchema>;

export const ORGANISATION_LEVEL_LABELS = {
  central: 'Trung ương',
  province: 'Cấp tỉnh',
  district: 'Cấp huyện (đến 30/06/2025)',
  commune: 'Cấp xã',
  agency: 'Cơ quan, đơn vị',
} as const;
export const organisationLevelSchema = labelledEnum(ORGANISATION_LEVEL_LABELS);
export type OrganisationLevel = z.infer<typeof organisationLevelSchema>;

const organisationScalarFields = {
  ...strapiEntryFields,
  /** Full name, e.g. "Ban Thường vụ Huyện ủy Bình Sơn". */
  name: requiredTextSchema,
  /** Short name, e.g. "Huyện ủy Bình Sơn". */
  shortName: z.string().nullable(),
  /** Code used in document numbers, e.g. "HU", "TU", "ĐU", "UBND". */
  code: z.string().nullable(),
  /** URL segment. */
  slug: slugSchema,
  /** What kind of body it is. */
  kind: organisationKindSchema,
  /** Administrative level. */
  level: organisationLevelSchema,
  /** First day of activity (establishment or merger), if known. */
  activeFrom: isoDateSchema.nullable(),
  /** Last day of activity; null while active. */
  activeUntil: isoDateSchema.nullable(),
  /** Short introduction. */
  description: z.string().nullable(),
  /** Own website. */
  website: z.string().nullable(),
  /** Public postal address. */
  address: z.string().nullable(),
  /** Public phone number. */
  phone: z.string().nullable(),
  /** Public e-mail address. */
  email: z.string().nullable(),
};

/** An organisation as it appears when populated inside another entry. */
export const organisationBaseSchema = z.object(organisationScalarFields);
export type OrganisationBase = z.infer<typeof organisationBaseSchema>;

export const organisationSchema = z.object({
  ...organisationScalarFields,
  /** Superior organisation (e.g. the Huyện ủy of a commune Đảng ủy); absent when not populated. */
  get parent() {
    return organisationBaseSchema.nullable().optional();
  },
  /** Organisation it was merged into when it ended (drives the archive banner); absent when not populated. */
  get mergedInto() {
    return organisationBaseSchema.nullable().optional();
  },
});
export type Organisation = z.infer<typeof organisationSchema>;
