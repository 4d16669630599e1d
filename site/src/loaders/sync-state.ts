/**
 * The incremental-sync state of a collection, kept in the loader's meta store between builds: the newest `updatedAt`
 * seen and a signature of the request, so that changing the endpoint or the populate forces a full reload.
 */

import { createHash } from 'node:crypto';
import type { MetaStore } from 'astro/loaders';
import type { StrapiQuery } from './strapi-query.ts';

export interface SyncState {
  /** Hash of the endpoint and query the stored entries were fetched with. */
  signature: string;
  /** Newest `updatedAt` among the stored entries (ISO 8601). */
  cursor: string;
}

const KEY = 'strapi-sync';
/** Bump when the stored data changes shape for the same request (forces one full reload everywhere). */
const FORMAT = 2;

/** `shape` names what the loader does to entries before storing them (e.g. a detached field). */
export function syncSignature(endpoint: string, query: StrapiQuery | undefined, shape: string | null = null): string {
  return createHash('sha256')
    .update(JSON.stringify([FORMAT, endpoint, query ?? null, shape]))
    .digest('hex')
    .slice(0, 24);
}

/** The saved state, or undefined when there is none or it cannot be read (a full reload follows). */
export function readSyncState(meta: MetaStore): SyncState | undefined {
  const raw = meta.get(KEY);
  if (raw === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return undefined;
    const { signature, cursor } = value as Record<string, unknown>;
    if (typeof signature !== 'string' || typeof cursor !== 'string' || Number.isNaN(Date.parse(cursor))) return undefined;
    return { signature, cursor };
  } catch {
    return undefined;
  }
}

/** Saves the state; undefined forgets it. */
export function writeSyncState(meta: MetaStore, state: SyncState | undefined): void {
  if (state === undefined) meta.delete(KEY);
  else meta.set(KEY, JSON.stringify(state));
}
