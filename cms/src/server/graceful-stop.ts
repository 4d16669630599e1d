import type { Server } from 'node:http';
import type { Core } from '@strapi/strapi';

/**
 * Default CMS_DRAIN_SECONDS: a little more than HAProxy needs to see the drain (its next health check, a second
 * apart) on a busy machine. scripts/src/cluster/cluster.ts starts its instances with the same.
 */
export const DEFAULT_DRAIN_SECONDS = 5;
/** How long the requests still running after the drain may take before Strapi cuts their connections. */
const FINISH_TIMEOUT_MS = 30_000;

/** CMS_DRAIN_SECONDS: how long a CMS stopped with SIGTERM keeps serving while the load balancer takes it out. */
export function drainSeconds(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.CMS_DRAIN_SECONDS?.trim();
  if (!raw) return DEFAULT_DRAIN_SECONDS;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 600) throw new Error(`CMS_DRAIN_SECONDS must be a whole number from 0 to 600, got "${raw}".`);
  return value;
}

let stopping = false;

/** True once the CMS is stopping: GET /_health then answers 404 (middleware `draining-health`). */
export const isStopping = () => stopping;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Replaces Strapi's own SIGTERM/SIGINT handler (@strapi/core utils/signals.js), which runs strapi.destroy() at once:
 * that destroys every open connection, requests in flight included, so behind HAProxy a planned stop cost requests.
 *
 * SIGTERM (a deploy, a restart): GET /_health answers 404 at once — HAProxy (`http-check disable-on-404`) then sends
 * no new request to this instance but lets those it sent finish — and the CMS goes on serving for CMS_DRAIN_SECONDS,
 * since requests already on their way may still arrive until HAProxy's next check. Then it finishes: the requests
 * still running are answered with `Connection: close`, idle keep-alive connections are closed (HAProxy no longer
 * chooses this instance, so none is being reused at that moment), and once no connection is left (or after 30 s)
 * Strapi is destroyed (view buffer flushed, Redis and database closed) and the process exits with 0.
 * SIGINT (Ctrl-C, or a whole cluster stopping): the same without the drain period.
 */
export function stopGracefullyOnSignal(strapi: Core.Strapi): void {
  // Read now, so that a wrong value stops the boot rather than the shutdown.
  const drain = drainSeconds();
  process.removeAllListeners('SIGTERM');
  process.removeAllListeners('SIGINT');
  const stop = async (signal: 'SIGTERM' | 'SIGINT') => {
    if (stopping) return;
    stopping = true;
    try {
      const seconds = signal === 'SIGTERM' ? drain : 0;
      if (seconds > 0) {
        strapi.log.info(`${signal}: taken out of load balancing (GET /_health answers 404); stopping in ${seconds} s.`);
        await sleep(seconds * 1000);
      }
      const left = await finishRequests(strapi.server.httpServer, FINISH_TIMEOUT_MS);
      if (left > 0) strapi.log.warn(`${left} connections still open after ${FINISH_TIMEOUT_MS / 1000} s; closing them.`);
      await strapi.destroy();
      process.exit(0);
    } catch (error) {
      strapi.log.error(`Could not stop cleanly: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

/**
 * Lets the requests in flight finish and closes every connection after its last answer; resolves with the number of
 * connections still open when `timeoutMs` ran out (0 when all closed). The server keeps listening meanwhile, so the
 * load balancer's health checks still get their 404 rather than a refused connection (which would mark the instance
 * down and, with `on-marked-down shutdown-sessions`, cut the requests it still runs).
 */
async function finishRequests(server: Server, timeoutMs: number): Promise<number> {
  // Before Koa's handler, so every answer from now on carries it and Node closes the connection after sending it.
  server.prependListener('request', (_request, response) => response.setHeader('Connection', 'close'));
  const openConnections = () => new Promise<number>((resolve) => server.getConnections((error, count) => resolve(error ? 0 : count)));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    // Also closes a connection kept alive by an answer that lost the header (Koa's own error answers reset headers).
    server.closeIdleConnections();
    const open = await openConnections();
    if (open === 0 || Date.now() >= deadline) return open;
    await sleep(50);
  }
}
