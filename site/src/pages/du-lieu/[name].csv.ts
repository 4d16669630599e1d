/** /du-lieu/van-ban.csv and /du-lieu/chi-tieu.csv. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { toCsv } from '@portal/shared-types';
import { type OpenDataFile, OPEN_DATA_FILES } from '../../lib/open-data/open-data-files.ts';
import { toRows } from '../../lib/open-data/open-data.ts';
import { site, withSharedKey } from '../../lib/build/site-data.ts';

export const getStaticPaths = (() => withSharedKey(OPEN_DATA_FILES.map((file) => ({ params: { name: file.name }, props: { file } })))) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: OpenDataFile }> = async ({ props: { file }, site: siteUrl }) => {
  const records = file.records(await site(), siteUrl ?? new URL('http://localhost/'));
  return new Response(toCsv(file.columns, toRows(file.columns, records)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
