import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::kpi-report.kpi-report');
