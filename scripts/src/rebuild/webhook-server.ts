/**
 * The rebuild service's HTTP side: `POST /webhook` (Strapi webhooks, shared-secret header) and `GET /status`
 * (JSON: live build, queue, last success and failure), `GET /active` (200 when this service builds, 503 while it stands
 * by). Meant to listen on a private address.
 */
import http from 'node:http';

import { WEBHOOK_SECRET_HEADER, secretMatches } from './webhook-auth.ts';
import { WebhookPayloadError, readWebhook } from './webhook-event.ts';

/** What the webhook feeds: one site's rebuild service, or the platform's router over every unit's. */
export interface WebhookTarget {
  /** Records an accepted webhook and queues the builds it calls for; may say what it queued (sent back as `queued`). */
  notify(event: string, payload: Record<string, unknown>): unknown;
  status(): unknown;
}

export interface WebhookServerOptions {
  service: WebhookTarget;
  secret: string;
  /** Largest accepted body; default 2 MiB (a webhook carries one entry). */
  maxBodyBytes?: number;
  /**
   * With a rebuild lock (one-builder.ts): false while this service stands by. Webhooks then answer 503 and
   * `GET /active` answers 503 (200 once active), the health check of a proxy that sends webhooks to the active one.
   */
  active?: () => boolean;
}

class BodyTooLargeError extends Error {
  override readonly name = 'BodyTooLargeError';
}

function readBody(request: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      reject(new BodyTooLargeError());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new BodyTooLargeError());
        request.removeAllListeners('data');
        request.resume();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function sendJson(response: http.ServerResponse, status: number, body: unknown, headers: http.OutgoingHttpHeaders = {}): void {
  const text = `${JSON.stringify(body, null, 2)}\n`;
  response
    .writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers })
    .end(text);
}

export function createWebhookServer(options: WebhookServerOptions): http.Server {
  const limit = options.maxBodyBytes ?? 2 * 1024 * 1024;
  return http.createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const active = options.active?.() ?? true;
    if (pathname === '/active') {
      return sendJson(response, active ? 200 : 503, { active });
    }
    if (pathname === '/status') {
      if (request.method !== 'GET' && request.method !== 'HEAD') return sendJson(response, 405, { error: 'Use GET.' }, { Allow: 'GET, HEAD' });
      const status = options.service.status();
      return sendJson(response, 200, options.active === undefined ? status : { role: active ? 'active' : 'standby', ...(status as object) });
    }
    if (pathname !== '/webhook') return sendJson(response, 404, { error: 'Not found: use POST /webhook, GET /status or GET /active.' });
    if (request.method !== 'POST') return sendJson(response, 405, { error: 'Use POST.' }, { Allow: 'POST' });
    if (!secretMatches(request.headers[WEBHOOK_SECRET_HEADER], options.secret)) {
      // Drain the body so the client sees the answer rather than a reset connection.
      request.resume();
      return sendJson(response, 401, { error: `Missing or wrong ${WEBHOOK_SECRET_HEADER} header.` });
    }
    if (!active) {
      request.resume();
      return sendJson(response, 503, { error: 'This rebuild service stands by: the active one builds (see GET /active).' }, { 'Retry-After': '5' });
    }
    readBody(request, limit).then(
      (body) => {
        try {
          const { decision, payload } = readWebhook(body);
          const queued = decision.rebuild ? options.service.notify(decision.event, payload) : undefined;
          sendJson(response, 202, queued === undefined ? decision : { ...decision, queued });
        } catch (error) {
          if (error instanceof WebhookPayloadError) sendJson(response, 400, { error: `Bad webhook body: ${error.message}.` });
          else sendJson(response, 500, { error: `Could not queue the rebuild: ${(error as Error).message}` });
        }
      },
      (error: unknown) => {
        if (error instanceof BodyTooLargeError) {
          sendJson(response, 413, { error: `The body exceeds ${limit} bytes.` }, { Connection: 'close' });
        } else {
          sendJson(response, 400, { error: 'Could not read the body.' });
        }
      },
    );
  });
}

/** Listens on host:port (0 picks a free port); resolves with the server's base URL, e.g. http://127.0.0.1:4322. */
export function listenWebhookServer(server: http.Server, host: string, port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new Error(`The rebuild service cannot listen on ${host}:${port}: the port is in use (set REBUILD_PORT).`) : error),
    );
    server.listen(port, host, () => {
      server.removeAllListeners('error');
      resolve(`http://${host}:${(server.address() as { port: number }).port}`);
    });
  });
}
