import type { Core } from '@strapi/strapi';
import { slugify } from '@portal/shared-types';

/** The field each type's slug is made from when an editor leaves it empty. */
const SLUG_SOURCES: Record<string, string> = {
  'api::article.article': 'title',
  'api::category.category': 'name',
};

/**
 * Fills an empty slug from the title with the shared Vietnamese slugify
 * (đ → d), for every writer: admin, API and seed alike.
 */
export function registerSlugFromTitle(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const source = SLUG_SOURCES[context.uid];
    if (source && (context.action === 'create' || context.action === 'update')) {
      const data = (context.params as { data?: Record<string, unknown> }).data;
      const text = data?.[source];
      if (data && typeof text === 'string' && !data.slug) data.slug = slugify(text);
    }
    return next();
  });
}
