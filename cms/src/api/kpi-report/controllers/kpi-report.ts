import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::kpi-report.kpi-report');
