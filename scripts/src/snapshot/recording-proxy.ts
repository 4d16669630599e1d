/**
 * A local HTTP proxy in front of the CMS that forwards the build's GET requests (with their Authorization header)
 * and records every `/api/` response for a snapshot — 404s too: the loaders read a missing single type as "not set".
 * A retried request keeps its last answer; whether the load as a whole succeeded is the loader's call.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RecordedResponse } from './snapshot-file.ts';

export interface RecordingProxy {
  url: string;
  responses: Map<string, RecordedResponse>;
  close(): Promise<void>;
}

export async function startRecordingProxy(targetUrl: string): Promise<RecordingProxy> {
  const target = targetUrl.replace(/\/+$/, '');
  const responses = new Map<string, RecordedResponse>();
  const server = http.createServer((request, response) => {
    const pathAndQuery = request.url ?? '/';
    if (request.method !== 'GET') {
      response.writeHead(405, { Allow: 'GET' }).end();
      return;
    }
    const headers: Record<string, string> = { Accept: request.headers.accept ?? 'application/json' };
    if (request.headers.authorization) headers.Authorization = request.headers.authorization;
    fetch(`${target}${pathAndQuery}`, { headers }).then(
      async (upstream) => {
        const body = await upstream.text();
        const contentType = upstream.headers.get('content-type') ?? 'application/json';
        if (pathAndQuery.startsWith('/api/')) responses.set(pathAndQuery, { status: upstream.status, contentType, body });
        response.writeHead(upstream.status, { 'Content-Type': contentType }).end(body);
      },
      () => {
        response.writeHead(502, { 'Content-Type': 'text/plain' }).end('The CMS did not answer.');
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    responses,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
