import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::information-access.information-access');
