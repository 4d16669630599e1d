import type { Core } from '@strapi/strapi';
import { responseCache } from '../response-cache/response-cache';

/** Serves repeated public reads of published content from memory (src/response-cache/response-cache.ts). */
const responseCacheMiddleware: Core.MiddlewareFactory = (_config, { strapi }) => {
  const cache = responseCache(strapi);
  return (ctx, next) => cache.middleware(ctx, next);
};

export default responseCacheMiddleware;
