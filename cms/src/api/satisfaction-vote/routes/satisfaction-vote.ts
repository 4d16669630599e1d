import { factories } from '@strapi/strapi';

// Results are for editors only: no content-API route; visitors post through /api/public/satisfaction.
export default factories.createCoreRouter('api::satisfaction-vote.satisfaction-vote', { only: [] });
