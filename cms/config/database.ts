import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { cacheStatements } from '../src/database/statement-cache';

// Compiled to dist/config, so the app root is two levels up.
const appRoot = path.resolve(__dirname, '..', '..');

export default ({ env }: Core.Config.Shared.ConfigParams) => {
  const client = env('DATABASE_CLIENT', 'sqlite');

  if (client === 'postgres') {
    const ssl = env.bool('DATABASE_SSL', false)
      ? { rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true) }
      : false;
    return {
      connection: {
        client: 'postgres',
        connection: {
          connectionString: env('DATABASE_URL'),
          host: env('DATABASE_HOST', '127.0.0.1'),
          port: env.int('DATABASE_PORT', 5432),
          database: env('DATABASE_NAME', 'portal'),
          user: env('DATABASE_USERNAME', 'postgres'),
          password: env('DATABASE_PASSWORD', ''),
          schema: env('DATABASE_SCHEMA', 'public'),
          ssl,
        },
        pool: { min: env.int('DATABASE_POOL_MIN', 2), max: env.int('DATABASE_POOL_MAX', 10) },
        acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
      },
    };
  }

  if (client !== 'sqlite') {
    throw new Error(`DATABASE_CLIENT must be "sqlite" or "postgres", got "${client}".`);
  }

  // An empty DATABASE_FILENAME (as some templates write) must not break start-up.
  const filename = env('DATABASE_FILENAME', '') || '.tmp/data.db';
  return {
    connection: {
      client: 'sqlite',
      connection: { filename: path.resolve(appRoot, filename) },
      useNullAsDefault: true,
      // Write-ahead log: a commit appends to one file instead of creating and deleting a rollback journal (about 25×
      // cheaper here), and readers no longer wait for a writer. Durability on a crash of the process is unchanged.
      pool: {
        afterCreate(
          connection: { pragma(statement: string): unknown; prepare(sql: string): unknown },
          done: (error: Error | null, connection: unknown) => void,
        ) {
          try {
            connection.pragma('journal_mode = WAL');
            // Each SQL text compiled once per connection, not once per query (src/database/statement-cache.ts).
            cacheStatements(connection);
            done(null, connection);
          } catch (error) {
            done(error as Error, connection);
          }
        },
      },
    },
  };
};
