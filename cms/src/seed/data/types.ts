/**
 * Shapes of the demo data. Entries refer to each other by slug (or indicator code), never by database id, so the
 * data stays readable and the seed resolves references once the targets exist.
 */

/** Look of a generated illustration (colours and motif). */
export type ImageTheme = 'party' | 'economy' | 'agriculture' | 'forest' | 'security' | 'culture' | 'education' | 'government';

/** An illustration generated at seed time (no binary file is shipped). */
export interface DemoImage {
  /** File name without extension; also the key that makes the upload idempotent. */
  file: string;
  /** Short text drawn on the picture. */
  label: string;
  /** Alternative text for screen readers: what the picture shows. */
  alt: string;
  /** Caption shown under the picture. */
  caption: string;
  theme: ImageTheme;
}

export interface DemoOrganisation {
  slug: string;
  name: string;
  shortName?: string;
  code?: string;
  kind:
    | 'party-committee'
    | 'party-cell'
    | 'party-agency'
    | 'peoples-council'
    | 'peoples-committee'
    | 'state-agency'
    | 'mass-organisation'
    | 'other';
  level: 'central' | 'province' | 'district' | 'commune' | 'agency';
  activeFrom?: string;
  activeUntil?: string;
  description: string;
  website?: string;
  address?: string;
  /** Slug of the parent organisation. */
  parent?: string;
  /** Slug of the successor after a merger or dissolution. */
  mergedInto?: string;
}

export interface DemoPosition {
  title: string;
  /** Organisation slug. */
  organisation?: string;
  from?: string;
  until?: string;
}

export interface DemoPerson {
  slug: string;
  fullName: string;
  biography: string[];
  positions: DemoPosition[];
}

export interface DemoCategory {
  name: string;
  slug: string;
  description: string;
  order: number;
}

export interface DemoTag {
  name: string;
  slug: string;
}

export interface DemoIndicator {
  /** Stable code, also the seed's lookup key. */
  code: string;
  slug: string;
  name: string;
  measureUnit: string;
  domain: 'economy' | 'culture-society' | 'defence-security' | 'party-building' | 'environment';
  direction: 'higher' | 'lower';
  targetKind: 'absolute' | 'term-average' | 'relative-to-baseline';
  description?: string;
  /** Organisation slug. */
  organisation: string;
}

export type DemoRelationKind = 'based-on' | 'guides' | 'amends' | 'replaces' | 'repeals' | 'related';

export interface DemoDocumentRelation {
  kind: DemoRelationKind;
  /** Slug of a document in the portal. */
  target?: string;
  /** Number of a document that is not in the portal. */
  targetNumber?: string;
  note?: string;
}

export interface DemoDocument {
  slug: string;
  /** As an editor would type it; the CMS derives the parsed parts. */
  rawNumber: string;
  /** Party committee term the numbering belongs to ("2020-2025"); null for State documents. */
  term: string | null;
  typeName: string;
  subject: string;
  issuerName: string;
  /** Organisation slug. */
  issuingOrganisation?: string;
  signer?: string;
  signerTitle?: string;
  signingCapacity?: 'on-behalf-of' | 'signing-for' | 'by-order' | 'by-authorisation' | 'acting';
  issuedDate: string | null;
  effectiveDate?: string;
  validity: 'in-force' | 'partly-in-force' | 'not-in-force' | 'draft-for-comment';
  areas: string[];
  body: string[];
  commentOpensAt?: string;
  commentClosesAt?: string;
  relations?: DemoDocumentRelation[];
  /** Congress slug. */
  congress?: string;
  /** Left unpublished on purpose: must never reach the public site. */
  draft?: boolean;
}

export interface DemoTermTarget {
  /** Indicator code. */
  indicator?: string;
  target?: number;
  targetText: string;
  note?: string;
}

export interface DemoCongress {
  slug: string;
  title: string;
  ordinal: number;
  termStartYear: number;
  termEndYear: number;
  startDate?: string;
  endDate?: string;
  delegateCount?: number;
  executiveCommitteeSize?: number;
  description: string[];
  /** Organisation slug. */
  organisation: string;
  /** Person slug. */
  secretary?: string;
  executiveCommitteeMembers?: string[];
  termTargets: DemoTermTarget[];
  cover: DemoImage;
}

export interface DemoKpiValue {
  /** Indicator code. */
  indicator: string;
  plan: number | null;
  actual: number | null;
  previous?: number;
  estimate?: boolean;
  note?: string;
}

export interface DemoKpiReport {
  slug: string;
  title: string;
  period: 'year' | 'six-months' | 'nine-months' | 'quarter' | 'term';
  year: number;
  termStartYear?: number;
  reportDate?: string;
  grading?: 'excellent' | 'good' | 'completed' | 'not-completed';
  /** Organisation slug. */
  organisation: string;
  /** Document slug. */
  sourceDocument?: string;
  values: DemoKpiValue[];
}

export interface DemoScheduleEntry {
  /** 0 = Monday … 6 = Sunday, inside the ISO week. */
  weekday: number;
  /** "HH:mm" or undefined for all day. */
  time?: string;
  content: string;
  chair?: string;
  participants?: string;
  location?: string;
  preparingUnit?: string;
}

export interface DemoSchedule {
  slug: string;
  title: string;
  isoYear: number;
  isoWeek: number;
  /** Organisation slug. */
  organisation: string;
  note?: string;
  entries: DemoScheduleEntry[];
}

/** A body section of an article or page, in order. */
export type DemoSection =
  | { kind: 'text'; paragraphs: string[] }
  | { kind: 'quote'; quote: string; attribution: string }
  | { kind: 'table'; caption: string; rows: string[][] }
  | { kind: 'image'; image: DemoImage }
  | { kind: 'document'; document: string }
  | { kind: 'kpi-chart'; indicator: string; title: string };

export interface DemoArticle {
  title: string;
  slug: string;
  summary: string;
  /** Editorial date-time of the news, in Asia/Ho_Chi_Minh (+07:00). */
  date: string;
  /** Category slug. */
  category: string;
  featured?: boolean;
  hot?: boolean;
  author?: string;
  photoCredit?: string;
  contributingUnit?: string;
  sourceName?: string;
  /** The opening rich-text section (always rendered first). */
  paragraphs: string[];
  /** Further sections after the opening text. */
  sections?: DemoSection[];
  cover: DemoImage;
  /** Tag slugs. */
  tags?: string[];
  /** Document slugs. */
  relatedDocuments?: string[];
  /** Organisation slug. */
  organisation?: string;
  /** Left as a draft: shows editors the workflow and must never reach the site. */
  draft?: boolean;
}

export interface DemoPage {
  slug: string;
  title: string;
  summary: string;
  menuOrder: number;
  sections: DemoSection[];
}

export interface DemoLink {
  label: string;
  url: string;
}

export interface DemoSiteSettings {
  portalName: string;
  ownerName: string;
  /** Organisation slug. */
  ownerOrganisation: string;
  editorInChiefName: string;
  editorInChiefTitle: string;
  licence: string;
  phone: string;
  email: string;
  address: string;
  linkedWebsites: DemoLink[];
  socialLinks: DemoLink[];
  homeSections: Array<{
    kind:
      | 'hot-news'
      | 'featured-news'
      | 'latest-by-category'
      | 'kpi-highlights'
      | 'weekly-schedule'
      | 'draft-consultations'
      | 'linked-websites';
    title?: string;
    limit?: number;
    /** Category slug. */
    category?: string;
  }>;
}
