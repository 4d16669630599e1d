/** Indicator values across reports: periods, series per indicator, term-target progress. Pure functions. */

import {
  type Congress,
  INDICATOR_STATUS_LABELS,
  type IndicatorBase,
  type KpiReport,
  type KpiValue,
  REPORT_PERIOD_LABELS,
  KpiInputError,
  computeIndicatorResult,
  formatViNumber,
  formatViPercent,
} from '@portal/shared-types';
import { t } from '../../i18n/vi.ts';

type PeriodFields = Pick<KpiReport, 'period' | 'year' | 'quarter' | 'termStartYear'>;

/** "Năm 2020", "9 tháng 2020", "Quý 2/2021", "Nhiệm kỳ 2015–2020". */
export function periodLabel(report: PeriodFields): string {
  switch (report.period) {
    case 'year':
      return t('kpi.period.year', { year: report.year });
    case 'quarter':
      return t('kpi.period.quarter', { quarter: report.quarter ?? '?', year: report.year });
    case 'term':
      return t('kpi.period.term', { start: report.termStartYear ?? '?', end: report.year });
    default:
      return `${REPORT_PERIOD_LABELS[report.period]} ${report.year}`;
  }
}

/** Chronological key: a period ends in its year after the quarters and half-years that end in it. */
export function periodOrder(report: PeriodFields): number {
  const within = { quarter: (report.quarter ?? 4) * 3, 'six-months': 6, 'nine-months': 9, year: 12, term: 13 }[report.period];
  return report.year * 100 + within;
}

export interface SeriesPoint {
  report: KpiReport;
  label: string;
  value: KpiValue;
}

/** For every indicator (by documentId), its values across reports in chronological order. One pass. */
export function seriesByIndicator(reports: readonly KpiReport[]): Map<string, SeriesPoint[]> {
  const series = new Map<string, SeriesPoint[]>();
  for (const report of reports) {
    const label = periodLabel(report);
    for (const value of report.values) {
      const id = value.indicator?.documentId;
      if (id === undefined) continue;
      const list = series.get(id) ?? [];
      list.push({ report, label, value });
      series.set(id, list);
    }
  }
  for (const list of series.values()) {
    list.sort((a, b) => periodOrder(a.report) - periodOrder(b.report) || (a.report.reportDate ?? '').localeCompare(b.report.reportDate ?? ''));
  }
  return series;
}

/** The latest point of a series (the last in chronological order). */
export function latestPoint(series: readonly SeriesPoint[]): SeriesPoint | undefined {
  return series.at(-1);
}

export interface TargetProgress {
  /** Points within the term, chronologically. */
  points: SeriesPoint[];
  /** Latest actual against the term target, direction-aware (computeIndicatorResult); undefined when not computable. */
  percentOfTarget?: number | undefined;
  status?: 'exceeded' | 'met' | 'not-met' | undefined;
}

/** Progress of a congress term target across the yearly (and term) reports of its term. */
export function targetProgress(
  indicator: Pick<IndicatorBase, 'direction'>,
  target: number | null,
  series: readonly SeriesPoint[],
  term: { start: number; end: number },
): TargetProgress {
  const points = series.filter(
    (point) => (point.report.period === 'year' || point.report.period === 'term') && point.report.year >= term.start && point.report.year <= term.end,
  );
  const latest = points.findLast((point) => point.value.actual !== null);
  if (target === null || latest === undefined || latest.value.actual === null || target < 0) return { points };
  try {
    const result = computeIndicatorResult({ plan: target, actual: latest.value.actual, direction: indicator.direction });
    return { points, percentOfTarget: result.percentOfPlan, status: result.status };
  } catch (error) {
    // A zero target (or a zero actual for "lower is better") has no meaningful percentage: show the values only.
    if (error instanceof KpiInputError) return { points };
    throw error;
  }
}

/** Formats an optional number the vi-VN way, "–" when absent. */
export function viValue(value: number | null | undefined): string {
  return value === null || value === undefined ? t('kpi.noValue') : formatViNumber(value);
}

/** Formats an optional percentage ("101,7%"), "–" when absent. */
export function viPercent(value: number | null | undefined): string {
  return value === null || value === undefined ? t('kpi.noValue') : formatViPercent(value);
}

/** Text alternative of an indicator chart: every period's actual and plan, in words. */
export function seriesSummary(indicator: Pick<IndicatorBase, 'name' | 'measureUnit'>, points: readonly SeriesPoint[]): string {
  const described = points
    .map((point) => t('kpi.chartPoint', { period: point.label, actual: viValue(point.value.actual), plan: viValue(point.value.plan) }))
    .join('; ');
  return t('kpi.chartSummary', { name: indicator.name, unit: indicator.measureUnit, count: points.length, points: described });
}

export interface TermTargetRow {
  /** The indicator as it is now, when the target names one. */
  indicator?: IndicatorBase | undefined;
  /** The goal as worded ("18/21 xã…"), else the number with the unit. */
  goal: string;
  /** Latest actual value per year of the term ("–" when none). */
  years: Array<{ year: number; value: string }>;
  /** "98,03% – Không đạt", or undefined without data. */
  progress?: string | undefined;
}

/** The term-target table of a congress: goal, each year's latest actual, and progress of the latest actual. */
export function termTargetRows(
  congress: Pick<Congress, 'termTargets' | 'termStartYear' | 'termEndYear'>,
  indicatorById: ReadonlyMap<string, IndicatorBase>,
  series: ReadonlyMap<string, SeriesPoint[]>,
): TermTargetRow[] {
  const term = { start: congress.termStartYear, end: congress.termEndYear };
  const years = Array.from({ length: term.end - term.start + 1 }, (_, offset) => term.start + offset);
  return congress.termTargets.map((target) => {
    const indicator = target.indicator ? indicatorById.get(target.indicator.documentId) : undefined;
    const progress = indicator ? targetProgress(indicator, target.target, series.get(indicator.documentId) ?? [], term) : undefined;
    const goal = target.targetText ?? `${viValue(target.target)}${indicator ? ` ${indicator.measureUnit}` : ''}`;
    return {
      indicator,
      goal,
      years: years.map((year) => ({ year, value: viValue(progress?.points.findLast((point) => point.report.year === year)?.value.actual) })),
      progress:
        progress?.percentOfTarget === undefined
          ? undefined
          : `${viPercent(progress.percentOfTarget)}${progress.status ? ` – ${INDICATOR_STATUS_LABELS[progress.status]}` : ''}`,
    };
  });
}

/** A value with its unit, vi-VN: "17.711,84 tỷ đồng", "17,5%" (no space before a percent sign). */
export function withUnit(value: number | null | undefined, unit: string): string {
  const text = viValue(value);
  if (value === null || value === undefined || unit === '') return text;
  return unit === '%' ? `${text}%` : `${text} ${unit}`;
}
