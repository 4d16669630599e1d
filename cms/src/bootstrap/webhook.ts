import type { Core, Modules } from '@strapi/strapi';
import { REBUILD_WEBHOOK_EVENTS, REBUILD_WEBHOOK_SECRET_HEADER } from '@portal/shared-types';

type Webhook = Modules.WebhookStore.Webhook;

/** Name of the webhook this bootstrap owns; others an operator adds in Settings → Webhooks are left alone. */
export const REBUILD_WEBHOOK_NAME = 'Dựng lại trang công khai (rebuild)';

const sameWebhook = (a: Pick<Webhook, 'url' | 'headers' | 'events' | 'isEnabled'>, b: typeof a) =>
  a.url === b.url &&
  a.isEnabled === b.isEnabled &&
  JSON.stringify(a.headers) === JSON.stringify(b.headers) &&
  [...a.events].sort().join() === [...b.events].sort().join();

/**
 * Points Strapi's rebuild webhook at REBUILD_WEBHOOK_URL with the shared secret REBUILD_WEBHOOK_SECRET (both passed
 * by `pnpm start`). Idempotent: creates the webhook once, updates it when the URL or secret changed, and does nothing
 * when the variables are unset (an operator may manage webhooks in the admin instead).
 */
export async function ensureRebuildWebhook(strapi: Core.Strapi): Promise<void> {
  const url = process.env.REBUILD_WEBHOOK_URL?.trim();
  const secret = process.env.REBUILD_WEBHOOK_SECRET?.trim();
  if (!url || !secret) return;
  try {
    new URL(url);
  } catch {
    throw new Error(`REBUILD_WEBHOOK_URL is not a valid URL ("${url}"); set it to the rebuild service, e.g. http://127.0.0.1:4322/webhook.`);
  }

  const store = strapi.get('webhookStore') as Modules.WebhookStore.WebhookStore;
  const runner = strapi.get('webhookRunner') as Modules.WebhookRunner.WebhookRunner;
  // Only events this Strapi knows (media.* come from the upload plugin).
  const known = new Set(store.allowedEvents.values());
  const wanted = {
    name: REBUILD_WEBHOOK_NAME,
    url,
    headers: { [REBUILD_WEBHOOK_SECRET_HEADER]: secret },
    events: REBUILD_WEBHOOK_EVENTS.filter((event) => known.has(event)),
    isEnabled: true,
  };

  const existing = (await store.findWebhooks()).find((webhook) => webhook.name === REBUILD_WEBHOOK_NAME);
  // Webhooks stored before bootstrap were registered with the runner already; later changes must be told to it.
  if (!existing) {
    const created = await store.createWebhook({ ...wanted, id: '' });
    runner.add(created);
    strapi.log.info(`Created the rebuild webhook → ${url}`);
  } else if (!sameWebhook(existing, wanted)) {
    const updated = await store.updateWebhook(existing.id, { ...wanted, id: existing.id });
    if (updated) runner.update(updated);
    strapi.log.info(`Updated the rebuild webhook → ${url}`);
  }
}
