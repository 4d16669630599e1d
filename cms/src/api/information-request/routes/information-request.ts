import { factories } from '@strapi/strapi';

// Requests hold citizens' contacts: no core content-API route; the public form posts to /api/public/information-requests
// (../../engagement/routes/01-public.ts) and editors handle requests in the admin.
export default factories.createCoreRouter('api::information-request.information-request', { only: [] });
