/** /du-lieu/van-ban.json and /du-lieu/chi-tieu.json. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { type OpenDataFile, OPEN_DATA_FILES } from '../../lib/open-data/open-data-files.ts';
import { site, withSharedKey } from '../../lib/build/site-data.ts';

export const getStaticPaths = (() => withSharedKey(OPEN_DATA_FILES.map((file) => ({ params: { name: file.name }, props: { file } })))) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: OpenDataFile }> = async ({ props: { file }, site: siteUrl }) => {
  const records = file.records(await site(), siteUrl ?? new URL('http://localhost/'));
  return new Response(JSON.stringify(records, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
