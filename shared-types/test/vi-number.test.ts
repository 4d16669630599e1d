import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatViNumber, formatViPercent, parseViNumber } from '../src/index.js';

describe('parseViNumber', () => {
  it.each<[string, number]>([
    ['17.711,84', 17711.84],
    ['1.640', 1640],
    ['101,7%', 101.7],
    ['101,7 %', 101.7],
    ['-3,2', -3.2],
    ['−3,2', -3.2],
    ['+9,47%', 9.47],
    ['607,33', 607.33],
    ['28.259', 28259],
    ['87.230,9', 87230.9],
    ['1.186.890', 1186890],
    ['158.918', 158918],
    ['0,5', 0.5],
    ['1640', 1640],
    ['17711,84', 17711.84],
    ['2 033', 2033],
    ['2\u00A0033', 2033],
    ['12\u202F345\u202F678,5', 12345678.5],
    ['  4,57  ', 4.57],
    ['0', 0],
    ['-0', 0],
    ['007', 7],
  ])('%j → %d', (text, expected) => {
    expect(parseViNumber(text)).toBe(expected);
  });

  it.each([
    ['', 'empty'],
    ['   ', 'blank'],
    ['1.5', 'a dot that is not a thousands separator'],
    ['1.2345', 'a group of four digits'],
    ['12.34.567', 'a group of two digits'],
    ['1,234.5', 'en-US notation'],
    ['1.234 567', 'mixed group separators'],
    ['2  033', 'two spaces'],
    [',5', 'no integer part'],
    ['5,', 'no decimals after the comma'],
    ['1,2,3', 'two decimal marks'],
    ['abc', 'letters'],
    ['12a', 'trailing letters'],
    ['1e5', 'exponent notation'],
    ['Infinity', 'Infinity'],
    ['NaN', 'NaN'],
    ['%', 'a lone percent sign'],
    ['--1', 'a double sign'],
  ])('%j (%s) → null', (text) => {
    expect(parseViNumber(text)).toBeNull();
  });
});

describe('formatViNumber', () => {
  it.each<[number, Parameters<typeof formatViNumber>[1], string]>([
    [17711.84, undefined, '17.711,84'],
    [1640, undefined, '1.640'],
    [1186890, undefined, '1.186.890'],
    [101.7, undefined, '101,7'],
    [-3.2, undefined, '-3,2'],
    [0, undefined, '0'],
    [-0, undefined, '0'],
    [-0.001, undefined, '0'],
    [1.005, undefined, '1,01'],
    [2.675, { maximumFractionDigits: 2 }, '2,68'],
    [99.65, { maximumFractionDigits: 1 }, '99,7'],
    [100.77, { maximumFractionDigits: 0 }, '101'],
    [4.5, { minimumFractionDigits: 2 }, '4,50'],
    [123456789.123456, { maximumFractionDigits: 6 }, '123.456.789,123456'],
    [999.995, undefined, '1.000'],
    [1e21, undefined, '1.000.000.000.000.000.000.000'],
  ])('%d with %j → %s', (value, options, expected) => {
    expect(formatViNumber(value, options)).toBe(expected);
  });

  it('formats percentages in percent units', () => {
    expect(formatViPercent(101.7)).toBe('101,7%');
    expect(formatViPercent(99.65)).toBe('99,65%');
    expect(formatViPercent(1.29, { maximumFractionDigits: 1 })).toBe('1,3%');
  });

  it.each([
    [Number.NaN, undefined, /không hữu hạn/],
    [Number.POSITIVE_INFINITY, undefined, /không hữu hạn/],
    [1, { maximumFractionDigits: -1 }, /maximumFractionDigits/],
    [1, { maximumFractionDigits: 1.5 }, /maximumFractionDigits/],
    [1, { minimumFractionDigits: 3, maximumFractionDigits: 2 }, /minimumFractionDigits/],
  ] as const)('rejects %d with %j', (value, options, message) => {
    expect(() => formatViNumber(value, options)).toThrow(message);
  });

  it('never uses anything but digits, "." groups of three and one "," decimal mark', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }), (value) =>
        /^-?\d{1,3}(\.\d{3})*(,\d+)?$/.test(formatViNumber(value)),
      ),
    );
  });
});

describe('parseViNumber(formatViNumber(x)) ≈ x', () => {
  it('round-trips within the rounding of the fraction digits', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
        fc.integer({ min: 0, max: 6 }),
        (value, digits) => {
          const parsed = parseViNumber(formatViNumber(value, { maximumFractionDigits: digits }));
          expect(parsed).not.toBeNull();
          const tolerance = 0.5 * 10 ** -digits + Math.abs(value) * 1e-15;
          expect(Math.abs((parsed ?? Number.NaN) - value)).toBeLessThanOrEqual(tolerance);
        },
      ),
    );
  });

  it('round-trips integers exactly', () => {
    fc.assert(fc.property(fc.maxSafeInteger(), (value) => parseViNumber(formatViNumber(value)) === value));
  });

  it('round-trips percentages', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), (tenths) => {
        const value = tenths / 10;
        return parseViNumber(formatViPercent(value, { maximumFractionDigits: 1 })) === value;
      }),
    );
  });
});
