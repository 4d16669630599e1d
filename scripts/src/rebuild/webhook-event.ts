/**
 * Which Strapi webhook payloads change the public site. Strapi 5 sends `{ event, createdAt, model, uid, entry }`
 * for entries and `{ event, createdAt, media }` for the media library.
 */
import { REBUILD_WEBHOOK_EVENTS, type RebuildWebhookEvent } from '@portal/shared-types';

/** The events the CMS sends (the webhook contract lives in shared-types). */
export const SITE_EVENTS = REBUILD_WEBHOOK_EVENTS;

export type SiteEvent = RebuildWebhookEvent;

export class WebhookPayloadError extends Error {
  override readonly name = 'WebhookPayloadError';
}

export interface WebhookDecision {
  event: string;
  /** Whether the event calls for a rebuild. */
  rebuild: boolean;
  /** Why not, when it does not. */
  ignored?: string;
}

/** Parses a webhook body and decides whether it calls for a rebuild; throws WebhookPayloadError on a bad body. */
export function decideWebhook(body: string): WebhookDecision {
  return readWebhook(body).decision;
}

/** `decideWebhook`, with the parsed payload (the platform's router reads the entry's unit from it). */
export function readWebhook(body: string): { decision: WebhookDecision; payload: Record<string, unknown> } {
  let payload: unknown;
  try {
    payload = JSON.parse(body);
  } catch {
    throw new WebhookPayloadError('the body is not JSON');
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new WebhookPayloadError('the body is not a JSON object');
  }
  const { event, entry } = payload as { event?: unknown; entry?: unknown };
  if (typeof event !== 'string' || event === '') throw new WebhookPayloadError('the body has no "event" string');

  if (!(SITE_EVENTS as readonly string[]).includes(event)) {
    return { decision: { event, rebuild: false, ignored: 'not a content or media change' }, payload: payload as Record<string, unknown> };
  }
  // Saving a draft (create/update of an entry that is not published) changes nothing public; publishing sends
  // entry.publish. Types without draft & publish always carry a publishedAt date.
  if ((event === 'entry.create' || event === 'entry.update') && typeof entry === 'object' && entry !== null) {
    if ((entry as { publishedAt?: unknown }).publishedAt === null) {
      return { decision: { event, rebuild: false, ignored: 'draft change' }, payload: payload as Record<string, unknown> };
    }
  }
  return { decision: { event, rebuild: true }, payload: payload as Record<string, unknown> };
}
