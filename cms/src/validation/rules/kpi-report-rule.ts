import { KpiInputError, computeIndicatorResult, gradeFromScore, parseViNumber, summarizeReport } from '@portal/shared-types';
import type { IndicatorStatus } from '@portal/shared-types';
import type { FieldProblems } from '../field-errors';
import { numberOf, rowsOf, rowOf, textOf, type Row } from '../stored-values';
import type { ContentRule, DerivedValues } from './content-rule';

const NUMERIC_FIELDS = ['plan', 'actual', 'previous'] as const;
const FIELD_LABELS: Record<(typeof NUMERIC_FIELDS)[number], string> = {
  plan: 'Kế hoạch',
  actual: 'Thực hiện',
  previous: 'Cùng kỳ',
};

/**
 * Figures may arrive as text: vi-VN first ("17.711,84", "2 033"), then a plain decimal ("31650.5"), which vi-VN
 * cannot mean. They are stored as numbers, or refused.
 */
function numberFromText(text: string): number | null {
  const vietnamese = parseViNumber(text);
  if (vietnamese !== null) return vietnamese;
  return /^\s*-?\d+\.\d+\s*$/.test(text) ? Number(text) : null;
}

function checkNumericInput(data: Row, problems: FieldProblems): void {
  rowsOf(data.values).forEach((value, index) => {
    for (const field of NUMERIC_FIELDS) {
      const raw = value[field];
      if (raw === undefined || raw === null || typeof raw === 'number') continue;
      if (typeof raw === 'string' && raw.trim() === '') {
        value[field] = null;
        continue;
      }
      const number = typeof raw === 'string' ? numberFromText(raw) : null;
      if (number === null) {
        problems.add(['values', index, field], `${FIELD_LABELS[field]} phải là một số (ví dụ 17.711,84), không phải “${String(raw)}”.`);
      } else {
        value[field] = number;
      }
    }
  });
}

function deriveValue(value: Row, index: number, problems: FieldProblems): { data: Row; status: IndicatorStatus | null } {
  const none = { data: { percentOfPlan: null, changeOnPrevious: null, status: null }, status: null };
  const indicator = rowOf(value.indicator);
  if (indicator === null) {
    problems.add(['values', index, 'indicator'], 'Chọn chỉ tiêu cho dòng số liệu này (đơn vị tính lấy theo chỉ tiêu).');
    return none;
  }
  const plan = numberOf(value.plan);
  const actual = numberOf(value.actual);
  const previous = numberOf(value.previous);
  if (plan !== null && plan <= 0) {
    problems.add(['values', index, 'plan'], `Kế hoạch của chỉ tiêu “${String(indicator.name)}” phải lớn hơn 0 (nhận được ${plan}).`);
    return none;
  }
  if (plan === null || actual === null) return none;
  try {
    const direction = indicator.direction === 'lower' ? 'lower' : 'higher';
    const result = computeIndicatorResult({ plan, actual, previous, direction });
    return { data: { ...result }, status: result.status };
  } catch (error) {
    if (!(error instanceof KpiInputError)) throw error;
    problems.add(['values', index, error.field], `Chỉ tiêu “${String(indicator.name)}”: ${error.message}`);
    return none;
  }
}

export const kpiReportRule: ContentRule = {
  uid: 'api::kpi-report.kpi-report',
  derivedAttributes: ['metOrExceeded', 'totalAssessed', 'summaryLabel'],
  derivedComponentAttributes: { values: ['percentOfPlan', 'changeOnPrevious', 'status'] },
  populate: { values: { populate: { indicator: { select: ['id', 'name', 'direction', 'measureUnit'] } } } },
  checkInput: checkNumericInput,
  derive(version, { problems }) {
    const components: DerivedValues['components'] = [];
    const statuses: Array<{ status: IndicatorStatus }> = [];
    rowsOf(version.values).forEach((value, index) => {
      const { data, status } = deriveValue(value, index, problems);
      components.push({ attribute: 'values', uid: 'kpi.value', id: Number(value.id), data });
      if (status !== null) statuses.push({ status });
    });
    const summary = summarizeReport(statuses);
    const entry: Row = { metOrExceeded: summary.metOrExceeded, totalAssessed: summary.total, summaryLabel: summary.label };
    const score = numberOf(version.gradingScore);
    if (score !== null && textOf(version.grading) === null && score >= 0 && score <= 100) entry.grading = gradeFromScore(score);
    return { entry, components };
  },
};
