import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::english-page.english-page');
