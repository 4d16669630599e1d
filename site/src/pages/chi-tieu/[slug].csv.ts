/** /chi-tieu/<slug>.csv: the indicator's values across reports. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Indicator } from '@portal/shared-types';
import { toCsv } from '@portal/shared-types';
import { KPI_COLUMNS, seriesRecords, toRows } from '../../lib/open-data/open-data.ts';
import { site, withSharedKey } from '../../lib/build/site-data.ts';

export const getStaticPaths = (async () =>
  withSharedKey((await site()).indicators.map((indicator) => ({ params: { slug: indicator.slug }, props: { indicator } })))) satisfies GetStaticPaths;

export const GET: APIRoute<{ indicator: Indicator }> = async ({ props: { indicator } }) => {
  const index = await site();
  const records = seriesRecords(indicator, index.series.get(indicator.documentId) ?? []);
  return new Response(toCsv(KPI_COLUMNS, toRows(KPI_COLUMNS, records)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
