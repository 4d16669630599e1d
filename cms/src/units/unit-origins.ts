import type { Core } from '@strapi/strapi';
import { UNIT_TYPE } from './scoped-types';

/** How long the list is reused: a new unit's site may call the CMS half a minute after it was added. */
const TTL_MS = 30_000;

let cached: { at: number; origins: string[] } = { at: 0, origins: [] };
let pending: Promise<string[]> | null = null;

/**
 * The https origins of every unit with a hostname of its own: each unit's site calls the CMS from there (forms,
 * view beacon, statistics), so the platform need not list a hundred communes in CORS_ORIGINS by hand.
 */
export function unitOrigins(strapi: Core.Strapi): Promise<string[]> {
  if (Date.now() - cached.at < TTL_MS) return Promise.resolve(cached.origins);
  pending ??= strapi.db
    .query(UNIT_TYPE as never)
    .findMany({ select: ['hostname'], where: { hostname: { $notNull: true } } })
    .then((rows: Array<{ hostname?: string | null }>) => {
      const origins = rows.flatMap(({ hostname }) => (hostname?.trim() ? [`https://${hostname.trim().toLowerCase()}`] : []));
      cached = { at: Date.now(), origins: [...new Set(origins)] };
      return cached.origins;
    })
    .finally(() => {
      pending = null;
    });
  return pending;
}

/** The unit origins last read by `unitOrigins`, for synchronous checks (a form's return address). */
export const knownUnitOrigins = (): readonly string[] => cached.origins;
