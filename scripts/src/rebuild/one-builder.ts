/**
 * Runs a rebuild service as the one builder among those sharing REBUILD_LOCK_URL (docs/cluster.md). Without a lock it
 * builds at once, as a lone service does. With one, it stands by until it holds the lock (its webhook endpoint answers
 * 503 meanwhile, so that a proxy in front sends webhooks to the active service), then runs one catch-up build of every
 * site it builds (it may have missed webhooks while standing by) and serves webhooks. Losing the lock ends its turn:
 * `onLost` runs, and the process should exit so that a supervisor restarts it as a standby.
 */
import { createRebuildLock, readLockUrl, type RebuildLock } from './rebuild-lock.ts';

/** The lock named by REBUILD_LOCK_URL, or null when the service runs alone. */
export function lockFromEnv(name: string, log?: (line: string) => void): RebuildLock | null {
  const url = readLockUrl();
  return url === null ? null : createRebuildLock({ url, name, ...(log === undefined ? {} : { log }) });
}

export async function buildWhenActive(options: {
  lock: RebuildLock | null;
  /** Queues a build of everything this service builds. */
  request: (reason: string) => void;
  onLost: (reason: string) => void;
  log?: (line: string) => void;
}): Promise<void> {
  const { lock, request } = options;
  const log = options.log ?? ((line: string) => console.log(line));
  if (lock === null) {
    request('start');
    return;
  }
  await lock.becomeActive();
  log(`[rebuild] active: this service holds the rebuild lock "${lock.name}"; catching up with one build`);
  void lock.lost.then((reason) => {
    log(`[rebuild] lost the rebuild lock "${lock.name}": ${reason}; a standby takes over`);
    options.onLost(reason);
  });
  request('takeover');
}
