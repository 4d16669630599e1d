import { describe, expect, it } from 'vitest';
import {
  INDICATOR_STATUS_LABELS,
  KPI_DECIMALS,
  KpiInputError,
  PARTY_GRADING_LABELS,
  computeIndicatorResult,
  gradeFromScore,
  roundHalfAwayFromZero,
  summarizeReport,
  type IndicatorInput,
  type IndicatorResult,
} from '../src/index.js';

describe('computeIndicatorResult — figures from the reports', () => {
  it.each<[string, IndicatorInput, IndicatorResult]>([
    // Planted area 28.259 ha = 101,7% of plan (plan back-computed: 27.786 ha).
    ['planted area', { plan: 27786, actual: 28259, direction: 'higher' }, { percentOfPlan: 101.7, changeOnPrevious: null, status: 'exceeded' }],
    ['paddy 87.230,9 of 82.995 t', { plan: 82995, actual: 87230.9, direction: 'higher' }, { percentOfPlan: 105.1, changeOnPrevious: null, status: 'exceeded' }],
    ['maize 28.295,4 of 31.650 t', { plan: 31650, actual: 28295.4, direction: 'higher' }, { percentOfPlan: 89.4, changeOnPrevious: null, status: 'not-met' }],
    ['cereal output 115.526 of 114.645 t', { plan: 114645, actual: 115526, direction: 'higher' }, { percentOfPlan: 100.77, changeOnPrevious: null, status: 'exceeded' }],
    ['admissions 6 of a quota of 5', { plan: 5, actual: 6, direction: 'higher' }, { percentOfPlan: 120, changeOnPrevious: null, status: 'exceeded' }],
    ['households out of poverty 45 of 66', { plan: 66, actual: 45, direction: 'higher' }, { percentOfPlan: 68.18, changeOnPrevious: null, status: 'not-met' }],
    ['military recruitment 100% of quota', { plan: 120, actual: 120, direction: 'higher' }, { percentOfPlan: 100, changeOnPrevious: null, status: 'met' }],
    // Poverty rate 1,29% against a goal of 1%: lower is better, so 1 ÷ 1,29 = 77,52% → not met.
    ['poverty rate 1,29 vs goal 1', { plan: 1, actual: 1.29, direction: 'lower' }, { percentOfPlan: 77.52, changeOnPrevious: null, status: 'not-met' }],
    ['poverty rate 0,8 vs goal 1', { plan: 1, actual: 0.8, direction: 'lower' }, { percentOfPlan: 125, changeOnPrevious: null, status: 'exceeded' }],
    // Budget revenue +47% year on year.
    ['budget revenue +47%', { plan: 36, actual: 30.35, previous: 20.65, direction: 'higher' }, { percentOfPlan: 84.31, changeOnPrevious: 46.97, status: 'not-met' }],
    ['negative growth', { plan: 7, actual: -3.2, previous: 2, direction: 'higher' }, { percentOfPlan: -45.71, changeOnPrevious: -260, status: 'not-met' }],
    ['a drop on a negative base', { plan: 5, actual: -4, previous: -2, direction: 'higher' }, { percentOfPlan: -80, changeOnPrevious: -100, status: 'not-met' }],
    ['previous given as null', { plan: 10, actual: 10, previous: null, direction: 'higher' }, { percentOfPlan: 100, changeOnPrevious: null, status: 'met' }],
  ])('%s', (_label, input, expected) => {
    expect(computeIndicatorResult(input)).toEqual(expected);
  });

  it('matches the 17.711,84 tỷ đồng output growth of +9,47% on 2019', () => {
    const result = computeIndicatorResult({ plan: 17774, actual: 17711.84, previous: 16180, direction: 'higher' });
    expect(result.percentOfPlan).toBe(99.65);
    expect(result.changeOnPrevious).toBe(9.47);
    expect(result.status).toBe('not-met');
  });
});

describe('rounding tolerance', () => {
  it(`decides the status on the percent rounded to ${KPI_DECIMALS} decimals`, () => {
    expect(computeIndicatorResult({ plan: 100000, actual: 99996, direction: 'higher' })).toMatchObject({ percentOfPlan: 100, status: 'met' });
    expect(computeIndicatorResult({ plan: 100000, actual: 100004, direction: 'higher' })).toMatchObject({ percentOfPlan: 100, status: 'met' });
    expect(computeIndicatorResult({ plan: 100000, actual: 100005, direction: 'higher' })).toMatchObject({ percentOfPlan: 100.01, status: 'exceeded' });
    expect(computeIndicatorResult({ plan: 100000, actual: 99994, direction: 'higher' })).toMatchObject({ percentOfPlan: 99.99, status: 'not-met' });
  });

  it.each([
    [1.005, 2, 1.01],
    [100.005, 2, 100.01],
    [-1.005, 2, -1.01],
    [-0.001, 2, 0],
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [1e-7, 2, 0],
    [1e21, 2, 1e21],
  ])('roundHalfAwayFromZero(%d, %i) → %d', (value, decimals, expected) => {
    expect(roundHalfAwayFromZero(value, decimals)).toBe(expected);
  });
});

describe('computeIndicatorResult — bad input', () => {
  it.each<[string, IndicatorInput, KpiInputError['field'], RegExp]>([
    ['a zero plan', { plan: 0, actual: 5, direction: 'higher' }, 'plan', /Kế hoạch bằng 0.*chia cho 0/],
    ['a negative plan', { plan: -5, actual: 5, direction: 'higher' }, 'plan', /Kế hoạch không được âm \(nhận được -5\)/],
    ['a negative plan, lower is better', { plan: -1, actual: 2, direction: 'lower' }, 'plan', /không được âm/],
    ['a zero actual, lower is better', { plan: 1, actual: 0, direction: 'lower' }, 'actual', /thực hiện bằng 0.*chia cho 0/],
    ['a negative actual, lower is better', { plan: 1, actual: -2, direction: 'lower' }, 'actual', /không được âm \(nhận được -2\)/],
    ['a zero previous', { plan: 1, actual: 2, previous: 0, direction: 'higher' }, 'previous', /cùng kỳ bằng 0/],
    ['NaN actual', { plan: 1, actual: Number.NaN, direction: 'higher' }, 'actual', /thực hiện phải là một số hữu hạn, nhận được: NaN/],
    ['infinite plan', { plan: Number.POSITIVE_INFINITY, actual: 1, direction: 'higher' }, 'plan', /kế hoạch phải là một số hữu hạn/],
    ['infinite previous', { plan: 1, actual: 1, previous: Number.NEGATIVE_INFINITY, direction: 'higher' }, 'previous', /cùng kỳ/],
  ])('rejects %s with a KpiInputError', (_label, input, field, message) => {
    let caught: unknown;
    try {
      computeIndicatorResult(input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(KpiInputError);
    expect(caught).toBeInstanceOf(Error);
    const error = caught as KpiInputError;
    expect(error.name).toBe('KpiInputError');
    expect(error.field).toBe(field);
    expect(error.message).toMatch(message);
  });
});

describe('summarizeReport', () => {
  const statuses = (exceeded: number, met: number, notMet: number) => [
    ...Array.from({ length: exceeded }, () => ({ status: 'exceeded' as const })),
    ...Array.from({ length: met }, () => ({ status: 'met' as const })),
    ...Array.from({ length: notMet }, () => ({ status: 'not-met' as const })),
  ];

  it.each([
    [statuses(7, 3, 6), { metOrExceeded: 10, total: 16, label: 'đạt và vượt 10/16 chỉ tiêu' }],
    [statuses(0, 0, 3), { metOrExceeded: 0, total: 3, label: 'đạt và vượt 0/3 chỉ tiêu' }],
    [statuses(18, 0, 0), { metOrExceeded: 18, total: 18, label: 'đạt và vượt 18/18 chỉ tiêu' }],
    [[], { metOrExceeded: 0, total: 0, label: 'chưa có chỉ tiêu nào được đánh giá' }],
  ])('summarises %#', (results, expected) => {
    expect(summarizeReport(results)).toEqual(expected);
  });

  it('labels statuses in Vietnamese', () => {
    expect(INDICATOR_STATUS_LABELS).toEqual({ exceeded: 'Vượt', met: 'Đạt', 'not-met': 'Không đạt' });
  });
});

describe('gradeFromScore', () => {
  it.each([
    [100, 'excellent'],
    [90, 'excellent'],
    [89.9, 'good'],
    [70, 'good'],
    [69.5, 'completed'],
    [50, 'completed'],
    [49, 'not-completed'],
    [0, 'not-completed'],
  ] as const)('%d → %s', (score, grade) => {
    expect(gradeFromScore(score)).toBe(grade);
  });

  it('labels grades as Quy định 366-QĐ/TW does', () => {
    expect(PARTY_GRADING_LABELS.excellent).toBe('Hoàn thành xuất sắc nhiệm vụ');
  });

  it.each([-1, 101, Number.NaN])('rejects the score %d', (score) => {
    expect(() => gradeFromScore(score)).toThrow(/từ 0 đến 100/);
  });
});
