/**
 * The CMS's redirect and gone records (issue 25), as the build loaded them; the url-map integration
 * (src/integrations/url-map.ts) expands them over the finished output into the redirect map, nginx snippet and
 * `_redirects`.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';

export const GET: APIRoute = async () => {
  const records = (await getCollection('redirects'))
    .map(({ data }) => ({ fromPath: data.fromPath, toPath: data.toPath }))
    .sort((a, b) => a.fromPath.localeCompare(b.fromPath));
  return new Response(JSON.stringify(records), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
