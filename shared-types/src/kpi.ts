/**
 * KPI arithmetic of socio-economic and party-building reports: percent of plan (direction-aware), change on the
 * previous period, status (vượt / đạt / không đạt) and the "đạt và vượt X/Y chỉ tiêu" summary.
 *
 * Rounding tolerance: results are rounded to KPI_DECIMALS (2) decimals, half away from zero, the precision reports
 * print (99,65%; 100,77%), and the status is decided on the rounded percent. So 99.996% counts as exactly 100 →
 * 'met', and a status never contradicts the percent shown next to it.
 */

export type IndicatorDirection = 'higher' | 'lower';
export type IndicatorStatus = 'exceeded' | 'met' | 'not-met';

export const KPI_DECIMALS = 2;

/** Vietnamese labels of statuses, as reports print them. */
export const INDICATOR_STATUS_LABELS: Readonly<Record<IndicatorStatus, string>> = {
  exceeded: 'Vượt',
  met: 'Đạt',
  'not-met': 'Không đạt',
};

/** Thrown for inputs that would give Infinity, NaN or a meaningless percent. */
export class KpiInputError extends Error {
  override readonly name = 'KpiInputError';
  /** The input at fault. */
  readonly field: 'plan' | 'actual' | 'previous';

  constructor(field: 'plan' | 'actual' | 'previous', message: string) {
    super(message);
    this.field = field;
  }
}

export interface IndicatorInput {
  /** Planned value (kế hoạch / chỉ tiêu). */
  plan: number;
  /** Achieved value (thực hiện). */
  actual: number;
  /** Same period of the previous year (cùng kỳ); null or absent when unknown. */
  previous?: number | null;
  /** 'higher' when more is better (output), 'lower' when less is better (poverty rate). */
  direction: IndicatorDirection;
}

export interface IndicatorResult {
  /** Percent of plan, ≥ 100 is good in both directions; rounded to KPI_DECIMALS. */
  percentOfPlan: number;
  /** (actual − previous) ÷ |previous| × 100, rounded to KPI_DECIMALS; null without a previous value. */
  changeOnPrevious: number | null;
  status: IndicatorStatus;
}

/** Moves the decimal point through the string form, so 1.005 → 100.5 exactly (not 100.49999…). */
function shiftDecimal(value: number, places: number): number {
  const [mantissa = '0', exponent = '0'] = String(value).split('e');
  return Number(`${mantissa}e${Number(exponent) + places}`);
}

/** Rounds half away from zero to a number of decimals, as people round printed figures. */
export function roundHalfAwayFromZero(value: number, decimals: number): number {
  const magnitude = shiftDecimal(Math.round(shiftDecimal(Math.abs(value), decimals)), -decimals);
  return value < 0 && magnitude !== 0 ? -magnitude : magnitude;
}

function requireFinite(field: KpiInputError['field'], label: string, value: number): void {
  if (!Number.isFinite(value)) {
    throw new KpiInputError(field, `Giá trị ${label} phải là một số hữu hạn, nhận được: ${value}.`);
  }
}

/**
 * Percent of plan, change on the previous period and status of one indicator.
 * 'higher': actual ÷ plan × 100; 'lower': plan ÷ actual × 100 (so ≥ 100 still means success).
 * Throws KpiInputError for a negative plan, a zero divisor or a non-finite value.
 */
export function computeIndicatorResult(input: IndicatorInput): IndicatorResult {
  const { plan, actual, direction } = input;
  const previous = input.previous ?? null;
  requireFinite('plan', 'kế hoạch', plan);
  requireFinite('actual', 'thực hiện', actual);
  if (previous !== null) requireFinite('previous', 'cùng kỳ', previous);
  if (plan < 0) throw new KpiInputError('plan', `Kế hoạch không được âm (nhận được ${plan}).`);

  let ratio: number;
  if (direction === 'higher') {
    if (plan === 0) {
      throw new KpiInputError('plan', 'Kế hoạch bằng 0 nên không tính được tỷ lệ % so với kế hoạch (phép chia cho 0).');
    }
    ratio = actual / plan;
  } else {
    if (actual === 0) {
      throw new KpiInputError(
        'actual',
        'Với chỉ tiêu càng thấp càng tốt, tỷ lệ là kế hoạch ÷ thực hiện; thực hiện bằng 0 nên không tính được (phép chia cho 0).',
      );
    }
    if (actual < 0) throw new KpiInputError('actual', `Với chỉ tiêu càng thấp càng tốt, thực hiện không được âm (nhận được ${actual}).`);
    ratio = plan / actual;
  }
  const percentOfPlan = roundHalfAwayFromZero(ratio * 100, KPI_DECIMALS);

  let changeOnPrevious: number | null = null;
  if (previous !== null) {
    if (previous === 0) {
      throw new KpiInputError('previous', 'Giá trị cùng kỳ bằng 0 nên không tính được tỷ lệ tăng/giảm (phép chia cho 0).');
    }
    // Dividing by |previous| keeps the sign meaning "went up / went down" even for a negative base.
    changeOnPrevious = roundHalfAwayFromZero(((actual - previous) / Math.abs(previous)) * 100, KPI_DECIMALS);
  }

  const status: IndicatorStatus = percentOfPlan > 100 ? 'exceeded' : percentOfPlan === 100 ? 'met' : 'not-met';
  return { percentOfPlan, changeOnPrevious, status };
}

export interface ReportSummary {
  /** Indicators met or exceeded. */
  metOrExceeded: number;
  /** Indicators assessed. */
  total: number;
  /** "đạt và vượt 10/16 chỉ tiêu". */
  label: string;
}

/** The "đạt và vượt X/Y chỉ tiêu" line of a report. */
export function summarizeReport(results: ReadonlyArray<{ status: IndicatorStatus }>): ReportSummary {
  const total = results.length;
  const metOrExceeded = results.filter((result) => result.status !== 'not-met').length;
  const label = total === 0 ? 'chưa có chỉ tiêu nào được đánh giá' : `đạt và vượt ${metOrExceeded}/${total} chỉ tiêu`;
  return { metOrExceeded, total, label };
}

/** Annual grading of party organisations (Quy định 366-QĐ/TW, 100-point scale). */
export type PartyGrading = 'excellent' | 'good' | 'completed' | 'not-completed';

export const PARTY_GRADING_LABELS: Readonly<Record<PartyGrading, string>> = {
  excellent: 'Hoàn thành xuất sắc nhiệm vụ',
  good: 'Hoàn thành tốt nhiệm vụ',
  completed: 'Hoàn thành nhiệm vụ',
  'not-completed': 'Không hoàn thành nhiệm vụ',
};

/** Grade from a score out of 100: ≥ 90 excellent, 70–<90 good, 50–<70 completed, below 50 not completed. */
export function gradeFromScore(score: number): PartyGrading {
  if (!Number.isFinite(score) || score < 0 || score > 100) {
    throw new RangeError(`Điểm xếp loại phải từ 0 đến 100, nhận được: ${score}`);
  }
  if (score >= 90) return 'excellent';
  if (score >= 70) return 'good';
  if (score >= 50) return 'completed';
  return 'not-completed';
}
