import { createThrowawayDatabase, type ThrowawayDatabase } from '../../../scripts/src/throwaway-database.ts';

/**
 * A throwaway database for one CMS under test: a temporary SQLite file by
 * default, or a fresh PostgreSQL database when PORTAL_TEST_DATABASE=postgres
 * (server from PORTAL_TEST_PG_URL, default the machine's local PostgreSQL).
 */
export type TestDatabase = ThrowawayDatabase;

export function createTestDatabase(label: string): Promise<TestDatabase> {
  const client = process.env.PORTAL_TEST_DATABASE === 'postgres' ? 'postgres' : 'sqlite';
  return createThrowawayDatabase(client, `test-${label}`, { postgresAdminUrl: process.env.PORTAL_TEST_PG_URL });
}
