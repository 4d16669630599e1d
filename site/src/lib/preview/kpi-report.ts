/** The preview of a KPI report (api::kpi-report.kpi-report): period facts and the table of values. */

import type { PreviewDom } from './dom.ts';
import { draftTitle } from './types.ts';
import { formatDate, formatNumber, list, num, obj, str, type Entry } from './values.ts';

export function renderKpiReport(dom: PreviewDom, entry: Entry): DocumentFragment {
  const { text, indicatorStatus, reportPeriod } = dom.labels;
  const out = dom.doc.createDocumentFragment();
  const summary = str(entry.summaryLabel);
  if (summary !== undefined) out.append(dom.el('p', text.reportSummary.replace('{label}', summary), 'lead'));
  const year = num(entry.year);
  const period = [reportPeriod[str(entry.period) ?? ''], year === undefined ? undefined : String(year)].filter(Boolean).join(' ');
  out.append(
    dom.facts(draftTitle('api::kpi-report.kpi-report', entry), [
      [text.reportPeriod, period],
      [text.reportDate, formatDate(entry.reportDate)],
      [text.reportGrading, str(entry.grading)],
    ]),
  );
  const rows = list(entry.values).map((value) => [
    str(obj(value.indicator)?.name) ?? '–',
    formatNumber(value.plan),
    formatNumber(value.actual),
    num(value.percentOfPlan) === undefined ? '–' : `${formatNumber(value.percentOfPlan)}%`,
    indicatorStatus[str(value.status) ?? ''] ?? '–',
  ]);
  if (rows.length > 0) {
    out.append(
      dom.dataTable(text.reportTable.replace('{title}', draftTitle('api::kpi-report.kpi-report', entry)), [text.kpiIndicator, text.kpiPlan, text.kpiActual, text.kpiPercentOfPlan, text.kpiStatus], rows, true),
    );
  }
  return out;
}
