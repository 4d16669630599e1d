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
  // What the law asks of every unit's portal (issue 20), and the unit's URL history (issue 25).
  'api::outage-notice.outage-notice',
  'api::information-request.information-request',
  'api::satisfaction-vote.satisfaction-vote',
  'api::redirect.redirect',
  'api::english-page.english-page',
  'api::information-access.information-access',
  'api::unit-profile.unit-profile',
] as const;

/**
 * Unit-scoped types with at most one entry per unit (a unit's English page, its Tiếp cận thông tin section, its
 * profile): collection types whose `unit` is unique, refused in Vietnamese when a second one is made.
 */
export const ONE_PER_UNIT_TYPES: Readonly<Record<string, string>> = {
  'api::english-page.english-page': 'Trang tiếng Anh',
  'api::information-access.information-access': 'Tiếp cận thông tin',
  'api::unit-profile.unit-profile': 'Hồ sơ địa phương',
};

const scoped = new Set<string>(UNIT_SCOPED_TYPES);
export const isUnitScoped = (uid: string): boolean => scoped.has(uid);
