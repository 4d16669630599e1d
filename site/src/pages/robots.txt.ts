/** /robots.txt: everything may be crawled; the sitemap is announced with its absolute URL. */
import type { APIRoute } from 'astro';
import { sitePath } from '../lib/navigation/paths.ts';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(sitePath('/sitemap-index.xml'), site ?? 'http://localhost/').href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
