/** The unit (đơn vị) content type: one per site of the platform. */
export const UNIT_TYPE = 'api::unit.unit';

/**
 * Types whose entries belong to exactly one unit, through a required relation named `unit`. Tags, organisations
 * and people stay platform-wide: one vocabulary and one organisation history for the whole province.
 */
export const UNIT_SCOPED_TYPES = [
  'api::article.article',
  'api::category.category',
  'api::page.page',
  'api::legal-document.legal-document',
  'api::congress.congress',
  'api::indicator.indicator',
  'api::kpi-report.kpi-report',
  'api::schedule.schedule',
  'api::feedback.feedback',
  'api::site-setting.site-setting',
] as const;

const scoped = new Set<string>(UNIT_SCOPED_TYPES);
export const isUnitScoped = (uid: string): boolean => scoped.has(uid);
