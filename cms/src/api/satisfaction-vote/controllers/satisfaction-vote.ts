import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::satisfaction-vote.satisfaction-vote');
