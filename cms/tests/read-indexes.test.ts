/**
 * The indexes of the public reads (schema.json `indexes` of articles and legal documents): created by Strapi's
 * schema sync on SQLite and PostgreSQL alike, on the columns the site's loader and pages filter and sort by.
 */
import Database from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';

const cms = inject('cms');

/** Index name → its columns in order, for one table of the shared CMS's database. */
async function indexesOf(table: string): Promise<Map<string, string[]>> {
  if (cms.database.client === 'sqlite') {
    const db = new Database(cms.database.env.DATABASE_FILENAME!, { readonly: true });
    try {
      const names = db.prepare(`SELECT name FROM pragma_index_list(?)`).all(table) as Array<{ name: string }>;
      return new Map(
        names.map(({ name }) => [name, (db.prepare(`SELECT name FROM pragma_index_info(?) ORDER BY seqno`).all(name) as Array<{ name: string }>).map((column) => column.name)]),
      );
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: cms.database.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string; columns: string[] }>(
      `SELECT i.relname AS name, array_agg(a.attname::text ORDER BY k.ordinality) AS columns
         FROM pg_index x
         JOIN pg_class t ON t.oid = x.indrelid
         JOIN pg_class i ON i.oid = x.indexrelid
         CROSS JOIN LATERAL unnest(x.indkey) WITH ORDINALITY AS k(attnum, ordinality)
         JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
        WHERE t.relname = $1
        GROUP BY i.relname`,
      [table],
    );
    return new Map(rows.map((row) => [row.name, row.columns]));
  } finally {
    await client.end();
  }
}

describe('indexes of the public reads', () => {
  it.each([
    ['articles', 'date'],
    ['legal_documents', 'issued_date'],
  ])('exist on %s: slug, unit, sort date and updatedAt', async (table, dateColumn) => {
    const indexes = await indexesOf(table);
    expect(indexes.get(`${table}_slug_pub_read_idx`)).toEqual(['slug', 'published_at']);
    expect(indexes.get(`${table}_unit_document_id_pub_read_idx`)).toEqual(['unit_document_id', 'published_at']);
    expect(indexes.get(`${table}_${dateColumn}_read_idx`)).toEqual([dateColumn]);
    expect(indexes.get(`${table}_updated_at_read_idx`)).toEqual(['updated_at']);
  });
});
