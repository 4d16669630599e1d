import crypto from 'node:crypto';

import { REBUILD_WEBHOOK_SECRET_HEADER } from '@portal/shared-types';

/** The header Strapi sends the shared secret in (configured by cms/src/bootstrap/webhook.ts). */
export const WEBHOOK_SECRET_HEADER = REBUILD_WEBHOOK_SECRET_HEADER;

/**
 * Compares a presented secret with the expected one in constant time. Both are hashed first so that
 * timingSafeEqual gets equal lengths and the comparison leaks neither the content nor the length.
 */
export function secretMatches(presented: string | string[] | undefined, expected: string): boolean {
  if (typeof presented !== 'string' || presented === '' || expected === '') return false;
  const digest = (value: string) => crypto.createHash('sha256').update(value, 'utf8').digest();
  return crypto.timingSafeEqual(digest(presented), digest(expected));
}
