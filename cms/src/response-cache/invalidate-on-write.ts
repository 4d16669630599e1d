import type { Core } from '@strapi/strapi';
import { responseCache } from './response-cache';

const DOCUMENT_WRITES = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft', 'clone']);

const ROW_WRITES = new Set(['afterCreate', 'afterCreateMany', 'afterUpdate', 'afterUpdateMany', 'afterDelete', 'afterDeleteMany']);
/** Rows written often that no content-API read returns: bumping on them would only empty the cache. */
const IGNORED_MODELS = new Set(['admin::session', 'api::file-job.file-job']);

/** Strapi notes when an API token was last used (hourly): that changes no read. */
function onlyTokenUse(event: { model: { uid: string }; params?: { data?: unknown } }): boolean {
  const data = event.params?.data;
  return event.model.uid === 'admin::api-token' && !!data && typeof data === 'object' && Object.keys(data).every((key) => key === 'lastUsedAt' || key === 'updatedAt');
}

/**
 * Empties the API response cache (bumps its generation) after every write that can change what a read returns:
 * document-service writes of any content type once they are committed, and — for what bypasses the document
 * service (media library, API tokens and permissions, rows the CMS's own code updates) — any row write of the
 * database layer, after its transaction commits.
 */
export function registerResponseCacheInvalidation(strapi: Core.Strapi): void {
  const cache = responseCache(strapi);
  strapi.documents.use(async (context, next) => {
    const result = await next();
    if (DOCUMENT_WRITES.has(context.action)) await cache.invalidate();
    return result;
  });
  strapi.db.lifecycles.subscribe(async (event) => {
    if (!ROW_WRITES.has(event.action) || IGNORED_MODELS.has(event.model.uid) || onlyTokenUse(event)) return;
    // Now for this instance, and again once committed: a read between the two would store what the write replaces.
    await cache.invalidate();
    if (strapi.db.inTransaction()) {
      await strapi.db.transaction(async ({ onCommit }) => onCommit(() => void cache.invalidate()));
    }
  });
}
