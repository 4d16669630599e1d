import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::unit-profile.unit-profile');
