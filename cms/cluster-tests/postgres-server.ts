import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from '../../scripts/src/child-process.ts';

export interface PrivatePostgres {
  /** Admin URL of the server's `postgres` database (trust auth), for createThrowawayDatabase. */
  adminUrl: string;
  start(): Promise<void>;
  /** Fast shutdown: open transactions are aborted and every session is ended, as an operator's restart does. */
  stop(): Promise<void>;
  /** Stops the server and removes its data directory. */
  remove(): Promise<void>;
}

const binDir = () => process.env.POSTGRES_BIN_DIR || '/usr/lib/postgresql/15/bin';

/**
 * PostgreSQL refuses to run as root: the server then runs as the `postgres` system user (the Debian package's), which
 * owns the data directory.
 */
const asServerUser = (command: string, args: string[]): [string, string[]] =>
  process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];

async function serverCommand(command: string, args: string[]): Promise<string> {
  const [program, programArgs] = asServerUser(path.join(binDir(), command), args);
  return run(program, programArgs, { quiet: true });
}

/**
 * A PostgreSQL server of the test's own (initdb in a temporary directory, trust auth, loopback only, on `port`) that
 * the test can stop and start again: the machine's shared server must not be restarted.
 */
export async function privatePostgres(port: number): Promise<PrivatePostgres> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-pg-'));
  if (process.getuid?.() === 0) {
    const owner = await run('id', ['-u', 'postgres'], { quiet: true });
    const group = await run('id', ['-g', 'postgres'], { quiet: true });
    fs.chownSync(dir, Number(owner.trim()), Number(group.trim()));
  }
  const dataDir = path.join(dir, 'data');
  const logFile = path.join(dir, 'server.log');
  try {
    // --no-sync: a crashed test leaves nothing worth keeping; the server itself runs with fsync as usual.
    await serverCommand('initdb', ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync', '--no-instructions']);
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  let running = false;
  const server: PrivatePostgres = {
    adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async start() {
      // The socket directory is the test's own too (the default one belongs to the shared server).
      const options = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir}`;
      try {
        await serverCommand('pg_ctl', ['start', '-D', dataDir, '-l', logFile, '-w', '-t', '60', '-o', options]);
      } catch (error) {
        const log = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').split('\n').slice(-20).join('\n') : '';
        throw new Error(`${(error as Error).message}\nserver log:\n${log}`);
      }
      running = true;
    },
    async stop() {
      if (!running) return;
      await serverCommand('pg_ctl', ['stop', '-D', dataDir, '-m', 'fast', '-w', '-t', '60']);
      running = false;
    },
    async remove() {
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  return server;
}
