import type { SharedRedis } from '../api/engagement/lib/redis';

/**
 * The cache's generation: every write that can change a read bumps it, and entries stored under an older
 * generation are misses. One instance keeps it in memory; with REDIS_URL it also lives in Redis, so a write on
 * instance A invalidates instance B (read on every cacheable request: one GET, cheaper than any query it saves).
 */
export interface Generation {
  /** The current generation, or null when it cannot be known (Redis down): then nothing is cached or served. */
  current(): Promise<string | null>;
  /** Resolves once other instances will see the new generation (or Redis was found down: retried later). */
  bump(): Promise<void>;
}

export function localGeneration(): Generation & { local(): number } {
  let value = 0;
  return {
    current: async () => String(value),
    bump: async () => void value++,
    local: () => value,
  };
}

export function redisGeneration(redis: SharedRedis, log: { warn(message: string): void }): Generation {
  const key = `${redis.prefix}api-cache:generation`;
  const local = localGeneration();
  // A bump Redis missed (it was down) is sent before the generation is trusted again.
  let pending = false;
  const send = () =>
    redis.run((client) => client.incr(key)).then(
      () => void (pending = false),
      (error: Error) => {
        if (!pending) log.warn(`The API cache could not reach Redis to invalidate other instances (${error.message}); retrying.`);
        pending = true;
      },
    );
  return {
    async current() {
      if (pending) await send();
      if (pending) return null;
      try {
        const shared = await redis.run((client) => client.get(key));
        return `${shared ?? 0}.${local.local()}`;
      } catch {
        return null;
      }
    },
    async bump() {
      // This instance stops serving older entries at once, whatever Redis says.
      await local.bump();
      await send();
    },
  };
}
