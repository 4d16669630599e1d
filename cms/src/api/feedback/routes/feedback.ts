import { factories } from '@strapi/strapi';

// Feedback holds readers' e-mail addresses: no core content-API route at all, for visitors and API tokens alike
// (a read-only token reaches every `find`). Editors moderate in the admin; public posting and the list of approved
// entries get their own narrow routes.
export default factories.createCoreRouter('api::feedback.feedback', { only: [] });
