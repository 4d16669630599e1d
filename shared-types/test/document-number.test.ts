import { describe, expect, it } from 'vitest';
import {
  PARTY_DOCUMENT_TYPES,
  STATE_DOCUMENT_TYPES,
  documentNumberKey,
  documentTypeName,
  findDocumentType,
  formatDocumentNumber,
  issuerTerm,
  parseDocumentNumber,
  type DocumentNumber,
} from '../src/index.js';

type Expected = Omit<DocumentNumber, 'normalized'> & { normalized?: string };

const party = (sequence: string, typeCode: string, issuerCode: string): Expected => ({
  system: 'party',
  sequence,
  typeCode,
  issuerCode,
  unitCode: null,
  year: null,
});
const state = (
  sequence: string,
  typeCode: string | null,
  issuerCode: string,
  unitCode: string | null = null,
  year: number | null = null,
): Expected => ({ system: 'state', sequence, typeCode, issuerCode, unitCode, year });

// [input, expected parts, expected normalized text (defaults to the input)]
const VALID: Array<[string, Expected, string?]> = [
  ['215-KL/TU', party('215', 'KL', 'TU')],
  ['1211-QĐ/HU', party('1211', 'QĐ', 'HU')],
  ['12-HD/BTCTW', party('12', 'HD', 'BTCTW')],
  ['147-CTHĐ/TU', party('147', 'CTHĐ', 'TU')],
  ['08-QĐi/TW', party('08', 'QĐi', 'TW')],
  ['30-QĐ/TW', party('30', 'QĐ', 'TW')],
  ['45-CT/TW', party('45', 'CT', 'TW')],
  ['05-CT/TW', party('05', 'CT', 'TW')],
  ['999-QĐ/TU', party('999', 'QĐ', 'TU')],
  ['13-NQ/HU', party('13', 'NQ', 'HU')],
  ['399-QĐ/TW', party('399', 'QĐ', 'TW')],
  ['66-QĐ/TW', party('66', 'QĐ', 'TW')],
  ['366-QĐ/TW', party('366', 'QĐ', 'TW')],
  ['36-HD/VPTW', party('36', 'HD', 'VPTW')],
  ['10-CTr/TU', party('10', 'CTr', 'TU')],
  ['25-TTr/ĐU', party('25', 'TTr', 'ĐU')],
  ['3-ĐA/HU', party('3', 'ĐA', 'HU')],
  ['12-CV/UBKTHU', party('12', 'CV', 'UBKTHU')],
  ['7-BS/VPTU', party('7', 'BS', 'VPTU')],
  ['Số: 16 - HD/BTCTW', party('16', 'HD', 'BTCTW'), '16-HD/BTCTW'],
  ['Số 08 - QÐi/TW', party('08', 'QĐi', 'TW'), '08-QĐi/TW'],
  ['số 1211-QĐ/HU', party('1211', 'QĐ', 'HU'), '1211-QĐ/HU'],
  ['215 – KL / TU', party('215', 'KL', 'TU'), '215-KL/TU'],
  ['SỐ:\u00A0215\u2014KL/TU', party('215', 'KL', 'TU'), '215-KL/TU'],
  ['867/NQ-UBTVQH14', state('867', 'NQ', 'UBTVQH14')],
  ['15/QĐ-UBND', state('15', 'QĐ', 'UBND')],
  ['1012/QĐ-TTg', state('1012', 'QĐ', 'TTg')],
  ['30/2020/NĐ-CP', state('30', 'NĐ', 'CP', null, 2020)],
  ['15/2023/QĐ-UBND', state('15', 'QĐ', 'UBND', null, 2023)],
  ['80/2015/QH13', state('80', null, 'QH13', null, 2015)],
  ['5518/VPCP-KSTT', state('5518', null, 'VPCP', 'KSTT')],
  ['05/QyĐ-UBND', state('05', 'QyĐ', 'UBND')],
  ['12/CTr-UBND', state('12', 'CTr', 'UBND')],
  ['45/TTr-UBND', state('45', 'TTr', 'UBND')],
  ['120/KH-UBND', state('120', 'KH', 'UBND')],
  ['06/CĐ-TTg', state('06', 'CĐ', 'TTg')],
  ['01/2016/TTLT-BNV-BTC', state('01', 'TTLT', 'BNV-BTC', null, 2016)],
  ['123/UBND-VP', state('123', null, 'UBND', 'VP')],
  ['123/UBND', state('123', null, 'UBND')],
  ['07/2022/UBTVQH15', state('07', null, 'UBTVQH15', null, 2022)],
  ['22/2023/TT-BTTTT', state('22', 'TT', 'BTTTT', null, 2023)],
  ['148/2025/QH15', state('148', null, 'QH15', null, 2025)],
  ['104/2016/QH13', state('104', null, 'QH13', null, 2016)],
  ['13/2018/NĐ-CP', state('13', 'NĐ', 'CP', null, 2018)],
  ['42/2022/NĐ-CP', state('42', 'NĐ', 'CP', null, 2022)],
  ['224/2026/NĐ-CP', state('224', 'NĐ', 'CP', null, 2026)],
  ['15/QÐ-UBND', state('15', 'QĐ', 'UBND'), '15/QĐ-UBND'],
  ['  30 / 2020 / NĐ - CP  ', state('30', 'NĐ', 'CP', null, 2020), '30/2020/NĐ-CP'],
  ['Số: 5518/VPCP – KSTT', state('5518', null, 'VPCP', 'KSTT'), '5518/VPCP-KSTT'],
  ['1012/qđ-TTg', state('1012', 'QĐ', 'TTg'), '1012/QĐ-TTg'],
  ['45/TTR-UBND', state('45', 'TTr', 'UBND'), '45/TTr-UBND'],
  ['15/Q\u0110-UBND-VP', state('15', 'QĐ', 'UBND', 'VP')],
];

// [input, substrings the Vietnamese error must contain]; every error must also show a valid example.
const INVALID: Array<[string, string[]]> = [
  ['', ['để trống', '215-KL/TU', '15/QĐ-UBND']],
  ['   ', ['để trống']],
  ['Số:', ['để trống']],
  ['KL/TU', ['“KL/TU”', 'bắt đầu bằng số thứ tự']],
  ['215', ['“215”', 'thiếu loại văn bản']],
  ['215.KL/TU', ['“215.KL/TU”', 'dấu “-”', 'dấu “/”']],
  ['215-XY/TU', ['“XY”', 'của Đảng', '215-KL/TU']],
  ['215-KL-TU', ['“215-KL-TU”', 'thiếu dấu “/”', '215-KL/TU']],
  ['215-KL/', ['cơ quan ban hành', '“215-KL/”', '215-KL/TU']],
  ['215-/TU', ['Thiếu ký hiệu loại văn bản', '“215”']],
  ['215-KL/TU/HU', ['một dấu “/”', '“215-KL/TU/HU”']],
  ['215-KL/T U', ['khoảng trắng', '“215-KL/T U”']],
  ['215-KL/tu', ['“tu”', 'chữ in hoa', '215-KL/TU']],
  ['0-KL/TU', ['“0”', 'lớn hơn 0']],
  ['1234567/QĐ-UBND', ['“1234567”', 'quá dài', '15/QĐ-UBND']],
  ['15/QX-UBND', ['“QX”', 'nhà nước', '15/QĐ-UBND']],
  ['15/KL-UBND', ['“KL”', 'nhà nước']],
  ['30/2020/XX-CP', ['“XX”', 'nhà nước', '30/2020/NĐ-CP']],
  ['30/20/NĐ-CP', ['“20”', '4 chữ số', '30/2020/NĐ-CP']],
  ['30/1800/NĐ-CP', ['“1800”', '1945', '30/2020/NĐ-CP']],
  ['15/QĐ-', ['dấu “-”', '“QĐ-”']],
  ['15/QĐ', ['cơ quan ban hành', '“QĐ”', '“15/QĐ”']],
  ['15/QĐ-ubnd', ['“ubnd”', 'chữ in hoa']],
  ['15/QĐ-UB@ND', ['“UB@ND”', 'chữ cái, chữ số']],
  ['15/QĐ-UBND-VP-KT', ['quá nhiều phần', '“15/QĐ-UBND-VP-KT”']],
  ['5518/VPCP-KSTT-X', ['quá nhiều phần']],
  ['1/2/3/4', ['quá nhiều dấu “/”', '“1/2/3/4”']],
  ['15/', ['Thiếu ký hiệu', '“15/”']],
];

describe('parseDocumentNumber — valid numbers', () => {
  it.each(VALID)('%s', (input, expected, normalized) => {
    const result = parseDocumentNumber(input);
    expect(result).toEqual({ ok: true, value: { ...expected, normalized: normalized ?? input } });
  });

  it.each(VALID)('formats %s back to its normalized text and re-parses to the same value', (input) => {
    const result = parseDocumentNumber(input);
    if (!result.ok) throw new Error(result.error);
    expect(formatDocumentNumber(result.value)).toBe(result.value.normalized);
    expect(parseDocumentNumber(result.value.normalized)).toEqual(result);
  });
});

describe('parseDocumentNumber — invalid numbers', () => {
  it.each(INVALID)('rejects %j with a helpful Vietnamese message', (input, fragments) => {
    const result = parseDocumentNumber(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    for (const fragment of fragments) expect(result.error).toContain(fragment);
    expect(result.error).toMatch(/Ví dụ hợp lệ: .*\d+[-/]/);
  });
});

describe('type code lists', () => {
  it.each([
    ['party', 'NQ', 'Nghị quyết'],
    ['party', 'KL', 'Kết luận'],
    ['party', 'QĐ', 'Quyết định'],
    ['party', 'QĐi', 'Quy định'],
    ['party', 'HD', 'Hướng dẫn'],
    ['party', 'CT', 'Chỉ thị'],
    ['party', 'CV', 'Công văn'],
    ['party', 'CTHĐ', 'Chương trình hành động'],
    ['state', 'QyĐ', 'Quy định'],
    ['state', 'NĐ', 'Nghị định'],
    ['state', 'CTr', 'Chương trình'],
    ['state', 'TTr', 'Tờ trình'],
    ['state', 'CĐ', 'Công điện'],
    ['state', 'BB', 'Biên bản'],
    ['state', null, 'Công văn'],
  ] as const)('%s %s → %s', (system, code, name) => {
    expect(documentTypeName(system, code)).toBe(name);
  });

  it('knows that the Party QĐ is also a Quy định', () => {
    expect(findDocumentType('party', 'QĐ')?.otherNames).toContain('Quy định');
  });

  it('cannot name the type of a year-bearing number without a type code (law or resolution)', () => {
    expect(documentTypeName('state', null, { hasYear: true })).toBeNull();
    expect(documentTypeName('party', 'ZZ')).toBeNull();
  });

  it('has codes that are distinct ignoring case within each system', () => {
    for (const list of [PARTY_DOCUMENT_TYPES, STATE_DOCUMENT_TYPES]) {
      const upper = list.map((type) => type.code.toUpperCase());
      expect(new Set(upper).size).toBe(upper.length);
    }
  });

  it('includes every type code listed in the domain facts', () => {
    const partyCodes = PARTY_DOCUMENT_TYPES.map((type) => type.code);
    const stateCodes = STATE_DOCUMENT_TYPES.map((type) => type.code);
    expect(partyCodes).toEqual(
      expect.arrayContaining(['NQ', 'QĐ', 'QĐi', 'CT', 'KL', 'HD', 'KH', 'CTHĐ', 'CV', 'BS', 'TB', 'BC', 'CTr', 'TTr', 'ĐA']),
    );
    expect(stateCodes).toEqual(
      expect.arrayContaining(['NQ', 'QĐ', 'CT', 'QC', 'QyĐ', 'TB', 'HD', 'CTr', 'KH', 'ĐA', 'BC', 'BB', 'TTr', 'CĐ']),
    );
  });
});

describe('issuerTerm', () => {
  it.each([
    ['UBTVQH14', { body: 'UBTVQH', term: 14 }],
    ['QH13', { body: 'QH', term: 13 }],
    ['TW', null],
    ['UBND', null],
  ] as const)('%s', (code, expected) => {
    expect(issuerTerm(code)).toEqual(expected);
  });
});

describe('documentNumberKey', () => {
  const parse = (text: string): DocumentNumber => {
    const result = parseDocumentNumber(text);
    if (!result.ok) throw new Error(result.error);
    return result.value;
  };

  it('keys Party numbers by term and State numbers by year, ignoring leading zeros', () => {
    expect(documentNumberKey(parse('05-CT/TW'), '2015-2020')).toBe('party|TW|2015-2020|CT|5');
    expect(documentNumberKey(parse('15/QĐ-UBND'), 2021)).toBe('state|UBND|2021|QĐ|15');
  });

  it('prefers the year written in the number', () => {
    expect(documentNumberKey(parse('30/2020/NĐ-CP'), 2021)).toBe('state|CP|2020|NĐ|30');
  });

  it('tells apart the same number in different terms', () => {
    expect(documentNumberKey(parse('05-CT/TW'), '2015-2020')).not.toBe(documentNumberKey(parse('05-CT/TW'), '2020-2025'));
  });
});
