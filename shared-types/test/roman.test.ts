import { describe, expect, it } from 'vitest';
import { fromRoman, toRoman } from '../src/index.js';

describe('toRoman / fromRoman', () => {
  it.each([
    [1, 'I'],
    [2, 'II'],
    [4, 'IV'],
    [9, 'IX'],
    [11, 'XI'],
    [14, 'XIV'],
    [25, 'XXV'],
    [27, 'XXVII'],
    [40, 'XL'],
    [90, 'XC'],
    [400, 'CD'],
    [1994, 'MCMXCIV'],
    [2020, 'MMXX'],
    [3999, 'MMMCMXCIX'],
  ])('%i ↔ %s', (value, numeral) => {
    expect(toRoman(value)).toBe(numeral);
    expect(fromRoman(numeral)).toBe(value);
  });

  it('round-trips every number from 1 to 3999', () => {
    for (let n = 1; n <= 3999; n += 1) expect(fromRoman(toRoman(n))).toBe(n);
  });

  it('accepts lower case and surrounding spaces', () => {
    expect(fromRoman(' xxvii ')).toBe(27);
  });

  it.each(['IIII', 'VV', 'IC', 'IL', 'XM', 'VX', 'MMMM', 'CMC', 'XXXX', '', ' ', 'ABC', 'X I', '27', 'IIV'])(
    'rejects the non-canonical %j',
    (text) => {
      expect(fromRoman(text)).toBeNull();
    },
  );

  it.each([0, -1, 4000, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('throws a clear RangeError for %d', (value) => {
    expect(() => toRoman(value)).toThrow(RangeError);
    expect(() => toRoman(value)).toThrow('số nguyên từ 1 đến 3999');
    expect(() => toRoman(value)).toThrow(`nhận được: ${value}`);
  });
});
