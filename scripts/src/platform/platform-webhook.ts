/**
 * The platform's webhook/status server: `POST /webhook` from the CMS routes each change to the units it touches,
 * `GET /status` shows every unit's builds. It listens before the CMS starts, so that no webhook is lost; until the
 * platform's units are known, a webhook is answered and left to the first build of every unit, which follows.
 */
import type http from 'node:http';
import { createWebhookServer, listenWebhookServer } from '../rebuild/webhook-server.ts';
import type { PlatformRebuild } from './platform-rebuild.ts';

export interface PlatformWebhook {
  server: http.Server;
  /** Base URL, e.g. http://127.0.0.1:4322 */
  url: string;
  /** Hands the webhooks to the platform's rebuild services from now on. */
  attach(platform: PlatformRebuild): void;
  close(): Promise<void>;
}

export async function listenPlatformWebhook(options: {
  secret: string;
  host: string;
  port: number;
  /** False while this service stands by (one-builder.ts). */
  active?: () => boolean;
}): Promise<PlatformWebhook> {
  let platform: PlatformRebuild | undefined;
  const server = createWebhookServer({
    secret: options.secret,
    ...(options.active === undefined ? {} : { active: options.active }),
    service: {
      notify: (event, payload) => platform?.notify(event, payload) ?? 'all',
      status: () => platform?.status() ?? { starting: true },
    },
  });
  const url = await listenWebhookServer(server, options.host, options.port);
  return {
    server,
    url,
    attach(next) {
      platform = next;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
