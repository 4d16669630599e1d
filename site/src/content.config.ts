/**
 * Content collections: each is a Strapi collection type pulled at build time by strapiLoader and validated with the
 * shared schemas of @portal/shared-types. Populate is explicit per collection (never `*`).
 */

import { defineCollection } from 'astro:content';
import { articleSchema, categorySchema } from '@portal/shared-types';
import { strapiLoader } from './loaders/strapi-loader.ts';

const articles = defineCollection({
  loader: strapiLoader({
    endpoint: '/api/articles',
    schema: articleSchema,
    query: {
      populate: {
        // Every scalar field: the shared category schema describes a populated category in full.
        category: true,
        cover: true,
        sections: true,
      },
      sort: ['date:desc'],
    },
    // Without articles there is no site to publish: an empty answer means a wrong CMS or token.
    allowEmpty: false,
  }),
});

const categories = defineCollection({
  loader: strapiLoader({
    endpoint: '/api/categories',
    schema: categorySchema,
    query: { populate: { parent: true } },
  }),
});

export const collections = { articles, categories };
