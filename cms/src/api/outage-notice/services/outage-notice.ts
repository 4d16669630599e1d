import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::outage-notice.outage-notice');
