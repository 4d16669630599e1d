/** What the preview renders: the previewable content types, the labels it needs, and a draft's title. */

import { str, type Entry } from './values.ts';

/** Every UI text and label table the renderer needs, filled from src/i18n/vi.ts and the shared labels at build. */
export interface PreviewLabels {
  text: Readonly<Record<PreviewTextKey, string>>;
  validity: Readonly<Record<string, string>>;
  system: Readonly<Record<string, string>>;
  indicatorStatus: Readonly<Record<string, string>>;
  reportPeriod: Readonly<Record<string, string>>;
}

export type PreviewTextKey =
  | 'publishedAt'
  | 'category'
  | 'author'
  | 'source'
  | 'table'
  | 'gallery'
  | 'documentCard'
  | 'chart'
  | 'documentNumber'
  | 'documentType'
  | 'documentSystem'
  | 'documentIssuer'
  | 'documentSigner'
  | 'documentIssuedDate'
  | 'documentEffectiveDate'
  | 'documentValidity'
  | 'documentAreas'
  | 'documentTerm'
  | 'documentMetadata'
  | 'documentFiles'
  | 'documentBody'
  | 'congressFacts'
  | 'congressTerm'
  | 'congressDates'
  | 'congressDelegates'
  | 'congressCommitteeSize'
  | 'reportDate'
  | 'reportPeriod'
  | 'reportGrading'
  | 'reportSummary'
  | 'reportTable'
  | 'kpiIndicator'
  | 'kpiPlan'
  | 'kpiActual'
  | 'kpiPercentOfPlan'
  | 'kpiStatus'
  | 'scheduleWeek'
  | 'scheduleTime'
  | 'scheduleContent'
  | 'scheduleChair'
  | 'scheduleParticipants'
  | 'scheduleLocation';

/** The previewable content types, as the admin's preview button names them. */
export const PREVIEW_TYPES = [
  'api::article.article',
  'api::legal-document.legal-document',
  'api::congress.congress',
  'api::kpi-report.kpi-report',
  'api::schedule.schedule',
] as const;
export type PreviewType = (typeof PREVIEW_TYPES)[number];

export function isPreviewType(value: string | null): value is PreviewType {
  return (PREVIEW_TYPES as readonly (string | null)[]).includes(value);
}

/** The page title of a draft (the page's one h1 shows it). */
export function draftTitle(type: PreviewType, entry: Entry): string {
  if (type === 'api::legal-document.legal-document') {
    return [str(entry.typeName), str(entry.normalizedNumber) ?? str(entry.rawNumber)].filter(Boolean).join(' ') || (str(entry.subject) ?? '');
  }
  return str(entry.title) ?? '';
}
