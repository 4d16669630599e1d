import type { Core } from '@strapi/strapi';

type Transaction = Core.Strapi['db']['transaction'];

/**
 * knex resolves `trx.commit()` even when the COMMIT fails (a PostgreSQL restart ending the session): the failure only
 * rejects the transaction's `executionPromise`, which Strapi never awaits, and Strapi skips the commit of a
 * transaction knex already counts as finished. Either way the request was answered as if its write were stored. Each
 * outermost transaction therefore also waits for that promise, so a write that was not committed fails (503, see
 * middlewares/database-unavailable.ts) instead of being acknowledged.
 */
export function confirmCommits(strapi: Core.Strapi): void {
  const db = strapi.db;
  const transaction = db.transaction.bind(db) as (callback?: (params: { trx: unknown }) => unknown) => Promise<unknown>;
  db.transaction = (async (callback?: (params: { trx: unknown }) => unknown) => {
    if (!callback || db.inTransaction()) return transaction(callback);
    let trx: { executionPromise?: Promise<unknown> } | undefined;
    const result = await transaction((params) => {
      trx = params.trx as typeof trx;
      return callback(params);
    });
    await trx?.executionPromise;
    return result;
  }) as Transaction;
}
