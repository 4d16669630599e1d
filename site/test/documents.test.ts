import { describe, expect, it } from 'vitest';
import {
  buildFacets,
  facetMembers,
  filterAttributes,
  indexByNumber,
  inverseRelations,
  isOpenForComment,
  libraryOrder,
  linkDocumentNumbers,
  numberKey,
  relationLines,
} from '../src/lib/documents/documents.ts';
import { documentFacts, signatureLine } from '../src/lib/documents/document-facts.ts';
import { documentFixture, guidingDocument } from './support/domain-fixtures.ts';

const conclusion = documentFixture();
const guide = guidingDocument(conclusion);
const byNumber = indexByNumber([conclusion, guide]);

describe('document numbers in text', () => {
  it('matches numbers however they are typed', () => {
    expect(numberKey('Số: 215 - KL/TU')).toBe(numberKey('215-kl/tu'.toUpperCase()));
    expect(numberKey('215-KL/TU')).toBe('215-kl/tu');
    expect(numberKey('hello')).toBeUndefined();
  });

  it('links the numbers of documents the portal holds, leaving the rest as text', () => {
    const text = 'Căn cứ Kết luận số 215 - KL/TU ngày 25/03/2021 và Quy định 30-QĐ/TW, theo 12-HD/BTCTW.';
    expect(linkDocumentNumbers(text, byNumber)).toEqual([
      { text: 'Căn cứ Kết luận số ' },
      { text: '215 - KL/TU', documentSlug: '215-kl-tu' },
      { text: ' ngày 25/03/2021 và Quy định 30-QĐ/TW, theo ' },
      { text: '12-HD/BTCTW', documentSlug: '12-hd-btctw' },
      { text: '.' },
    ]);
  });

  it('returns text without numbers whole, and empty text as one empty run', () => {
    expect(linkDocumentNumbers('Không có số hiệu', byNumber)).toEqual([{ text: 'Không có số hiệu' }]);
    expect(linkDocumentNumbers('', byNumber)).toEqual([{ text: '' }]);
  });
});

describe('the library facets', () => {
  const facets = buildFacets(libraryOrder([guide, conclusion]));

  it('lists each facet value with its count, years newest first', () => {
    expect(facets.values.year.map((value) => [value.value, value.count])).toEqual([
      ['2021', 1],
      ['2018', 1],
    ]);
    expect(facets.values.type.map((value) => value.label)).toEqual(['Hướng dẫn', 'Kết luận']);
    expect(facets.values.area.map((value) => [value.value, value.count])).toEqual([
      ['to-chuc-bo-may', 1],
      ['xay-dung-dang', 2],
    ]);
    expect(facets.values.validity.map((value) => value.label)).toEqual(['Còn hiệu lực']);
  });

  it('keeps the members of a value in library order (newest first)', () => {
    expect(facetMembers(facets.members, 'area', 'xay-dung-dang').map((document) => document.slug)).toEqual(['215-kl-tu', '12-hd-btctw']);
    expect(facetMembers(facets.members, 'type', 'nghi-quyet')).toEqual([]);
  });

  it('gives the filter script the same values as the pre-built pages', () => {
    expect(filterAttributes(guide)).toEqual({
      'data-type': 'huong-dan',
      'data-issuer': 'ban-to-chuc-trung-uong',
      'data-year': '2018',
      'data-validity': 'con-hieu-luc',
      'data-area': 'xay-dung-dang to-chuc-bo-may',
    });
  });
});

describe('relations both ways', () => {
  it('shows outgoing relations with kind labels, by reference or by number, and incoming ones with inverse labels', () => {
    const incoming = inverseRelations([conclusion, guide], byNumber);
    const byId = new Map([conclusion, guide].map((document) => [document.documentId, document]));
    const lines = relationLines(conclusion, incoming.get(conclusion.documentId) ?? [], byId);
    // 13-NQ/HU is populated but not among the published documents: shown by its number, not linked.
    expect(lines.map((line) => [line.label, line.document?.slug ?? line.number])).toEqual([
      ['Căn cứ', '30-QĐ/TW'],
      ['Liên quan', '13-NQ/HU'],
      ['Được hướng dẫn bởi', '12-hd-btctw'],
    ]);
  });

  it('finds a relation typed as a number when the target is in the portal', () => {
    const byNumberOnly = documentFixture({
      documentId: 'd99',
      slug: 'x-99',
      relations: [{ id: 1, kind: 'replaces', target: null, targetNumber: '12 - HD/BTCTW', note: null }],
    });
    const incoming = inverseRelations([byNumberOnly], indexByNumber([guide]));
    expect(incoming.get(guide.documentId)?.map((relation) => relation.kind)).toEqual(['replaces']);
  });
});

describe('draft consultations', () => {
  const draft = { validity: 'draft-for-comment' as const, commentOpensAt: '2026-01-01T00:00:00.000Z', commentClosesAt: '2026-02-01T00:00:00.000Z' };

  it('is open between the opening and the closing time only', () => {
    expect(isOpenForComment(draft, new Date('2026-01-15T00:00:00Z'))).toBe(true);
    expect(isOpenForComment(draft, new Date('2025-12-31T00:00:00Z'))).toBe(false);
    expect(isOpenForComment(draft, new Date('2026-02-02T00:00:00Z'))).toBe(false);
    expect(isOpenForComment({ ...draft, validity: 'in-force' }, new Date('2026-01-15T00:00:00Z'))).toBe(false);
  });
});

describe('the metadata table', () => {
  it('lists the facts that are set, dates in vi-VN, the signature with the Party abbreviation', () => {
    const rows = Object.fromEntries(documentFacts(conclusion).map((row) => [row.label, row.value]));
    expect(rows).toMatchObject({
      'Số ký hiệu': '215-KL/TU',
      'Hệ thống': 'Văn bản của Đảng',
      'Người ký': 'T/M Phó Bí thư Thường trực Đặng Ngọc Huy',
      'Ngày ban hành': '25/03/2021',
      'Tình trạng hiệu lực': 'Còn hiệu lực',
    });
    expect(rows['Thời hạn góp ý']).toBeUndefined();
    expect(signatureLine({ ...conclusion, system: 'state', signingCapacity: 'signing-for' })).toBe('KT. Phó Bí thư Thường trực Đặng Ngọc Huy');
  });
});
