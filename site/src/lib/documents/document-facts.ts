/** The metadata table of a document page, as label/value rows (empty values left out). */

import {
  DOCUMENT_SYSTEM_LABELS,
  DOCUMENT_VALIDITY_LABELS,
  type Document,
  SIGNING_CAPACITY_ABBREVIATIONS,
  formatViDate,
} from '@portal/shared-types';
import { t } from '../../i18n/vi.ts';

export interface FactRow {
  label: string;
  value: string;
}

/** "T/M Phó Bí thư Thường trực Đặng Ngọc Huy": capacity in the document system's abbreviation, title, name. */
export function signatureLine(document: Pick<Document, 'signingCapacity' | 'system' | 'signerTitle' | 'signer'>): string | undefined {
  const capacity = document.signingCapacity ? SIGNING_CAPACITY_ABBREVIATIONS[document.signingCapacity][document.system] : null;
  const line = [capacity, document.signerTitle, document.signer].filter((part) => part).join(' ');
  return line === '' ? undefined : line;
}

export function documentFacts(document: Document): FactRow[] {
  const comment =
    document.commentOpensAt && document.commentClosesAt
      ? t('document.commentPeriod', {
          from: formatViDate(document.commentOpensAt, { time: true }),
          until: formatViDate(document.commentClosesAt, { time: true }),
        })
      : undefined;
  const rows: Array<[string, string | null | undefined]> = [
    [t('document.number'), document.normalizedNumber],
    [t('document.type'), document.typeName],
    [t('document.system'), DOCUMENT_SYSTEM_LABELS[document.system]],
    [t('document.issuer'), document.issuerName ?? document.issuingOrganisation?.name],
    [t('document.term'), document.term],
    [t('document.signer'), signatureLine(document)],
    [t('document.issuedDate'), document.issuedDate && formatViDate(document.issuedDate)],
    [t('document.effectiveDate'), document.effectiveDate && formatViDate(document.effectiveDate)],
    [t('document.validity'), DOCUMENT_VALIDITY_LABELS[document.validity]],
    [t('document.areas'), document.areas.join(', ')],
    [t('document.comment'), comment],
  ];
  return rows.flatMap(([label, value]) => (value ? [{ label, value }] : []));
}
