import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRebuildSettings, RebuildConfigError } from '../src/rebuild/config.ts';
import { readLockUrl } from '../src/rebuild/rebuild-lock.ts';

const secret = 'x'.repeat(32);

describe('readRebuildSettings', () => {
  it('has defaults for everything but the secret', () => {
    const settings = readRebuildSettings({ REBUILD_WEBHOOK_SECRET: secret });
    expect(settings).toMatchObject({ secret, debounceMs: 300, maxWaitMs: 30_000, keepBuilds: 5, minPageRatio: 0.5 });
    expect(settings.deployRoot.endsWith(path.join('.portal', 'deploy'))).toBe(true);
  });

  it('reads overrides and names the variable at fault', () => {
    expect(readRebuildSettings({ REBUILD_WEBHOOK_SECRET: secret, REBUILD_DEBOUNCE_MS: '200', DEPLOY_ROOT: '/srv/portal' })).toMatchObject({
      debounceMs: 200,
      deployRoot: '/srv/portal',
    });
    expect(() => readRebuildSettings({})).toThrow(/REBUILD_WEBHOOK_SECRET/);
    expect(() => readRebuildSettings({ REBUILD_WEBHOOK_SECRET: 'short' })).toThrow(RebuildConfigError);
    expect(() => readRebuildSettings({ REBUILD_WEBHOOK_SECRET: secret, REBUILD_KEEP_BUILDS: '1' })).toThrow(/REBUILD_KEEP_BUILDS/);
    expect(() => readRebuildSettings({ REBUILD_WEBHOOK_SECRET: secret, REBUILD_MIN_PAGE_RATIO: '2' })).toThrow(/REBUILD_MIN_PAGE_RATIO/);
    expect(() => readRebuildSettings({ REBUILD_WEBHOOK_SECRET: secret, REBUILD_DEBOUNCE_MS: '5000', REBUILD_MAX_WAIT_MS: '100' })).toThrow(
      /REBUILD_MAX_WAIT_MS/,
    );
  });
});

describe('readLockUrl', () => {
  it('takes a PostgreSQL URL or nothing, and hides the password of anything else', () => {
    expect(readLockUrl({})).toBeNull();
    expect(readLockUrl({ REBUILD_LOCK_URL: ' postgres://portal@db:5432/portal ' })).toBe('postgres://portal@db:5432/portal');
    expect(readLockUrl({ REBUILD_LOCK_URL: 'postgresql://db/portal' })).toBe('postgresql://db/portal');
    expect(() => readLockUrl({ REBUILD_LOCK_URL: 'redis://user:hunter2@cache:6379' })).toThrow(/REBUILD_LOCK_URL must be a postgres:\/\/ URL/);
    expect(() => readLockUrl({ REBUILD_LOCK_URL: 'redis://user:hunter2@cache:6379' })).not.toThrow(/hunter2/);
  });
});
