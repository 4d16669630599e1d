import { factories } from '@strapi/strapi';

// One entry per unit (issue 20): the site reads its unit's entry with find (filters[unit][slug][$eq]=…) or findOne.
export default factories.createCoreRouter('api::unit-profile.unit-profile', { only: ['find', 'findOne'] });
