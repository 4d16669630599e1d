/**
 * The platform's webhook/status server: `POST /webhook` from the CMS routes each change to the units it touches,
 * `GET /status` shows every unit's builds. It listens before the CMS starts, so that no webhook is lost; until the
 * platform's units are known, a webhook is answered and left to the first build of every unit, which follows.
 */
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createWebhookServer } from '../rebuild/webhook-server.ts';
import type { PlatformRebuild } from './platform-rebuild.ts';

export interface PlatformWebhook {
  server: http.Server;
  /** Base URL, e.g. http://127.0.0.1:4322 */
  url: string;
  /** Hands the webhooks to the platform's rebuild services from now on. */
  attach(platform: PlatformRebuild): void;
  close(): Promise<void>;
}

export async function listenPlatformWebhook(options: { secret: string; host: string; port: number }): Promise<PlatformWebhook> {
  let platform: PlatformRebuild | undefined;
  const server = createWebhookServer({
    secret: options.secret,
    service: {
      notify: (event, payload) => platform?.notify(event, payload) ?? 'all',
      status: () => platform?.status() ?? { starting: true },
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`The rebuild service cannot listen on ${options.host}:${options.port}: the port is in use (set REBUILD_PORT).`)
          : error,
      ),
    );
    server.listen(options.port, options.host, () => {
      server.removeAllListeners('error');
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: `http://${options.host}:${port}`,
    attach(next) {
      platform = next;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
