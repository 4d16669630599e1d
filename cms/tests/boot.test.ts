import Database from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { demoArticles } from '../src/seed/demo-content.ts';

const cms = inject('cms');
const expectedClient = process.env.PORTAL_TEST_DATABASE === 'postgres' ? 'postgres' : 'sqlite';

/** Counts published article rows straight from the database the CMS was started on. */
async function publishedRowsInDatabase(): Promise<number> {
  const sql = 'SELECT COUNT(*) AS n FROM articles WHERE published_at IS NOT NULL';
  if (cms.database.client === 'sqlite') {
    const db = new Database(cms.database.env.DATABASE_FILENAME!, { readonly: true, fileMustExist: true });
    try {
      return Number((db.prepare(sql).get() as { n: number }).n);
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: cms.database.env.DATABASE_URL });
  await client.connect();
  try {
    return Number((await client.query(sql)).rows[0].n);
  } finally {
    await client.end();
  }
}

describe(`the CMS on ${expectedClient}`, () => {
  it('runs on the database the test run asked for', () => {
    expect(cms.database.client).toBe(expectedClient);
  });

  it('answers its health check and stores the seeded content in that database', async () => {
    expect((await fetch(`${cms.url}/_health`)).status).toBe(204);
    expect(await publishedRowsInDatabase()).toBe(demoArticles.filter((article) => !article.draft).length);
  });
});
