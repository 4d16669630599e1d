import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::english-page.english-page');
