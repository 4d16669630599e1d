/**
 * Shared bootstrap of the page-quality benches: a CMS on a temporary SQLite database with the demo seed, the site
 * built from it into a temporary directory, served by the real static server (with its CSP headers).
 */
import fs from 'node:fs';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { compileCms, type CmsProcess } from '../src/cms-process.ts';
import { getFreePort } from '../src/free-port.ts';
import { startSeededCms } from './seeded-cms.ts';
import { buildSite } from '../src/site-build.ts';
import { createStaticServer } from '../src/static-server.ts';

export interface DemoSite {
  /** Base URL of the static server, e.g. http://127.0.0.1:41234 */
  url: string;
  /** The built site. */
  dir: string;
  /**
   * Every response the static server sent so far: URL path, bytes written to the socket (headers and body), the
   * request's Accept-Encoding and the response's Content-Encoding.
   */
  served: Array<{ path: string; bytes: number; accepted: string; encoding: string | null }>;
  /** Path ("/tin-tuc/<slug>/") of the first built detail page under a section, in name order. */
  firstPageUnder(section: string): string;
  close(): Promise<void>;
}

export async function startDemoSite(log: (line: string) => void = console.log): Promise<DemoSite> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-bench-demo-'));
  const outDir = path.join(scratch, 'site-out');
  let cms: CmsProcess | undefined;
  let server: Server | undefined;
  const close = async () => {
    if (server) await new Promise((resolve) => server!.close(resolve));
    await cms?.stop();
    fs.rmSync(scratch, { recursive: true, force: true });
  };
  try {
    // The site's URL must be known before the CMS starts (its CORS allows only the site's origin) and before the
    // build (canonical links, sitemap).
    // Listening at once keeps the port ours; until the build ends the server answers 503.
    const port = await getFreePort();
    const url = `http://127.0.0.1:${port}`;
    server = createStaticServer(() => outDir);
    const served: DemoSite['served'] = [];
    // Counted at the socket: what went on the wire, whatever the browser reports (worker fetches included).
    // Prepended: it must read the socket's counter before the server's own handler writes anything.
    server.prependListener('request', (request, response) => {
      const socket = request.socket;
      const before = socket.bytesWritten;
      // The server passes its headers to writeHead, where getHeader() does not see them.
      let encoding: string | null = null;
      const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => typeof response;
      response.writeHead = ((...args: unknown[]) => {
        const headers = args.find((arg) => typeof arg === 'object' && arg !== null) as Record<string, unknown> | undefined;
        encoding = typeof headers?.['Content-Encoding'] === 'string' ? headers['Content-Encoding'] : null;
        return writeHead(...args);
      }) as typeof response.writeHead;
      response.on('finish', () =>
        served.push({
          path: new URL(request.url ?? '/', url).pathname,
          bytes: socket.bytesWritten - before,
          accepted: request.headers['accept-encoding'] ?? '',
          encoding,
        }),
      );
    });
    await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', resolve));
    log('Compiling and starting a CMS on a temporary SQLite database (demo seed) ...');
    await compileCms();
    const seeded = await startSeededCms(scratch, { SITE_URL: url });
    cms = seeded.cms;
    const { tokenFile } = seeded;
    log(`Building the site from ${cms.url} ...`);
    const started = performance.now();
    await buildSite({ cmsUrl: cms.url, tokenFile, siteUrl: url, outDir, quiet: true });
    log(`Built in ${((performance.now() - started) / 1000).toFixed(1)} s; serving ${outDir} at ${url}`);
    return {
      url,
      dir: outDir,
      served,
      firstPageUnder: (section) => firstDetailPage(outDir, section),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** A section's detail pages are its sub-directories with an index.html; numeric ones are listing pages ("/tin-tuc/2/"). */
function firstDetailPage(outDir: string, section: string): string {
  const base = path.join(outDir, section);
  const slug = fs
    .readdirSync(base, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !/^\d+$/.test(entry.name) && fs.existsSync(path.join(base, entry.name, 'index.html')))
    .map((entry) => entry.name)
    .sort()[0];
  if (!slug) throw new Error(`The built site has no detail page under /${section}/.`);
  return `/${section}/${slug}/`;
}
