/**
 * Báo cáo kết quả thực hiện chỉ tiêu: values of indicators for a period. percentOfPlan, changeOnPrevious, status and
 * the summary are derived by the CMS with computeIndicatorResult / summarizeReport, never typed by hand.
 */

import { z } from 'zod';
import { INDICATOR_STATUS_LABELS, PARTY_GRADING_LABELS } from '../kpi.js';
import { isoDateSchema, labelledEnum, requiredTextSchema, slugSchema, strapiEntryFields, strapiIdSchema } from './common.js';
import { documentBaseSchema } from './document.js';
import { indicatorBaseSchema } from './indicator.js';
import { organisationBaseSchema } from './organisation.js';

export const REPORT_PERIOD_LABELS = {
  year: 'Cả năm',
  'six-months': '6 tháng',
  'nine-months': '9 tháng',
  quarter: 'Quý',
  term: 'Nhiệm kỳ',
} as const;
export const reportPeriodSchema = labelledEnum(REPORT_PERIOD_LABELS);
export type ReportPeriod = z.infer<typeof reportPeriodSchema>;

export const indicatorStatusSchema = labelledEnum(INDICATOR_STATUS_LABELS);
export const partyGradingSchema = labelledEnum(PARTY_GRADING_LABELS);

/** Component `kpi.value`: one indicator's figures in a report. */
export const kpiValueSchema = z.object({
  /** Component id. */
  id: strapiIdSchema,
  /** The indicator; absent when not populated. */
  get indicator() {
    return indicatorBaseSchema.nullable().optional();
  },
  /** Kế hoạch: planned value for the period. */
  plan: z.number().nullable(),
  /** Thực hiện: achieved value. */
  actual: z.number().nullable(),
  /** Cùng kỳ: value of the same period last year. */
  previous: z.number().nullable(),
  /** True for an estimate (ước thực hiện), false for official figures. */
  estimate: z.boolean(),
  /** Note, e.g. "vượt 2 trường so với kế hoạch". */
  note: z.string().nullable(),
  /** Derived: percent of plan, direction-aware; null when plan or actual is missing. */
  percentOfPlan: z.number().nullable(),
  /** Derived: change on the previous value in percent; null without a previous value. */
  changeOnPrevious: z.number().nullable(),
  /** Derived: exceeded / met / not-met; null when it cannot be computed. */
  status: indicatorStatusSchema.nullable(),
});
export type KpiValue = z.infer<typeof kpiValueSchema>;

const kpiReportScalarFields = {
  ...strapiEntryFields,
  /** Title, e.g. "Kết quả thực hiện chỉ tiêu kinh tế – xã hội năm 2020". */
  title: requiredTextSchema,
  /** URL segment: /bao-cao/<slug>/. */
  slug: slugSchema,
  /** Kind of period covered. */
  period: reportPeriodSchema,
  /** Year the period ends in (for a term: its last year). */
  year: z.number().int(),
  /** Quarter 1–4 when period is 'quarter', else null. */
  quarter: z.number().int().min(1).max(4).nullable(),
  /** First year of the term when period is 'term', else null. */
  termStartYear: z.number().int().nullable(),
  /** Date of the report. */
  reportDate: isoDateSchema.nullable(),
  /** Xếp loại of the organisation, when the report grades it. */
  grading: partyGradingSchema.nullable(),
  /** Score out of 100 behind the grading. */
  gradingScore: z.number().min(0).max(100).nullable(),
  /** Derived: indicators met or exceeded. */
  metOrExceeded: z.number().int().nonnegative().nullable(),
  /** Derived: indicators assessed. */
  totalAssessed: z.number().int().nonnegative().nullable(),
  /** Derived: "đạt và vượt 10/16 chỉ tiêu". */
  summaryLabel: z.string().nullable(),
};

type PeriodFields = { period: ReportPeriod; year: number; quarter: number | null; termStartYear: number | null };

function checkPeriod(report: PeriodFields, context: z.core.$RefinementCtx<PeriodFields>): void {
  if ((report.period === 'quarter') !== (report.quarter !== null)) {
    context.addIssue({ code: 'custom', path: ['quarter'], message: 'Chỉ báo cáo quý mới ghi quý (1–4), và báo cáo quý phải ghi quý.' });
  }
  if (report.period === 'term') {
    if (report.termStartYear === null || report.termStartYear >= report.year) {
      context.addIssue({
        code: 'custom',
        path: ['termStartYear'],
        message: `Báo cáo nhiệm kỳ cần năm bắt đầu nhiệm kỳ trước năm ${report.year}.`,
      });
    }
  } else if (report.termStartYear !== null) {
    context.addIssue({ code: 'custom', path: ['termStartYear'], message: 'Chỉ báo cáo nhiệm kỳ mới ghi năm bắt đầu nhiệm kỳ.' });
  }
}

/** A report as it appears when populated inside another entry. */
export const kpiReportBaseSchema = z.object(kpiReportScalarFields).superRefine(checkPeriod);
export type KpiReportBase = z.infer<typeof kpiReportBaseSchema>;

export const kpiReportSchema = z
  .object({
    ...kpiReportScalarFields,
    /** Figures per indicator (repeatable component `kpi.value`). */
    values: z.array(kpiValueSchema),
    /** Reporting organisation; absent when not populated. */
    get organisation() {
      return organisationBaseSchema.nullable().optional();
    },
    /** Document the figures come from (báo cáo, nghị quyết…); absent when not populated. */
    get sourceDocument() {
      return documentBaseSchema.nullable().optional();
    },
  })
  .superRefine(checkPeriod);
export type KpiReport = z.infer<typeof kpiReportSchema>;
