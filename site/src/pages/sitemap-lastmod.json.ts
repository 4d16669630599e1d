/**
 * Last modification per page path, read by the sitemap integration (astro.config.mjs) to fill `<lastmod>`: the
 * content's `updatedAt` (an article's, a document's…); list pages take their newest entry.
 */
import type { APIRoute } from 'astro';
import { lastModified } from '../lib/seo/lastmod.ts';
import { site } from '../lib/build/site-data.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(lastModified(await site())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
