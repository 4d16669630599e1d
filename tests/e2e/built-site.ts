import fs from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { buildSite } from '../../scripts/src/site-build.ts';
import { createStaticServer } from '../../scripts/src/static-server.ts';

export interface ServedSite {
  dir: string;
  url: string;
  close(): Promise<void>;
}

/** Builds the site from a live CMS into a temp dir and serves it on a free loopback port. */
export async function buildAndServeSite(cms: { url: string; tokenFile: string }): Promise<ServedSite> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-e2e-'));
  const server: Server = createStaticServer(() => dir);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await buildSite({ cmsUrl: cms.url, tokenFile: cms.tokenFile, siteUrl: url, outDir: dir, quiet: true });
  return {
    dir,
    url,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Every page URL the sitemap lists, rewritten to the local server. */
export function sitemapUrls(site: ServedSite): string[] {
  const files = fs.readdirSync(site.dir).filter((name) => /^sitemap-\d+\.xml$/.test(name));
  const urls = files.flatMap((name) =>
    [...fs.readFileSync(path.join(site.dir, name), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!),
  );
  return urls.map((url) => new URL(new URL(url).pathname, site.url).toString());
}

/** The kind of page a URL is: its first path segment ("tin-tuc", "van-ban"…), "home" for "/". */
export function pageType(url: string): string {
  const segments = new URL(url).pathname.split('/').filter(Boolean);
  if (segments.length === 0) return 'home';
  // A listing page ("/tin-tuc/2/") and a detail page ("/tin-tuc/<slug>/") are different types.
  return segments.length === 1 ? `${segments[0]}-index` : `${segments[0]}-${/^\d+$/.test(segments[1]!) ? 'page' : 'detail'}`;
}
