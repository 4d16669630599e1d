import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::kpi-report.kpi-report');
