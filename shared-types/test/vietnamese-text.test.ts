import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareVietnamese, foldVietnamese, includesFolded, slugify } from '../src/index.js';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

// Vietnamese-looking strings: letters with every tone mark, đ/Đ/Ð, spaces and punctuation, NFC or NFD.
const vietnameseText = fc
  .array(
    fc.constantFrom(...'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÐEÊOÔƠƯáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ 0123456789-–/.,:;!?()“”'.split('')),
    { maxLength: 40 },
  )
  .chain((chars) => fc.constantFrom(chars.join(''), chars.join('').normalize('NFD')));

describe('foldVietnamese', () => {
  it.each([
    ['Đảng', 'dang'],
    ['đảng', 'dang'],
    ['dang', 'dang'],
    ['ÐẢNG', 'dang'],
    ['hoà', 'hoa'],
    ['hòa', 'hoa'],
    ['uỷ', 'uy'],
    ['ủy', 'uy'],
    ['Ủy ban nhân dân', 'uy ban nhan dan'],
    ['Thuỷ', 'thuy'],
    ['Nguyễn Xuân Hoản', 'nguyen xuan hoan'],
    ['Bình Sơn', 'binh son'],
    ['Đảng bộ'.normalize('NFD'), 'dang bo'],
    ['', ''],
  ])('%s → %s', (input, expected) => {
    expect(foldVietnamese(input)).toBe(expected);
  });

  it('makes old and new tone placement equal', () => {
    for (const [oldStyle, newStyle] of [
      ['hoà', 'hòa'],
      ['uỷ', 'ủy'],
      ['thuỷ', 'thủy'],
      ['khoẻ', 'khỏe'],
      ['Hoà Bình', 'Hòa Bình'],
    ]) {
      expect(foldVietnamese(oldStyle ?? '')).toBe(foldVietnamese(newStyle ?? ''));
    }
  });

  it('is idempotent on any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => foldVietnamese(foldVietnamese(text)) === foldVietnamese(text)));
    fc.assert(fc.property(vietnameseText, (text) => foldVietnamese(foldVietnamese(text)) === foldVietnamese(text)));
  });

  it('leaves no combining mark and no đ in Vietnamese text', () => {
    fc.assert(fc.property(vietnameseText, (text) => !/[\p{M}đĐÐ]/u.test(foldVietnamese(text))));
  });
});

describe('includesFolded', () => {
  it.each([
    ['Đảng bộ huyện Bình Sơn', 'binh son', true],
    ['Ủy ban kiểm tra', 'UỶ BAN', true],
    ['Hòa Bình', 'hoà', true],
    ['Ba Chẽ', 'bình', false],
  ])('%s contains %s: %s', (text, query, expected) => {
    expect(includesFolded(text, query)).toBe(expected);
  });
});

describe('slugify', () => {
  it.each([
    [
      'Đảng bộ huyện Bình Sơn hoàn thành xuất sắc nhiệm vụ năm 2020',
      'dang-bo-huyen-binh-son-hoan-thanh-xuat-sac-nhiem-vu-nam-2020',
    ],
    ['Đại hội lần thứ XXVII, nhiệm kỳ 2020–2025', 'dai-hoi-lan-thu-xxvii-nhiem-ky-2020-2025'],
    ['  Tin   tức — Sự kiện!  ', 'tin-tuc-su-kien'],
    ['Trung tâm TT&VH Ba Chẽ', 'trung-tam-tt-vh-ba-che'],
    ['215-KL/TU', '215-kl-tu'],
    ['Số 1211-QÐ/HU', 'so-1211-qd-hu'],
    ['Thuỷ lợi', 'thuy-loi'],
    ['---', ''],
    ['中文', ''],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it.each([
    ['dang-bo-huyen-binh-son', 12, 'dang-bo'],
    ['dang-bo-huyen-binh-son', 13, 'dang-bo-huyen'],
    ['dang-bo-huyen-binh-son', 100, 'dang-bo-huyen-binh-son'],
    ['abcdefghij', 4, 'abcd'],
  ])('cuts %s to at most %i characters at a hyphen', (input, maxLength, expected) => {
    expect(slugify(input, { maxLength })).toBe(expected);
  });

  it('rejects a meaningless maxLength', () => {
    expect(() => slugify('dang-bo-huyen', { maxLength: 0 })).toThrow(/maxLength/);
  });

  it('always gives a valid slug or an empty string, and is idempotent', () => {
    const property = (text: string): boolean => {
      const slug = slugify(text);
      return (slug === '' || SLUG.test(slug)) && slugify(slug) === slug;
    };
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), property));
    fc.assert(fc.property(vietnameseText, property));
    fc.assert(fc.property(fc.string({ unit: 'binary' }), property));
  });

  it('respects maxLength for any text', () => {
    fc.assert(
      fc.property(vietnameseText, fc.integer({ min: 1, max: 30 }), (text, maxLength) => {
        const slug = slugify(text, { maxLength });
        return slug.length <= maxLength && (slug === '' || SLUG.test(slug));
      }),
    );
  });
});

describe('compareVietnamese', () => {
  it('sorts in Vietnamese dictionary order', () => {
    const words = ['Đông', 'Ân', 'Bình', 'An', 'Dương', 'Ăn', 'Yên', 'Ơn', 'Ô', 'O'];
    expect([...words].sort(compareVietnamese)).toEqual(['An', 'Ăn', 'Ân', 'Bình', 'Dương', 'Đông', 'O', 'Ô', 'Ơn', 'Yên']);
  });

  it('compares numbers inside text by value', () => {
    expect(['Tuần 10', 'Tuần 9', 'Tuần 29'].sort(compareVietnamese)).toEqual(['Tuần 9', 'Tuần 10', 'Tuần 29']);
  });

  it('returns 0 only for equal strings', () => {
    expect(compareVietnamese('Đảng', 'Đảng')).toBe(0);
    expect(compareVietnamese('hoà', 'hòa')).not.toBe(0);
  });
});
