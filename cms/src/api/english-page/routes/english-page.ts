import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::english-page.english-page');
