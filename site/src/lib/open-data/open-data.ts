/** Open data files: document metadata and every KPI value, as rows for CSV and objects for JSON. */

import type { CsvCell, Document, IndicatorBase, KpiReport } from '@portal/shared-types';
import { documentYear } from '../documents/documents.ts';
import { type SeriesPoint, periodLabel } from '../kpi/kpi-series.ts';

export const DOCUMENT_COLUMNS = [
  'so_ky_hieu',
  'loai',
  'he_thong',
  'co_quan_ban_hanh',
  'nguoi_ky',
  'ngay_ban_hanh',
  'ngay_hieu_luc',
  'nam',
  'hieu_luc',
  'linh_vuc',
  'trich_yeu',
  'duong_dan',
] as const;

export function documentRecord(document: Document, url: string): Record<(typeof DOCUMENT_COLUMNS)[number], CsvCell> {
  return {
    so_ky_hieu: document.normalizedNumber,
    loai: document.typeName,
    he_thong: document.system,
    co_quan_ban_hanh: document.issuerName,
    nguoi_ky: document.signer,
    ngay_ban_hanh: document.issuedDate,
    ngay_hieu_luc: document.effectiveDate,
    nam: documentYear(document) ?? null,
    hieu_luc: document.validity,
    linh_vuc: document.areas.join('; '),
    trich_yeu: document.subject,
    duong_dan: url,
  };
}

export const KPI_COLUMNS = [
  'bao_cao',
  'ky',
  'nam',
  'ma_chi_tieu',
  'chi_tieu',
  'don_vi',
  'ke_hoach',
  'thuc_hien',
  'cung_ky',
  'uoc_tinh',
  'phan_tram_ke_hoach',
  'so_voi_cung_ky',
  'danh_gia',
  'ghi_chu',
] as const;

export type KpiRecord = Record<(typeof KPI_COLUMNS)[number], CsvCell>;

export function kpiRecord(report: KpiReport, value: KpiReport['values'][number], indicator: IndicatorBase | undefined): KpiRecord {
  return {
    bao_cao: report.slug,
    ky: periodLabel(report),
    nam: report.year,
    ma_chi_tieu: indicator?.code ?? null,
    chi_tieu: indicator?.name ?? null,
    don_vi: indicator?.measureUnit ?? null,
    ke_hoach: value.plan,
    thuc_hien: value.actual,
    cung_ky: value.previous,
    uoc_tinh: value.estimate,
    phan_tram_ke_hoach: value.percentOfPlan,
    so_voi_cung_ky: value.changeOnPrevious,
    danh_gia: value.status,
    ghi_chu: value.note,
  };
}

/** Every value of every report, reports in the given order. */
export function allKpiRecords(reports: readonly KpiReport[], indicatorById: ReadonlyMap<string, IndicatorBase>): KpiRecord[] {
  return reports.flatMap((report) =>
    report.values.map((value) =>
      kpiRecord(report, value, value.indicator ? (indicatorById.get(value.indicator.documentId) ?? value.indicator) : undefined),
    ),
  );
}

/** The values of one indicator's series. */
export function seriesRecords(indicator: IndicatorBase, series: readonly SeriesPoint[]): KpiRecord[] {
  return series.map((point) => kpiRecord(point.report, point.value, indicator));
}

/** Rows in column order, for toCsv. */
export function toRows<Column extends string>(columns: readonly Column[], records: ReadonlyArray<Record<Column, CsvCell>>): CsvCell[][] {
  return records.map((record) => columns.map((column) => record[column]));
}
