/**
 * Roman numerals, used for congress ordinals ("Đại hội lần thứ XXVII", "khóa XXVII").
 */

const NUMERALS: ReadonlyArray<readonly [number, string]> = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

export const ROMAN_MIN = 1;
export const ROMAN_MAX = 3999;

/** 27 → "XXVII". Throws RangeError for anything but an integer from 1 to 3999. */
export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n < ROMAN_MIN || n > ROMAN_MAX) {
    throw new RangeError(`Chỉ chuyển được số nguyên từ ${ROMAN_MIN} đến ${ROMAN_MAX} sang số La Mã, nhận được: ${n}`);
  }
  let rest = n;
  let text = '';
  for (const [value, symbol] of NUMERALS) {
    while (rest >= value) {
      text += symbol;
      rest -= value;
    }
  }
  return text;
}

// Only the canonical spelling: "IIII", "IC" or "VX" are not numerals.
const CANONICAL = /^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
const SYMBOL_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/** "XXVII" → 27; case-insensitive, surrounding spaces ignored; null unless it is a canonical numeral for 1–3999. */
export function fromRoman(text: string): number | null {
  const numeral = text.trim().toUpperCase();
  if (numeral === '' || !CANONICAL.test(numeral)) return null;
  let total = 0;
  for (let i = 0; i < numeral.length; i += 1) {
    const current = SYMBOL_VALUES[numeral.charAt(i)] ?? 0;
    const next = SYMBOL_VALUES[numeral.charAt(i + 1)] ?? 0;
    total += current < next ? -current : current;
  }
  return total;
}
