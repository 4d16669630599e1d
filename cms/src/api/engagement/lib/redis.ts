import { Redis } from 'ioredis';
import { EngagementConfigError } from './config';

/**
 * The Redis shared by every CMS instance (REDIS_URL): per-visitor rate limits, the view-beacon buffer, the
 * statistics cache, the flush lock. Unset = one instance, everything in this process's memory as before.
 *
 * Commands never queue while Redis is unreachable (enableOfflineQueue off): a public write fails at once with
 * 503 instead of hanging, and the client keeps reconnecting in the background so the instance recovers by itself.
 */

export interface RedisSettings {
  url: string;
  /** Put in front of every key, so several portals (or test runs) can share one Redis. */
  prefix: string;
}

export function redisSettings(env: NodeJS.ProcessEnv = process.env): RedisSettings | null {
  const url = env.REDIS_URL?.trim();
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new EngagementConfigError(`REDIS_URL must be a URL such as redis://127.0.0.1:6379, got "${url}".`);
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') {
    throw new EngagementConfigError(`REDIS_URL must start with redis:// or rediss://, got "${url}".`);
  }
  const prefix = env.REDIS_PREFIX?.trim() || 'portal:';
  return { url, prefix };
}

/** Thrown (or wrapped) when a Redis command could not run; public writes answer 503 for it. */
export class RedisUnavailableError extends Error {
  override name = 'RedisUnavailableError';
}

export interface SharedRedis {
  client: Redis;
  prefix: string;
  /** Runs a command, turning any Redis failure into RedisUnavailableError. */
  run<T>(command: (client: Redis) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

let shared: SharedRedis | null | undefined;

type Log = (message: string) => void;

/** This process's connection, created on first use; null when REDIS_URL is unset. */
export function sharedRedis(log: { warn: Log; info: Log } = console): SharedRedis | null {
  if (shared !== undefined) return shared;
  const settings = redisSettings();
  if (!settings) return (shared = null);
  const client = new Redis(settings.url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: 2_000,
    connectTimeout: 2_000,
    // Reconnect forever, at most every two seconds: Redis coming back is noticed within that.
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  });
  let down = false;
  client.on('error', (error: Error) => {
    if (down) return;
    down = true;
    log.warn(`Redis at ${settings.url} is unreachable (${error.message}); public writes answer 503 until it is back.`);
  });
  client.on('ready', () => {
    if (!down) return;
    down = false;
    log.info(`Redis at ${settings.url} is reachable again.`);
  });
  shared = {
    client,
    prefix: settings.prefix,
    async run(command) {
      try {
        return await command(client);
      } catch (error) {
        throw new RedisUnavailableError((error as Error).message);
      }
    },
    async close() {
      shared = undefined;
      client.disconnect();
    },
  };
  return shared;
}
