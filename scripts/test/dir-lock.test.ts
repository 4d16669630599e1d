import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withDirLock } from '../src/dir-lock.ts';

describe('withDirLock', () => {
  it('runs holders one at a time and releases the lock after a failure', async () => {
    const lock = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'portal-lock-')), 'lock');
    const events: string[] = [];
    const holder = (name: string) =>
      withDirLock(lock, async () => {
        events.push(`${name}:in`);
        await new Promise((resolve) => setTimeout(resolve, 50));
        events.push(`${name}:out`);
      });
    await Promise.all([holder('a'), holder('b')]);
    expect(events).toHaveLength(4);
    expect(events[0]!.split(':')[0]).toBe(events[1]!.split(':')[0]);

    await expect(withDirLock(lock, async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(fs.existsSync(lock)).toBe(false);
  });

  it('breaks a stale lock left by a crashed process', async () => {
    const lock = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'portal-lock-')), 'lock');
    fs.mkdirSync(lock);
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(lock, old, old);
    expect(await withDirLock(lock, async () => 'ran', { staleMs: 1_000 })).toBe('ran');
  });
});
