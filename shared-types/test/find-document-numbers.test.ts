import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDocumentNumbers, parseDocumentNumber } from '../src/index.js';

const found = (text: string): Array<[string, string]> =>
  findDocumentNumbers(text).map((hit) => [hit.raw, hit.value.normalized]);

describe('findDocumentNumbers', () => {
  it.each<[string, string, Array<[string, string]>]>([
    [
      'a resolution cited with a space after the dash, then a date',
      'Thực hiện Nghị quyết số 867/NQ- UBTVQH14 ngày 10/01/2020 của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính cấp xã.',
      [['867/NQ- UBTVQH14', '867/NQ-UBTVQH14']],
    ],
    [
      'several Party documents in one sentence',
      'Quán triệt Quy định số 30-QĐ/TW, Chỉ thị 05-CT/TW và Kết luận số 215-KL/TU ngày 25/03/2021 của Ban Thường vụ Tỉnh ủy.',
      [
        ['30-QĐ/TW', '30-QĐ/TW'],
        ['05-CT/TW', '05-CT/TW'],
        ['215-KL/TU', '215-KL/TU'],
      ],
    ],
    [
      'normative documents, a law and an official letter',
      'Căn cứ Nghị định 30/2020/NĐ-CP, Luật số 80/2015/QH13; Công văn 5518/VPCP-KSTT và Quyết định 1012/QĐ-TTg.',
      [
        ['30/2020/NĐ-CP', '30/2020/NĐ-CP'],
        ['80/2015/QH13', '80/2015/QH13'],
        ['5518/VPCP-KSTT', '5518/VPCP-KSTT'],
        ['1012/QĐ-TTg', '1012/QĐ-TTg'],
      ],
    ],
    [
      'mixed-case type codes, parentheses and sentence punctuation',
      'Chương trình hành động (147-CTHĐ/TU), Quy định 08-QĐi/TW; Hướng dẫn số 12-HD/BTCTW.',
      [
        ['147-CTHĐ/TU', '147-CTHĐ/TU'],
        ['08-QĐi/TW', '08-QĐi/TW'],
        ['12-HD/BTCTW', '12-HD/BTCTW'],
      ],
    ],
    [
      'the look-alike Ð and an en dash with spaces',
      'Theo Quyết định số 999 – QÐ/TU ngày 10/04/2018 và 15/2023/QÐ-UBND.',
      [
        ['999 – QÐ/TU', '999-QĐ/TU'],
        ['15/2023/QÐ-UBND', '15/2023/QĐ-UBND'],
      ],
    ],
    [
      'line start and end of text',
      '1211-QĐ/HU',
      [['1211-QĐ/HU', '1211-QĐ/HU']],
    ],
  ])('%s', (_label, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['a fraction of targets', 'Đảng bộ đạt và vượt 10/16 chỉ tiêu kinh tế – xã hội.'],
    ['vi-VN decimals around a slash', 'Diện tích lúa 13.999,5/13.401 ha, ngô 4.799/5.012 ha.'],
    ['dates and times', 'Ngày 28/04/2021 17:20, Thứ hai - 06/04/2020 05:01.'],
    ['phone numbers', 'Điện thoại: 0255.3851.234 hoặc 0255-3851-234, 0255 / 3851234.'],
    ['term years', 'Nhiệm kỳ 2020 - 2025, tuần 29/2020, năm 2020/2021.'],
    ['codes and ratios', 'Phòng chống COVID-19/2020, tỷ lệ 1/3, 24/7, Quốc lộ 1A-2B.'],
    ['an unknown Party type code', 'Văn bản số 215-XY/TU không có trong danh mục.'],
    ['a bare number over a code', 'Tổ 5/KP3 và lô 12/BC.'],
    ['lower-case words after a slash', 'Đạt 3 lần/năm, 2/tháng.'],
  ])('finds nothing in %s', (_label, text) => {
    expect(findDocumentNumbers(text)).toEqual([]);
  });

  it('reports UTF-16 offsets, also after characters outside the BMP', () => {
    const text = '📄📄 Văn bản: 15/QĐ-UBND và 🇻🇳 215-KL/TU.';
    const hits = findDocumentNumbers(text);
    expect(hits.map((hit) => hit.raw)).toEqual(['15/QĐ-UBND', '215-KL/TU']);
    for (const hit of hits) expect(text.slice(hit.start, hit.end)).toBe(hit.raw);
    expect(hits[0]?.start).toBe(text.indexOf('15/'));
  });

  it('returns valid, in-order, non-overlapping hits whose offsets slice to raw for any text', () => {
    const pieces = fc.constantFrom(
      '215-KL/TU',
      '867/NQ- UBTVQH14',
      '30/2020/NĐ-CP',
      '10/16',
      '13.999,5/13.401',
      ' ',
      'số ',
      'ngày 10/01/2020',
      'Đảng',
      '📄',
      '-',
      '/',
      ',',
      'TU',
      '5',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 4 })), { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        let previousEnd = 0;
        for (const hit of findDocumentNumbers(text)) {
          expect(text.slice(hit.start, hit.end)).toBe(hit.raw);
          expect(hit.start).toBeGreaterThanOrEqual(previousEnd);
          expect(parseDocumentNumber(hit.raw)).toEqual({ ok: true, value: hit.value });
          previousEnd = hit.end;
        }
      }),
    );
  });
});
