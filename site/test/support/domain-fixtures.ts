/** Parsed domain entries from the shared-types fixtures (captured-style Strapi 5 responses). */

import fs from 'node:fs';
import {
  type Congress,
  type Document,
  type Indicator,
  type KpiReport,
  type Schedule,
  type SiteSettings,
  congressSchema,
  documentSchema,
  indicatorSchema,
  kpiReportSchema,
  scheduleSchema,
  siteSettingsSchema,
} from '@portal/shared-types';

type Json = Record<string, unknown>;

/** The raw JSON entry of a shared-types fixture (the `data` of an envelope, or the entry itself). */
export function rawFixture(name: string): Json {
  const parsed = JSON.parse(fs.readFileSync(new URL(`../../../shared-types/test/fixtures/${name}`, import.meta.url), 'utf8')) as Json;
  return (parsed['data'] as Json | undefined) ?? parsed;
}

export const documentFixture = (overrides: Json = {}): Document => documentSchema.parse({ ...rawFixture('document.json'), ...overrides });
export const congressFixture = (): Congress => congressSchema.parse(rawFixture('congress.json'));
export const indicatorFixture = (): Indicator => indicatorSchema.parse(rawFixture('indicator.json'));
export const reportFixture = (overrides: Json = {}): KpiReport => kpiReportSchema.parse({ ...rawFixture('kpi-report.json'), ...overrides });
export const scheduleFixture = (): Schedule => scheduleSchema.parse(rawFixture('schedule.json'));
export const settingsFixture = (): SiteSettings => siteSettingsSchema.parse(rawFixture('site-settings.json'));

/** A second document, "12-HD/BTCTW", guiding the fixture document by reference. */
export function guidingDocument(target: Document): Document {
  return documentFixture({
    id: 42,
    documentId: 'd42hd12btctw',
    rawNumber: '12-HD/BTCTW',
    normalizedNumber: '12-HD/BTCTW',
    sequence: '12',
    typeCode: 'HD',
    issuerCode: 'BTCTW',
    numberKey: 'party|BTCTW|2015-2020|HD|12',
    typeName: 'Hướng dẫn',
    slug: '12-hd-btctw',
    subject: 'Hướng dẫn nâng cao chất lượng sinh hoạt chi bộ',
    issuerName: 'Ban Tổ chức Trung ương',
    issuedDate: '2018-07-06',
    areas: ['Xây dựng Đảng', 'Tổ chức bộ máy'],
    files: [],
    relations: [{ id: 7, kind: 'guides', target: rawFixture('document.json'), targetNumber: null, note: null }],
    validity: target.validity,
  });
}
