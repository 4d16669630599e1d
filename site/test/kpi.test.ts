import { toCsv } from '@portal/shared-types';
import { describe, expect, it } from 'vitest';
import { chartGeometry } from '../src/lib/kpi/chart.ts';
import { periodLabel, seriesByIndicator, seriesSummary, targetProgress, termTargetRows, withUnit } from '../src/lib/kpi/kpi-series.ts';
import { KPI_COLUMNS, allKpiRecords, toRows } from '../src/lib/open-data/open-data.ts';
import { reportFixture } from './support/domain-fixtures.ts';

const report2020 = reportFixture();
const report2021 = reportFixture({
  id: 16,
  documentId: 'r16',
  slug: 'ket-qua-2021',
  year: 2021,
  values: report2020.values.map((value) => ({ ...value, actual: (value.actual ?? 0) + 1000 })),
});
const nineMonths = reportFixture({ id: 17, documentId: 'r17', slug: 'chin-thang-2021', period: 'nine-months', year: 2021 });
const paddy = report2020.values[0]!.indicator!;

describe('periods', () => {
  it('labels periods the Vietnamese way', () => {
    expect(periodLabel(report2020)).toBe('Năm 2020');
    expect(periodLabel(nineMonths)).toBe('9 tháng 2021');
    expect(periodLabel({ period: 'quarter', year: 2021, quarter: 2, termStartYear: null })).toBe('Quý 2/2021');
    expect(periodLabel({ period: 'term', year: 2020, quarter: null, termStartYear: 2015 })).toBe('Nhiệm kỳ 2015–2020');
  });

  it('orders an indicator’s values chronologically, whatever the report order', () => {
    const series = seriesByIndicator([report2021, nineMonths, report2020]).get(paddy.documentId) ?? [];
    expect(series.map((point) => point.label)).toEqual(['Năm 2020', '9 tháng 2021', 'Năm 2021']);
  });
});

describe('term targets', () => {
  const series = seriesByIndicator([report2020, report2021, nineMonths]).get(paddy.documentId) ?? [];

  it('uses yearly reports within the term and the latest actual against the target', () => {
    const progress = targetProgress(paddy, 90_000, series, { start: 2020, end: 2025 });
    expect(progress.points.map((point) => point.report.year)).toEqual([2020, 2021]);
    expect(progress.percentOfTarget).toBe(98.03);
    expect(progress.status).toBe('not-met');
  });

  it('shows values without a percentage when the target is zero or missing', () => {
    expect(targetProgress(paddy, 0, series, { start: 2020, end: 2025 }).percentOfTarget).toBeUndefined();
    expect(targetProgress(paddy, null, series, { start: 2020, end: 2025 }).points).toHaveLength(2);
  });
});

describe('the indicator chart', () => {
  it('scales bars from zero to a round top, with plan markers and vi-VN tick labels', () => {
    const chart = chartGeometry([
      { label: 'Năm 2020', actual: 87230.9, plan: 82995 },
      { label: 'Năm 2021', actual: null, plan: 90000 },
    ]);
    expect(chart.ticks.at(-1)?.text).toBe('100.000');
    expect(chart.ticks[0]?.text).toBe('0');
    const [first, second] = chart.bars;
    expect(first?.actual?.text).toBe('87.230,9');
    expect(first!.actual!.y + first!.actual!.height).toBeCloseTo(chart.plot.bottom);
    expect(second?.actual).toBeUndefined();
    expect(second?.plan?.y).toBeLessThan(first!.plan!.y);
  });

  it('describes the chart in words for its text alternative', () => {
    const series = seriesByIndicator([report2020]).get(paddy.documentId) ?? [];
    expect(seriesSummary(paddy, series)).toBe('Sản lượng lúa (tấn) qua 1 kỳ: Năm 2020 thực hiện 87.230,9, kế hoạch 82.995.');
  });
});

describe('open data CSV', () => {
  it('has one row per KPI value with the CMS-derived percentage and status', () => {
    const records = allKpiRecords([report2020], new Map());
    expect(records).toHaveLength(report2020.values.length);
    expect(records[0]).toMatchObject({ ky: 'Năm 2020', ma_chi_tieu: 'SL-LUA', ke_hoach: 82995, thuc_hien: 87230.9, phan_tram_ke_hoach: 105.1, danh_gia: 'exceeded' });
    const csv = toCsv(KPI_COLUMNS, toRows(KPI_COLUMNS, records));
    expect(csv.split('\r\n')[1]).toBe('ket-qua-thuc-hien-chi-tieu-nam-2020,Năm 2020,2020,SL-LUA,Sản lượng lúa,tấn,82995,87230.9,,false,105.1,,exceeded,');
  });
});

describe('the term-target table of a congress', () => {
  it('shows each year’s latest actual and the progress of the latest against the goal', () => {
    const series = seriesByIndicator([report2020, report2021]);
    const rows = termTargetRows(
      { termStartYear: 2020, termEndYear: 2022, termTargets: [{ id: 1, indicator: paddy, target: 90_000, targetText: null, note: null }] },
      new Map([[paddy.documentId, paddy]]),
      series,
    );
    expect(rows).toEqual([
      {
        indicator: paddy,
        goal: '90.000 tấn',
        years: [
          { year: 2020, value: '87.230,9' },
          { year: 2021, value: '88.230,9' },
          { year: 2022, value: '–' },
        ],
        progress: '98,03% – Không đạt',
      },
    ]);
  });
});

describe('values with units', () => {
  it('writes vi-VN numbers, no space before %, a dash when unknown', () => {
    expect(withUnit(17711.84, 'tỷ đồng')).toBe('17.711,84 tỷ đồng');
    expect(withUnit(17.5, '%')).toBe('17,5%');
    expect(withUnit(null, 'ha')).toBe('–');
  });
});
