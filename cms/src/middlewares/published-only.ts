import type { Core } from '@strapi/strapi';

/**
 * Strapi 5's content API hands drafts to any caller allowed to `find` when it
 * asks for `?status=draft` (or the v4-style `publicationState=preview`).
 * Visitors and the read-only site token must only ever see published content,
 * so such requests are refused before they reach a controller.
 */
const publishedOnly: Core.MiddlewareFactory = () => {
  return async (ctx, next) => {
    if (ctx.path.startsWith('/api/')) {
      const { status, publicationState } = ctx.query ?? {};
      const asksForDrafts =
        (status !== undefined && status !== 'published') ||
        (publicationState !== undefined && publicationState !== 'live');
      if (asksForDrafts) {
        ctx.status = 403;
        ctx.body = {
          data: null,
          error: {
            status: 403,
            name: 'ForbiddenError',
            message: 'Drafts are not available through the public API; only published content is.',
            details: {},
          },
        };
        return;
      }
    }
    await next();
  };
};

export default publishedOnly;
