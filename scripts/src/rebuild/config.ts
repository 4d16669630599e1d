/**
 * Settings of the rebuild service, read from the environment once and validated at start-up; an error names the
 * variable and the fix.
 */
import path from 'node:path';
import { repoRoot } from '../paths.ts';

export class RebuildConfigError extends Error {
  override readonly name = 'RebuildConfigError';
}

export interface RebuildSettings {
  /** REBUILD_WEBHOOK_SECRET: the shared secret Strapi sends in the x-webhook-secret header. */
  secret: string;
  /** DEPLOY_ROOT: builds/, current, cache/; default .portal/deploy in the repository. */
  deployRoot: string;
  /**
   * REBUILD_DEBOUNCE_MS: quiet time after the last change before building; default 300 — the events of one editor
   * action (save, publish, its media) arrive within milliseconds, and what comes during a build joins the next one.
   */
  debounceMs: number;
  /** REBUILD_MAX_WAIT_MS: longest a change waits while changes keep coming; default 30 000. */
  maxWaitMs: number;
  /** REBUILD_KEEP_BUILDS: builds kept for rollback, the live one included; default 5. */
  keepBuilds: number;
  /** REBUILD_MIN_PAGE_RATIO: reject a build with fewer pages than this share of the live build's; default 0.5. */
  minPageRatio: number;
  /** REBUILD_CONCURRENCY: builds of different units run at once on a platform; default 1 (two cores build one site). */
  concurrency?: number;
}

type Env = Readonly<Record<string, string | undefined>>;

function number(env: Env, name: string, fallback: number, check: (value: number) => boolean, expected: string): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || !check(value)) {
    throw new RebuildConfigError(`${name} must be ${expected}, got "${raw}".`);
  }
  return value;
}

export const MIN_SECRET_LENGTH = 16;

export function readRebuildSettings(env: Env = process.env): RebuildSettings {
  const secret = env.REBUILD_WEBHOOK_SECRET?.trim() ?? '';
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new RebuildConfigError(
      `REBUILD_WEBHOOK_SECRET must be set to a random string of at least ${MIN_SECRET_LENGTH} characters ` +
        '(`pnpm start` generates one into cms/.env; the CMS sends it with every webhook).',
    );
  }
  const debounceMs = number(env, 'REBUILD_DEBOUNCE_MS', 300, (v) => Number.isInteger(v) && v >= 0, 'a whole number of milliseconds ≥ 0');
  const maxWaitMs = number(env, 'REBUILD_MAX_WAIT_MS', Math.max(30_000, debounceMs), (v) => Number.isInteger(v) && v >= debounceMs,
    `a whole number of milliseconds ≥ REBUILD_DEBOUNCE_MS (${debounceMs})`);
  return {
    secret,
    deployRoot: path.resolve(env.DEPLOY_ROOT?.trim() || path.join(repoRoot, '.portal', 'deploy')),
    debounceMs,
    maxWaitMs,
    keepBuilds: number(env, 'REBUILD_KEEP_BUILDS', 5, (v) => Number.isInteger(v) && v >= 2, 'a whole number ≥ 2 (the live build and one to roll back to)'),
    minPageRatio: number(env, 'REBUILD_MIN_PAGE_RATIO', 0.5, (v) => v >= 0 && v <= 1, 'a number from 0 to 1'),
    concurrency: number(env, 'REBUILD_CONCURRENCY', 1, (v) => Number.isInteger(v) && v >= 1, 'a whole number ≥ 1'),
  };
}

/** A variable the rebuild service cannot start without, read from the environment. */
export function requiredEnv(name: string, env: Env = process.env): string {
  const value = env[name]?.trim();
  if (!value) throw new RebuildConfigError(`${name} must be set (see the README, Configuration).`);
  return value;
}
