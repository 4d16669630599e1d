/**
 * One builder (docs/cluster.md): rebuild services that share REBUILD_LOCK_URL (a PostgreSQL database) elect one
 * active service with a session-level advisory lock held on a connection of its own. The others stand by and try to
 * take it every few seconds. PostgreSQL releases it as soon as the active service's session ends: at once when its
 * process dies (the socket closes), at the latest after `idleTimeoutMs` when its machine stops answering (the session
 * runs with idle_session_timeout and the holder sends a heartbeat five times as often).
 *
 * Each build also holds its unit's lock on that session, so that services with overlapping units never build the same
 * unit at once, and asks right before going live whether the session (hence its locks) is still there.
 */
import { pgClient, type PgClient } from '../cluster/database.ts';
import { RebuildConfigError } from './config.ts';

export interface BuildLockHandle {
  /** False once the session that took the lock is gone: the build must not go live. */
  stillHeld(): Promise<boolean>;
  release(): Promise<void>;
}

export interface RebuildLock {
  /** Services with the same name are one active service and its standbys. */
  readonly name: string;
  isActive(): boolean;
  /** Resolves once this service holds the leader lock; waits while another service holds it. */
  becomeActive(): Promise<void>;
  /** Resolves with the reason once the active service lost its lock (never while standing by). */
  readonly lost: Promise<string>;
  /** Takes `unit`'s build lock, waiting while another service builds that unit. Only while active. */
  buildLock(unit: string): Promise<BuildLockHandle>;
  close(): Promise<void>;
}

export interface RebuildLockOptions {
  /** postgres://… (REBUILD_LOCK_URL). Advisory locks are per database: use the CMS's database. */
  url: string;
  name: string;
  /** How often a standby (or a build waiting for its unit) tries again; default 2 s. */
  retryMs?: number;
  /** PostgreSQL ends a session silent for this long, releasing its locks; default 20 s. */
  idleTimeoutMs?: number;
  log?: (line: string) => void;
}

/** Checks REBUILD_LOCK_URL: a PostgreSQL URL, or absent (one rebuild service, no lock). */
export function readLockUrl(env: Readonly<Record<string, string | undefined>> = process.env): string | null {
  const url = env.REBUILD_LOCK_URL?.trim();
  if (!url) return null;
  if (!/^postgres(ql)?:\/\//.test(url)) {
    throw new RebuildConfigError(`REBUILD_LOCK_URL must be a postgres:// URL (the CMS's PostgreSQL database), got "${url.replace(/\/\/[^@/]*@/, '//…@')}".`);
  }
  return url;
}

const TRY_LOCK = 'SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked';
const UNLOCK = 'SELECT pg_advisory_unlock(hashtextextended($1, 0))';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function createRebuildLock(options: RebuildLockOptions): RebuildLock {
  const retryMs = options.retryMs ?? 2_000;
  const idleTimeoutMs = options.idleTimeoutMs ?? 20_000;
  const heartbeatMs = Math.max(50, Math.floor(idleTimeoutMs / 5));
  const log = options.log ?? ((line: string) => console.log(line));
  const leaderKey = `portal-rebuild:leader:${options.name}`;
  let session: PgClient | null = null;
  let active = false;
  let closed = false;
  let heartbeat: NodeJS.Timeout | undefined;
  let signalLost!: (reason: string) => void;
  const lost = new Promise<string>((resolve) => (signalLost = resolve));

  /** Drops a session that failed; an active service has lost its lock with it. */
  const fail = (which: PgClient, reason: string) => {
    if (which !== session) return;
    session = null;
    clearInterval(heartbeat);
    void which.end().catch(() => {});
    if (active) {
      active = false;
      signalLost(reason);
    }
  };

  const connect = async (): Promise<PgClient> => {
    // A query that does not answer within a heartbeat counts as a lost session.
    const next = pgClient(options.url, { queryTimeoutMs: heartbeatMs });
    session = next;
    next.on('error', (error) => fail(next, `its PostgreSQL session failed (${error?.message ?? 'unknown error'})`));
    next.on('end', () => fail(next, 'its PostgreSQL session ended'));
    await next.connect();
    await next.query(`SET idle_session_timeout = ${Math.round(idleTimeoutMs)}`);
    return next;
  };

  const tryLock = async (client: PgClient, key: string) => (await client.query(TRY_LOCK, [key])).rows[0]?.locked === true;

  return {
    name: options.name,
    isActive: () => active,
    lost,
    async becomeActive() {
      let lastProblem = '';
      let told = false;
      while (!closed) {
        let client: PgClient | null = session;
        try {
          client ??= await connect();
          if (await tryLock(client, leaderKey)) {
            active = true;
            const held = client;
            heartbeat = setInterval(() => {
              held.query('SELECT 1').catch((error: Error) => fail(held, `its PostgreSQL session stopped answering (${error.message})`));
            }, heartbeatMs);
            heartbeat.unref();
            return;
          }
          if (!told) log(`[rebuild lock] standing by: another rebuild service holds the lock "${options.name}"`);
          told = true;
        } catch (error) {
          const problem = (error as Error).message;
          if (problem !== lastProblem) log(`[rebuild lock] cannot take the lock "${options.name}" (${problem}); trying again`);
          lastProblem = problem;
          if (client !== null) fail(client, problem);
        }
        await sleep(retryMs);
      }
      throw new Error('The rebuild lock was closed before it was taken.');
    },
    async buildLock(unit) {
      const key = `portal-rebuild:unit:${unit}`;
      let told = false;
      for (;;) {
        const client = session;
        if (!active || client === null) throw new Error('This rebuild service no longer holds the rebuild lock.');
        if (await tryLock(client, key)) {
          return {
            stillHeld: async () => active && session === client && (await client.query('SELECT 1').then(() => true, () => false)),
            release: async () => {
              if (session === client) await client.query(UNLOCK, [key]).catch(() => undefined);
            },
          };
        }
        if (!told) log(`[rebuild lock] another rebuild service is building ${unit}; waiting for it`);
        told = true;
        await sleep(retryMs);
      }
    },
    async close() {
      closed = true;
      active = false;
      clearInterval(heartbeat);
      const client = session;
      session = null;
      await client?.end().catch(() => undefined);
    },
  };
}
