import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::information-access.information-access');
