/**
 * Demo content for a fresh portal, written for this project from the facts in shared/domain-facts.md (no sentence
 * is taken from the source pages). One module per content type lives in ./data; this module gathers them.
 */

export type * from './data/types';
export { demoArticles } from './data/articles';
export { demoCategories, demoTags } from './data/categories';
export { demoCongresses } from './data/congresses';
export { demoDocuments } from './data/documents';
export { demoIndicators } from './data/indicators';
export { demoOrganisations } from './data/organisations';
export { demoPages } from './data/pages';
export { demoPeople } from './data/people';
export { demoReports } from './data/reports';
export { currentWeekSchedule, demoSchedules } from './data/schedules';
export { demoSiteSettings } from './data/site-settings';
export { demoEnglishPage } from './data/english-page';
export { demoInformationAccess } from './data/information-access';
export { demoUnitProfile } from './data/unit-profile';
