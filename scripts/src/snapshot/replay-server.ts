/**
 * Serves a snapshot under the CMS's URLs, so the site builds from it through its normal loader. A request the
 * snapshot has no answer for gets a 404 (and is listed in `misses`), which fails the build rather than publishing
 * a partial site.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Snapshot } from './snapshot-file.ts';

export interface ReplayServer {
  url: string;
  misses: string[];
  close(): Promise<void>;
}

export async function startReplayServer(snapshot: Snapshot, options: { port?: number } = {}): Promise<ReplayServer> {
  const misses: string[] = [];
  const server = http.createServer((request, response) => {
    const pathAndQuery = request.url ?? '/';
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const recorded = snapshot.responses[pathAndQuery];
    if (recorded) {
      response.writeHead(recorded.status, { 'Content-Type': recorded.contentType }).end(recorded.body);
      return;
    }
    const file = snapshot.files[decodeURIComponent(new URL(pathAndQuery, 'http://localhost').pathname)];
    if (file) {
      response.writeHead(200, { 'Content-Type': file.contentType }).end(Buffer.from(file.base64, 'base64'));
      return;
    }
    misses.push(pathAndQuery);
    const error = { name: 'NotFoundError', message: `Not in the snapshot (taken ${snapshot.createdAt}): ${pathAndQuery}` };
    response.writeHead(404, { 'Content-Type': 'application/json' }).end(JSON.stringify({ data: null, error: { status: 404, ...error } }));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    misses,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
