import crypto from 'node:crypto';
import type { Core } from '@strapi/strapi';

/** Raw-SQL helpers shared by the counters; every statement here runs unchanged on SQLite and PostgreSQL. */

export type Knex = Core.Strapi['db']['connection'];

export function knex(strapi: Core.Strapi): Knex {
  return strapi.db.connection;
}

/** A documentId for rows written with raw SQL (Strapi's own are 24 lowercase alphanumerics). */
export function newDocumentId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = crypto.randomBytes(24);
  return Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join('');
}

/** SUM and COUNT come back as strings from PostgreSQL (bigint) and as numbers from SQLite. */
export function toNumber(value: unknown): number {
  const number = Number(value ?? 0);
  return Number.isFinite(number) ? number : 0;
}
