/** Chỉ tiêu: a socio-economic or party-building indicator that reports give values for. */

import { z } from 'zod';
import { labelledEnum, requiredTextSchema, slugSchema, strapiEntryFields } from './common.js';
import { organisationBaseSchema } from './organisation.js';

export const INDICATOR_DOMAIN_LABELS = {
  economy: 'Kinh tế',
  'culture-society': 'Văn hóa – xã hội',
  'defence-security': 'Quốc phòng – an ninh',
  'party-building': 'Xây dựng Đảng',
  environment: 'Môi trường',
} as const;
export const indicatorDomainSchema = labelledEnum(INDICATOR_DOMAIN_LABELS);
export type IndicatorDomain = z.infer<typeof indicatorDomainSchema>;

export const INDICATOR_DIRECTION_LABELS = {
  higher: 'Càng cao càng tốt',
  lower: 'Càng thấp càng tốt',
} as const;
export const indicatorDirectionSchema = labelledEnum(INDICATOR_DIRECTION_LABELS);

export const INDICATOR_TARGET_KIND_LABELS = {
  absolute: 'Giá trị tuyệt đối',
  'term-average': 'Bình quân cả nhiệm kỳ',
  'relative-to-baseline': 'So với năm gốc',
} as const;
export const indicatorTargetKindSchema = labelledEnum(INDICATOR_TARGET_KIND_LABELS);
export type IndicatorTargetKind = z.infer<typeof indicatorTargetKindSchema>;

const indicatorScalarFields = {
  ...strapiEntryFields,
  /** Name, e.g. "Tỷ lệ hộ nghèo". */
  name: requiredTextSchema,
  /** Stable code, unique per organisation, e.g. "BC-HO-NGHEO". */
  code: requiredTextSchema,
  /** URL segment: /chi-tieu/<slug>/. */
  slug: slugSchema,
  /** Measurement unit, e.g. "%", "ha", "tỷ đồng", "kg/người/năm". */
  measureUnit: z.string(),
  /** Domain (lĩnh vực). */
  domain: indicatorDomainSchema,
  /** Whether more or less is better (drives percent of plan and status). */
  direction: indicatorDirectionSchema,
  /** How the target is expressed. */
  targetKind: indicatorTargetKindSchema,
  /** Definition or notes on how it is measured. */
  description: z.string().nullable(),
};

/** An indicator as it appears when populated inside another entry. */
export const indicatorBaseSchema = z.object(indicatorScalarFields);
export type IndicatorBase = z.infer<typeof indicatorBaseSchema>;

export const indicatorSchema = z.object({
  ...indicatorScalarFields,
  /** Organisation whose indicator it is; absent when not populated. */
  get organisation() {
    return organisationBaseSchema.nullable().optional();
  },
});
export type Indicator = z.infer<typeof indicatorSchema>;
