import { factories } from '@strapi/strapi';

const withIncomingRelations = { middlewares: ['api::legal-document.referenced-by'] };

export default factories.createCoreRouter('api::legal-document.legal-document', {
  config: { find: withIncomingRelations, findOne: withIncomingRelations },
});
