import { RedisUnavailableError, type SharedRedis } from './redis';

/**
 * A value computed by whichever instance misses first and kept in Redis for `ttlMs`, so N instances cost the
 * database one query per period, not N. Statistics are a read: when Redis is down they are computed directly.
 */
export async function cachedInRedis<T>(redis: SharedRedis, key: string, ttlMs: number, load: () => Promise<T>): Promise<T> {
  if (ttlMs <= 0) return load();
  const redisKey = `${redis.prefix}cache:${key}`;
  let hit: string | null;
  try {
    hit = await redis.run((client) => client.get(redisKey));
  } catch (error) {
    if (error instanceof RedisUnavailableError) return load();
    throw error;
  }
  if (hit !== null) return JSON.parse(hit) as T;
  const value = await load();
  await redis.run((client) => client.set(redisKey, JSON.stringify(value), 'PX', ttlMs)).catch(() => undefined);
  return value;
}
