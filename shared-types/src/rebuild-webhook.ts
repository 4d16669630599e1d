/**
 * The contract between the CMS's rebuild webhook (cms/src/bootstrap/webhook.ts) and the rebuild service
 * (scripts/src/rebuild/): which Strapi events change the public site, and the header carrying the shared secret.
 */
export const REBUILD_WEBHOOK_EVENTS = [
  'entry.create',
  'entry.update',
  'entry.delete',
  'entry.publish',
  'entry.unpublish',
  'media.create',
  'media.update',
  'media.delete',
] as const;

export type RebuildWebhookEvent = (typeof REBUILD_WEBHOOK_EVENTS)[number];

/** Header the CMS sends with every rebuild webhook and the rebuild service checks. */
export const REBUILD_WEBHOOK_SECRET_HEADER = 'x-webhook-secret';
