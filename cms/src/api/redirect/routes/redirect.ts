import { factories } from '@strapi/strapi';

// Read by the site build with its read-only token; written by the CMS itself (src/urls/) and by administrators.
export default factories.createCoreRouter('api::redirect.redirect', { only: ['find', 'findOne'] });
