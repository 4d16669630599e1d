import type { Core } from '@strapi/strapi';

// PostgreSQL SQLSTATE classes 08 (connection exception) and 57P (the server shutting down, restarting, starting up).
const SERVER_GONE = /^(08|57P0[1-3])/;
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT']);
// node-postgres and knex say so in words only: a dropped socket, a pool that cannot connect.
const MESSAGES = /Connection terminated|Connection ended unexpectedly|Client was closed and is not queryable|Timeout acquiring a connection|Client has encountered a connection error/;

/** Whether `error` says the database server cannot be reached right now (a restart, a failover), not that a query is wrong. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message, name } = error as { code?: unknown; message?: unknown; name?: unknown };
  if (typeof code === 'string' && (SERVER_GONE.test(code) || NETWORK_CODES.has(code))) return true;
  return name === 'KnexTimeoutError' || (typeof message === 'string' && MESSAGES.test(message));
}

/**
 * Errors that a lost connection causes but whose message does not say so: Strapi's relation check turns any error
 * into a 400 "Invalid relations", and knex refuses the next query of a transaction whose connection dropped.
 */
export function mayBeDatabaseOutage(error: unknown): boolean {
  const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
  return (name === 'ValidationError' && message === 'Invalid relations') || (typeof message === 'string' && message.startsWith('Transaction query already complete'));
}

/**
 * Strapi's entry events (webhooks) query the database after the request's transaction, in a promise nobody awaits: a
 * database restart at that moment would crash the instance with an unhandled rejection. Those are logged instead;
 * any other unhandled rejection still ends the process, as Node does by default.
 */
let listening = false;
export function survivePostgresRestarts(strapi: Core.Strapi): void {
  if (listening) return;
  listening = true;
  process.on('unhandledRejection', (reason) => {
    if (!isDatabaseUnavailable(reason)) throw reason;
    strapi.log.warn(`Database unreachable outside a request (an entry event was dropped): ${String(reason)}`);
  });
}
