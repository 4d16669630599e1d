import { createRequire } from 'node:module';
import path from 'node:path';
import { cmsDir } from '../paths.ts';

export interface PgClient {
  connect(): Promise<void>;
  on(event: 'error' | 'end', listener: (error?: Error) => void): unknown;
  query(sql: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  end(): Promise<void>;
}

/** node-postgres is the CMS's own driver; scripts/ borrows it rather than keeping a second copy. */
export function pgClient(connectionString: string, options: { queryTimeoutMs?: number } = {}): PgClient {
  const pg = createRequire(path.join(cmsDir, 'package.json'))('pg') as {
    Client: new (config: { connectionString: string; query_timeout?: number }) => PgClient;
  };
  return new pg.Client({ connectionString, ...(options.queryTimeoutMs === undefined ? {} : { query_timeout: options.queryTimeoutMs }) });
}

/** Creates the database DATABASE_URL names when it does not exist yet (connecting to the server's `postgres`). */
export async function ensurePostgresDatabase(databaseUrl: string): Promise<{ created: boolean }> {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
    throw new Error(`DATABASE_URL must name a database of letters, digits and _ (got "${name}").`);
  }
  url.pathname = '/postgres';
  const client = pgClient(url.toString());
  await client.connect().catch((error: Error) => {
    throw new Error(`Cannot reach PostgreSQL at ${url.host}: ${error.message}`);
  });
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rows.length > 0) return { created: false };
    await client.query(`CREATE DATABASE ${name} ENCODING 'UTF8' TEMPLATE template0`);
    return { created: true };
  } finally {
    await client.end();
  }
}
