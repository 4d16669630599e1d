import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::information-access.information-access');
