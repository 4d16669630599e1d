/**
 * A throwaway database for one CMS (tests, benchmarks): a temporary SQLite file, or a fresh PostgreSQL database on
 * a server reached with an admin URL (default the machine's local PostgreSQL with trust auth), dropped afterwards.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { cmsDir } from './paths.ts';

export type DatabaseClient = 'sqlite' | 'postgres';

export interface ThrowawayDatabase {
  client: DatabaseClient;
  /** Environment that points the CMS at this database. */
  env: Record<string, string>;
  /** Scratch directory for this database's CMS (token file, uploads...). */
  dir: string;
  drop(): Promise<void>;
}

export const DEFAULT_POSTGRES_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/** The part of node-postgres used here. */
interface PgClient {
  connect(): Promise<void>;
  query(sql: string): Promise<unknown>;
  end(): Promise<void>;
}

/** One SQL statement on the admin database. node-postgres is the CMS's own driver; scripts/ has no copy of it. */
async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const pg = createRequire(path.join(cmsDir, 'package.json'))('pg') as { Client: new (config: { connectionString: string }) => PgClient };
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * `label` names the scratch directory (portal-<label>-*) and the PostgreSQL database (portal_<label>_<random>),
 * so leftovers of a crashed run show where they came from.
 */
export async function createThrowawayDatabase(
  client: DatabaseClient,
  label: string,
  options: { postgresAdminUrl?: string } = {},
): Promise<ThrowawayDatabase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `portal-${label}-`));
  const removeDir = () => fs.rmSync(dir, { recursive: true, force: true });
  if (client === 'sqlite') {
    return {
      client,
      dir,
      env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(dir, 'data.db') },
      drop: async () => removeDir(),
    };
  }

  const adminUrl = options.postgresAdminUrl || DEFAULT_POSTGRES_ADMIN_URL;
  const name = `portal_${label.replace(/\W/g, '_')}_${crypto.randomBytes(4).toString('hex')}`;
  try {
    await adminQuery(adminUrl, `CREATE DATABASE ${name} ENCODING 'UTF8' TEMPLATE template0`);
  } catch (error) {
    removeDir();
    throw error;
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    client,
    dir,
    env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: url.toString() },
    drop: async () => {
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      removeDir();
    },
  };
}
