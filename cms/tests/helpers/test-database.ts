import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/**
 * A throwaway database for one CMS under test: a temporary SQLite file by
 * default, or a fresh PostgreSQL database when PORTAL_TEST_DATABASE=postgres
 * (server from PORTAL_TEST_PG_URL, default the machine's local PostgreSQL).
 */
export interface TestDatabase {
  client: 'sqlite' | 'postgres';
  /** Environment that points the CMS at this database. */
  env: Record<string, string>;
  /** Scratch directory for this database's CMS (token file, uploads...). */
  dir: string;
  drop(): Promise<void>;
}

const adminUrl = () => process.env.PORTAL_TEST_PG_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `portal-${label}-`));
  if (process.env.PORTAL_TEST_DATABASE !== 'postgres') {
    return {
      client: 'sqlite',
      dir,
      env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(dir, 'data.db') },
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }

  const name = `portal_test_${label.replace(/\W/g, '_')}_${crypto.randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} ENCODING 'UTF8' TEMPLATE template0`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return {
    client: 'postgres',
    dir,
    env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: url.toString() },
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl() });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
