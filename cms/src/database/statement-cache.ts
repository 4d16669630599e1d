/**
 * knex's better-sqlite3 client compiles every query it runs (`connection.prepare(sql)`), even the same SQL a
 * thousand times: a profile of the CMS saving articles spent about a sixth of its CPU in SQLite's statement
 * compiler. Strapi sends the same few hundred SQL texts over and over (values are bindings), so each connection
 * keeps the compiled statements it used most recently and prepares such a text only once.
 *
 * Safe because better-sqlite3 statements are reusable (bindings are passed per call, knex sets no mode on them),
 * knex runs them to completion synchronously (`all` / `run`, never an iterator left open), and SQLite recompiles a
 * statement by itself when the schema changed since it was prepared (Strapi's schema sync at start-up).
 */
interface PreparingConnection {
  prepare(sql: string): unknown;
}

/** Distinct SQL texts kept per connection; `IN (?, ?, …)` lists of every length make the set open-ended. */
export const STATEMENT_CACHE_SIZE = 1000;

export function cacheStatements(connection: PreparingConnection, size = STATEMENT_CACHE_SIZE): void {
  const prepare = connection.prepare.bind(connection);
  // A Map iterates in insertion order: re-inserting on use keeps the least recently used first, to be evicted.
  const statements = new Map<string, unknown>();
  connection.prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (statement !== undefined) {
      statements.delete(sql);
    } else {
      statement = prepare(sql);
      if (statements.size >= size) statements.delete(statements.keys().next().value!);
    }
    statements.set(sql, statement);
    return statement;
  };
}
