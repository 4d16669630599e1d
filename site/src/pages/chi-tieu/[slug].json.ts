/** /chi-tieu/<slug>.json: the indicator and its values across reports. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Indicator } from '@portal/shared-types';
import { seriesRecords } from '../../lib/open-data/open-data.ts';
import { site, withSharedKey } from '../../lib/build/site-data.ts';

export const getStaticPaths = (async () =>
  withSharedKey((await site()).indicators.map((indicator) => ({ params: { slug: indicator.slug }, props: { indicator } })))) satisfies GetStaticPaths;

export const GET: APIRoute<{ indicator: Indicator }> = async ({ props: { indicator } }) => {
  const index = await site();
  const { name, code, measureUnit, domain, direction, targetKind, description } = indicator;
  const body = { indicator: { name, code, unit: measureUnit, domain, direction, targetKind, description }, values: seriesRecords(indicator, index.series.get(indicator.documentId) ?? []) };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
