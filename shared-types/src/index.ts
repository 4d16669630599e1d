// Public API of @portal/shared-types. Named re-exports only (no side effects, no top-level await), so the built
// module loads both as ESM (Astro) and through Node's require(esm) (Strapi).

export {
  OFFICIAL_LETTER_NAME,
  PARTY_DOCUMENT_TYPES,
  PARTY_ISSUER_NAMES,
  STATE_DOCUMENT_TYPES,
  documentTypeName,
  findDocumentType,
} from './document-types.js';
export type { DocumentSystem, DocumentTypeInfo } from './document-types.js';

export {
  cleanDocumentNumberText,
  documentNumberKey,
  findDocumentNumbers,
  formatDocumentNumber,
  issuerTerm,
  parseDocumentNumber,
} from './document-number.js';
export type { DocumentNumber, FoundDocumentNumber, ParseDocumentNumberResult } from './document-number.js';

export { compareVietnamese, foldVietnamese, includesFolded, slugify } from './vietnamese-text.js';
export type { SlugifyOptions } from './vietnamese-text.js';

export { formatViNumber, formatViPercent, parseViNumber } from './vi-number.js';
export type { ViNumberFormatOptions } from './vi-number.js';

export {
  VIETNAM_TIME_ZONE,
  VI_WEEKDAY_NAMES,
  formatViDate,
  isoWeekOf,
  isoWeekRange,
  isoWeeksInYear,
  isValidIsoWeek,
  toVietnamDateTime,
  toVietnamIsoDate,
} from './vi-date.js';
export type { IsoWeek, ViDateFormatOptions, VietnamDateTime } from './vi-date.js';

export {
  LUNAR_MAX_YEAR,
  LUNAR_MIN_YEAR,
  lunarToSolar,
  solarToLunar,
} from './lunar-calendar.js';
export type { LunarDate } from './lunar-calendar.js';

export { VIETNAM_WORKING_CALENDAR, addWorkingDays, isWorkingDay, workingDaysBetween } from './working-days.js';
export type { WorkingCalendar, WorkingYear } from './working-days.js';

export { BoundaryError, boundaryMapSvg, parseBoundary } from './boundary-map.js';
export type { BoundaryMap } from './boundary-map.js';

export { ROMAN_MAX, ROMAN_MIN, fromRoman, toRoman } from './roman.js';

export {
  INDICATOR_STATUS_LABELS,
  KPI_DECIMALS,
  KpiInputError,
  PARTY_GRADING_LABELS,
  computeIndicatorResult,
  gradeFromScore,
  roundHalfAwayFromZero,
  summarizeReport,
} from './kpi.js';
export type {
  IndicatorDirection,
  IndicatorInput,
  IndicatorResult,
  IndicatorStatus,
  PartyGrading,
  ReportSummary,
} from './kpi.js';

export {
  documentIdSchema,
  isoDateSchema,
  isoDateTimeSchema,
  labelledEnum,
  linkSchema,
  mediaFormatSchema,
  mediaListSchema,
  mediaSchema,
  paginationSchema,
  requiredTextSchema,
  seoSchema,
  slugSchema,
  strapiEntryFields,
  strapiErrorResponseSchema,
  strapiIdSchema,
  strapiListResponse,
  strapiKeysetListResponse,
  strapiSingleResponse,
  timeOfDaySchema,
} from './schemas/common.js';
export type { Link, Media, MediaFormat, Pagination, Seo, StrapiErrorResponse } from './schemas/common.js';

export { blocksLinkNodeSchema, blocksNodeSchema, blocksSchema, blocksTextNodeSchema, blocksToPlainText } from './schemas/blocks.js';
export type {
  Blocks,
  BlocksCodeNode,
  BlocksHeadingNode,
  BlocksImage,
  BlocksImageNode,
  BlocksInlineNode,
  BlocksLinkNode,
  BlocksListItemNode,
  BlocksListNode,
  BlocksNode,
  BlocksParagraphNode,
  BlocksQuoteNode,
  BlocksTextNode,
} from './schemas/blocks.js';

export {
  SECTION_COMPONENTS,
  documentCardSectionSchema,
  gallerySectionSchema,
  imageSectionSchema,
  kpiChartSectionSchema,
  quoteSectionSchema,
  richTextSectionSchema,
  sectionSchema,
  tableSectionSchema,
} from './schemas/sections.js';
export type { Section, SectionComponentName } from './schemas/sections.js';

export { articleBaseSchema, articleSchema } from './schemas/article.js';
export type { Article, ArticleBase } from './schemas/article.js';

export { categoryBaseSchema, categorySchema } from './schemas/category.js';
export type { Category, CategoryBase } from './schemas/category.js';

export { tagBaseSchema, tagSchema } from './schemas/tag.js';
export type { Tag, TagBase } from './schemas/tag.js';

export { pageBaseSchema, pageSchema } from './schemas/page.js';
export type { Page, PageBase } from './schemas/page.js';

export {
  ORGANISATION_KIND_LABELS,
  ORGANISATION_LEVEL_LABELS,
  organisationBaseSchema,
  organisationKindSchema,
  organisationLevelSchema,
  organisationSchema,
} from './schemas/organisation.js';
export type { Organisation, OrganisationBase, OrganisationKind, OrganisationLevel } from './schemas/organisation.js';

export { personBaseSchema, personPositionSchema, personSchema } from './schemas/person.js';
export type { Person, PersonBase, PersonPosition } from './schemas/person.js';

export {
  DOCUMENT_RELATION_INVERSE_LABELS,
  DOCUMENT_RELATION_KIND_LABELS,
  DOCUMENT_SYSTEM_LABELS,
  DOCUMENT_VALIDITY_LABELS,
  SIGNING_CAPACITY_ABBREVIATIONS,
  SIGNING_CAPACITY_LABELS,
  documentBaseSchema,
  documentRelationKindSchema,
  documentRelationSchema,
  documentSchema,
  documentSystemSchema,
  documentValiditySchema,
  inheritedDocumentSchema,
  signingCapacitySchema,
} from './schemas/document.js';
export type {
  Document,
  DocumentBase,
  DocumentRelation,
  DocumentRelationKind,
  DocumentValidity,
  InheritedDocument,
  SigningCapacity,
} from './schemas/document.js';

export { congressBaseSchema, congressSchema, termTargetSchema } from './schemas/congress.js';
export type { Congress, CongressBase, TermTarget } from './schemas/congress.js';

export {
  INDICATOR_DIRECTION_LABELS,
  INDICATOR_DOMAIN_LABELS,
  INDICATOR_TARGET_KIND_LABELS,
  indicatorBaseSchema,
  indicatorDirectionSchema,
  indicatorDomainSchema,
  indicatorSchema,
  indicatorTargetKindSchema,
} from './schemas/indicator.js';
export type { Indicator, IndicatorBase, IndicatorDomain, IndicatorTargetKind } from './schemas/indicator.js';

export {
  REPORT_PERIOD_LABELS,
  indicatorStatusSchema,
  kpiReportBaseSchema,
  kpiReportSchema,
  kpiValueSchema,
  partyGradingSchema,
  reportPeriodSchema,
} from './schemas/kpi-report.js';
export type { KpiReport, KpiReportBase, KpiValue, ReportPeriod } from './schemas/kpi-report.js';

export { scheduleBaseSchema, scheduleEntrySchema, scheduleSchema } from './schemas/schedule.js';
export type { Schedule, ScheduleBase, ScheduleEntry } from './schemas/schedule.js';

export {
  FEEDBACK_MODERATION_LABELS,
  FEEDBACK_TARGET_LABELS,
  feedbackModerationSchema,
  feedbackSchema,
  feedbackTargetSchema,
  publicFeedbackSchema,
} from './schemas/feedback.js';
export type { Feedback, FeedbackModeration, PublicFeedback } from './schemas/feedback.js';

export { isOutageNoticeCurrent, outageNoticeSchema } from './schemas/outage-notice.js';
export type { OutageNotice } from './schemas/outage-notice.js';

export { englishLeaderSchema, englishPageSchema, textParagraphs } from './schemas/english-page.js';
export type { EnglishLeader, EnglishPage } from './schemas/english-page.js';

export {
  DISCLOSURE_ITEMS,
  DISCLOSURE_ITEM_KEYS,
  INFORMATION_REQUEST_WORKING_DAYS,
  SELF_FULFILLED_ITEM,
  informationRequestDueDate,
  informationRequestReference,
  isInformationRequestReference,
  missingDisclosureItems,
} from './information-access.js';
export type { DisclosureItemKey } from './information-access.js';
export { disclosureItemSchema, informationAccessSchema } from './schemas/information-access.js';
export type { DisclosureItem, InformationAccess } from './schemas/information-access.js';

export { unitProfileSchema } from './schemas/unit-profile.js';
export type { UnitProfile } from './schemas/unit-profile.js';

export { HOME_SECTION_KIND_LABELS, homeSectionKindSchema, homeSectionSchema, siteSettingsSchema } from './schemas/site-settings.js';
export type { HomeSection, HomeSectionKind, SiteSettings } from './schemas/site-settings.js';

export { REBUILD_WEBHOOK_EVENTS, REBUILD_WEBHOOK_SECRET_HEADER, type RebuildWebhookEvent } from './rebuild-webhook.js';

export { toCsv } from './formats/csv.js';
export type { CsvCell, CsvOptions } from './formats/csv.js';

export { escapeICalendarText, foldICalendarLine, toICalendar } from './formats/icalendar.js';
export { issuerFromCapitals, proposeDocumentMetadata } from './document-first-page.js';
export type { DocumentMetadataProposal } from './document-first-page.js';

export {
  UNIT_KIND_LABELS,
  UNIT_STATUS_LABELS,
  closesParentLoop,
  demoEditorEmail,
  findFormerNames,
  formerNames,
  hostnameProblem,
  isCommuneUnitKind,
  isPortalOfProvince,
  isProvincialUnitKind,
  pathPrefixProblem,
  platformOrigin,
  servingUnits,
  syndicationStateOf,
  unitSiteUrl,
  unitsAffectedBy,
  unitsShowing,
} from './units.js';
export type { FormerName, OrganisationRef, SyndicationState, UnitAddress, UnitKind, UnitRef, UnitStatus } from './units.js';
export { unitBaseSchema, unitKindSchema, unitSchema, unitStateSchema } from './schemas/unit.js';
export type { Unit, UnitBase } from './schemas/unit.js';

export {
  GONE_SECTIONS,
  URL_CONTENT_TYPES,
  coveredByRecords,
  entryPath,
  unitEntryPath,
  unitPath,
  expandUrlMap,
  gonePagePath,
  goneSectionOf,
  isEntryAddress,
  netlifyRedirects,
  nginxRedirectsConf,
  recordGone,
  recordLive,
  recordMove,
  redirectFromPathSchema,
  resolveRedirectTarget,
  toPathIn,
  sitePathSchema,
  suffixUnder,
  urlRecordSchema,
} from './url-history.js';
export type { GoneSection, UrlMap, UrlRecord, UrlRecordEntry } from './url-history.js';
export {
  LEGACY_QUERY_PATH,
  canonicalLegacyQueryPath,
  isLegacyQueryPath,
  legacyQueryKey,
  legacyQueryParts,
  legacyQueryPathSchema,
} from './legacy-query.js';
export type { LegacyQueryParts } from './legacy-query.js';
export { countedFileUrl, DOWNLOAD_KINDS, DOWNLOAD_QUERY, downloadKey, isDownloadKind, isEntryDocumentId, parseDownloadKey } from './downloads.js';
export type { DownloadCount, DownloadKind, DownloadTarget } from './downloads.js';
export type { ImportBatchEntry, ImportBatchWritten } from './import-batch.js';
