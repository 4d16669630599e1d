/** The document library: lookups by number, facets for the filter pages, relations both ways. Pure functions. */

import {
  DOCUMENT_RELATION_INVERSE_LABELS,
  DOCUMENT_RELATION_KIND_LABELS,
  DOCUMENT_VALIDITY_LABELS,
  type Document,
  type DocumentBase,
  type DocumentValidity,
  compareVietnamese,
  findDocumentNumbers,
  foldVietnamese,
  parseDocumentNumber,
  slugify,
  toVietnamDateTime,
} from '@portal/shared-types';

/**
 * Comparable key of a document number: the canonical form, folded (case, Đ/Ð look-alikes), so "Số: 215 - KL/TU",
 * "215-kl/tu" and "215-KL/TU" meet. Undefined when the text is not a document number.
 */
export function numberKey(text: string): string | undefined {
  const parsed = parseDocumentNumber(text);
  return parsed.ok ? foldVietnamese(parsed.value.normalized) : undefined;
}

/** Documents by number key. When two documents share a number (different terms), the newest is linked. */
export function indexByNumber<D extends DocumentBase>(documents: readonly D[]): Map<string, D> {
  const index = new Map<string, D>();
  for (const document of documents) {
    const key = foldVietnamese(document.normalizedNumber);
    const existing = index.get(key);
    if (existing === undefined || (document.issuedDate ?? '') > (existing.issuedDate ?? '')) index.set(key, document);
  }
  return index;
}

/** A run of text, linked when it is the number of a document in the portal. */
export interface TextSegment {
  text: string;
  /** Slug of the cited document. */
  documentSlug?: string | undefined;
}

/** Splits text around the document numbers it cites, linking those the portal holds (findDocumentNumbers). */
export function linkDocumentNumbers(text: string, byNumber: ReadonlyMap<string, Pick<DocumentBase, 'slug'>>): TextSegment[] {
  const segments: TextSegment[] = [];
  let position = 0;
  for (const found of findDocumentNumbers(text)) {
    const target = byNumber.get(foldVietnamese(found.value.normalized));
    if (target === undefined) continue;
    if (found.start > position) segments.push({ text: text.slice(position, found.start) });
    segments.push({ text: found.raw, documentSlug: target.slug });
    position = found.end;
  }
  if (position < text.length || segments.length === 0) segments.push({ text: text.slice(position) });
  return segments;
}

/** Number keys of the documents a text cites (those the portal holds or not). */
export function citedNumberKeys(text: string): Set<string> {
  return new Set(findDocumentNumbers(text).map((found) => foldVietnamese(found.value.normalized)));
}

/** Year of a document: the one written in its number, else the year it was issued. */
export function documentYear(document: Pick<DocumentBase, 'numberYear' | 'issuedDate'>): number | undefined {
  if (document.numberYear !== null) return document.numberYear;
  return document.issuedDate === null ? undefined : toVietnamDateTime(document.issuedDate).year;
}

/** Newest issued first; undated drafts first of all; ties by number. */
export function libraryOrder<D extends DocumentBase>(documents: readonly D[]): D[] {
  return [...documents].sort(
    (a, b) => (b.issuedDate ?? '9999').localeCompare(a.issuedDate ?? '9999') || compareVietnamese(a.normalizedNumber, b.normalizedNumber),
  );
}

/** The filter dimensions of the library, with the URL segment of each. */
export const FACETS = {
  type: 'loai',
  issuer: 'co-quan',
  year: 'nam',
  validity: 'hieu-luc',
  area: 'linh-vuc',
} as const;
export type Facet = keyof typeof FACETS;

export interface FacetValue {
  facet: Facet;
  /** URL segment of the value. */
  value: string;
  label: string;
  count: number;
}

/** The facet values one document has (one per facet, several areas). */
export function facetValuesOf(document: DocumentBase): Array<Omit<FacetValue, 'count'>> {
  const values: Array<Omit<FacetValue, 'count'>> = [
    { facet: 'type', value: slugify(document.typeName), label: document.typeName },
    { facet: 'validity', value: slugify(DOCUMENT_VALIDITY_LABELS[document.validity]), label: DOCUMENT_VALIDITY_LABELS[document.validity] },
  ];
  const issuer = document.issuerName ?? document.issuerCode;
  values.push({ facet: 'issuer', value: slugify(issuer) || slugify(document.issuerCode), label: issuer });
  const year = documentYear(document);
  if (year !== undefined) values.push({ facet: 'year', value: String(year), label: String(year) });
  for (const area of document.areas) {
    const value = slugify(area);
    if (value !== '') values.push({ facet: 'area', value, label: area });
  }
  return values;
}

const facetKey = (facet: Facet, value: string) => `${facet}/${value}`;

/** Every facet value with its documents (in the given order), computed in one pass. */
export function buildFacets<D extends DocumentBase>(documents: readonly D[]): { values: Record<Facet, FacetValue[]>; members: Map<string, D[]> } {
  const members = new Map<string, D[]>();
  const labels = new Map<string, Omit<FacetValue, 'count'>>();
  for (const document of documents) {
    for (const value of facetValuesOf(document)) {
      const key = facetKey(value.facet, value.value);
      labels.set(key, labels.get(key) ?? value);
      const list = members.get(key) ?? [];
      // Two areas of one document may slug the same; its values come one after another, so checking the last suffices.
      if (list.at(-1) !== document) list.push(document);
      members.set(key, list);
    }
  }
  const values: Record<Facet, FacetValue[]> = { type: [], issuer: [], year: [], validity: [], area: [] };
  for (const [key, value] of labels) values[value.facet].push({ ...value, count: members.get(key)?.length ?? 0 });
  for (const facet of Object.keys(values) as Facet[]) {
    values[facet].sort((a, b) => (facet === 'year' ? Number(b.value) - Number(a.value) : compareVietnamese(a.label, b.label)));
  }
  return { values, members };
}

/** Members of one facet value. */
export function facetMembers<D extends DocumentBase>(members: ReadonlyMap<string, D[]>, facet: Facet, value: string): D[] {
  return members.get(facetKey(facet, value)) ?? [];
}

/** One line of a document's relations table. */
export interface RelationLine {
  label: string;
  /** The related document when the portal holds it. */
  document?: DocumentBase | undefined;
  /** Its number when it is not in the portal. */
  number?: string | undefined;
  note?: string | null | undefined;
}

/**
 * The document's relations as its own page shows them: its outgoing relations ("Căn cứ 30-QĐ/TW") and, for every
 * document pointing at it, the inverse ("Được hướng dẫn bởi 12-HD/BTCTW"). `incoming` comes from `inverseRelations`.
 */
export function relationLines(document: Document, incoming: readonly IncomingRelation[], byId: ReadonlyMap<string, DocumentBase>): RelationLine[] {
  const outgoing: RelationLine[] = document.relations.map((relation) => {
    // The target as it is now; a target deleted since is shown by its number.
    const target = relation.target ? byId.get(relation.target.documentId) : undefined;
    return {
      label: DOCUMENT_RELATION_KIND_LABELS[relation.kind],
      document: target,
      number: target === undefined ? (relation.targetNumber ?? relation.target?.normalizedNumber) : undefined,
      note: relation.note,
    };
  });
  const inverse: RelationLine[] = incoming.map((relation) => ({
    label: DOCUMENT_RELATION_INVERSE_LABELS[relation.kind],
    document: relation.source,
    note: relation.note,
  }));
  return [...outgoing, ...inverse];
}

export interface IncomingRelation {
  kind: Document['relations'][number]['kind'];
  source: Document;
  note: string | null;
}

/**
 * For each document (by documentId), the relations other documents have to it — by reference, or by number when the
 * editor typed the target's number instead of picking it. One pass over every relation.
 */
export function inverseRelations(documents: readonly Document[], byNumber: ReadonlyMap<string, DocumentBase>): Map<string, IncomingRelation[]> {
  const incoming = new Map<string, IncomingRelation[]>();
  for (const source of documents) {
    for (const relation of source.relations) {
      const targetId =
        relation.target?.documentId ?? (relation.targetNumber === null ? undefined : byNumber.get(numberKey(relation.targetNumber) ?? '')?.documentId);
      if (targetId === undefined || targetId === source.documentId) continue;
      const list = incoming.get(targetId) ?? [];
      list.push({ kind: relation.kind, source, note: relation.note });
      incoming.set(targetId, list);
    }
  }
  return incoming;
}

/** Whether a draft is open for comments at `now`. */
export function isOpenForComment(document: Pick<DocumentBase, 'validity' | 'commentOpensAt' | 'commentClosesAt'>, now: Date): boolean {
  if (document.validity !== 'draft-for-comment') return false;
  const time = now.getTime();
  if (document.commentOpensAt !== null && Date.parse(document.commentOpensAt) > time) return false;
  return document.commentClosesAt === null || Date.parse(document.commentClosesAt) >= time;
}

/** Validity values in display order. */
export const VALIDITY_ORDER: readonly DocumentValidity[] = ['in-force', 'partly-in-force', 'not-in-force', 'draft-for-comment'];

/** `data-*` attributes the library's filter script matches on: one value per facet, areas space-separated. */
export function filterAttributes(document: DocumentBase): Record<`data-${Facet}`, string> {
  const values = facetValuesOf(document);
  const of = (facet: Facet) =>
    values
      .filter((value) => value.facet === facet)
      .map((value) => value.value)
      .join(' ');
  return { 'data-type': of('type'), 'data-issuer': of('issuer'), 'data-year': of('year'), 'data-validity': of('validity'), 'data-area': of('area') };
}

/** Vietnamese label of a facet, for headings and filter labels. */
export const FACET_ORDER: readonly Facet[] = ['type', 'issuer', 'year', 'validity', 'area'];
