import type { Core } from '@strapi/strapi';
import { configureAdminLabels } from './bootstrap/admin-labels';
import { ensureDefaultUnit, fillDefaultUnitSettings } from './bootstrap/default-unit';
import { configurePublicPermissions } from './bootstrap/public-permissions';
import { ensureEditorialRoles } from './bootstrap/roles';
import { ensureDemoAdmin } from './bootstrap/demo-admin';
import { ensureSiteToken } from './bootstrap/site-token';
import { registerUnitConditions } from './bootstrap/unit-conditions';
import { ensureRebuildWebhook } from './bootstrap/webhook';
import { confirmCommits } from './database/confirm-commits';
import { survivePostgresRestarts } from './database/unavailable';
import { enqueueFullText } from './file-jobs/queue';
import { registerFullTextOnSave, startFileJobWorker, type FileJobWorker } from './file-jobs/worker';
import { stopGracefullyOnSignal } from './server/graceful-stop';
import { seedDemoContent } from './seed/seed-demo-content';
import { seedDemoUnits } from './seed/seed-platform';
import { registerContentRules } from './validation/content-rules';
import { registerOutageNoticeRule } from './validation/outage-notice-rule';
import { registerSlugFromTitle } from './validation/slug-from-title';
import { registerRedirectRules, registerUnitAddressHistory, registerUrlHistory } from './urls/record-url-changes';
import { registerUnitRules } from './validation/unit-rules';
import { registerResponseCacheInvalidation } from './response-cache/invalidate-on-write';
import { registerUnitScope } from './validation/unit-scope';
import { registerSyndicationRules } from './validation/syndication-rules';
import { viewFlushMs } from './api/engagement/lib/config';
import { sharedRedis } from './api/engagement/lib/redis';
import { startViewFlusher, type ViewFlusher } from './api/engagement/lib/view-buffer';

let fileJobWorker: FileJobWorker | null = null;
let viewFlusher: ViewFlusher | null = null;

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // A SIGTERM drains the instance before Strapi stops (instead of cutting the requests in flight).
    stopGracefullyOnSignal(strapi);
    survivePostgresRestarts(strapi);
    confirmCommits(strapi);
    // First, so it wraps the others: the API cache is emptied once the write and its side effects are done.
    registerResponseCacheInvalidation(strapi);
    // Unit scope first: it settles the entry's unit, within which slug-from-title checks the slug.
    registerUnitScope(strapi);
    registerSlugFromTitle(strapi);
    registerUnitRules(strapi);
    registerSyndicationRules(strapi);
    registerContentRules(strapi);
    registerFullTextOnSave(strapi, (documentId) => enqueueFullText(strapi, documentId));
    registerUrlHistory(strapi);
    registerRedirectRules(strapi);
    registerUnitAddressHistory(strapi);
    registerOutageNoticeRule(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await registerUnitConditions(strapi);
    await configurePublicPermissions(strapi);
    await ensureEditorialRoles(strapi);
    await configureAdminLabels(strapi);
    await ensureDemoAdmin(strapi);
    await ensureSiteToken(strapi);
    await ensureDefaultUnit(strapi);
    await seedDemoContent(strapi);
    await fillDefaultUnitSettings(strapi);
    await seedDemoUnits(strapi);
    await ensureRebuildWebhook(strapi);
    fileJobWorker = await startFileJobWorker(strapi);
    // With REDIS_URL, view beacons wait in Redis until one instance writes them (lib/view-buffer.ts).
    const redis = sharedRedis(strapi.log);
    if (redis) viewFlusher = startViewFlusher(strapi, redis, viewFlushMs());
  },

  async destroy() {
    await fileJobWorker?.stop();
    fileJobWorker = null;
    await viewFlusher?.stop();
    viewFlusher = null;
    await sharedRedis()?.close();
  },
};
