/**
 * vi-VN numerals: "." groups thousands, "," is the decimal mark (17.711,84; 101,7%).
 *
 * Parsing: the thousands separator is "." or a space (ordinary, no-break or narrow no-break: "2 033" is how some
 * reports write it); one kind per number, every group exactly three digits. Ungrouped integers ("1640") are accepted.
 * A trailing "%" is allowed and ignored: "101,7%" → 101.7 (the value stays in percent units).
 */

const SIGNS = '[-+\\u2212]';
const GROUPED_WITH = (separator: string): string => `\\d{1,3}(?:${separator}\\d{3})+`;
const INTEGER_PART = `(?:${GROUPED_WITH('\\.')}|${GROUPED_WITH(' ')}|${GROUPED_WITH('\\u00A0')}|${GROUPED_WITH('\\u202F')}|\\d+)`;
const VI_NUMBER = new RegExp(`^(${SIGNS})?(${INTEGER_PART})(?:,(\\d+))?(?:[ \\u00A0\\u202F]?%)?$`);

/** Parses a vi-VN numeral; null for anything that is not one ("1.5", "abc", ""). */
export function parseViNumber(text: string): number | null {
  const match = VI_NUMBER.exec(text.trim());
  if (match === null) return null;
  const [, sign, integerPart = '', fraction] = match;
  const digits = integerPart.replace(/[^\d]/g, '');
  const value = Number(`${digits}${fraction === undefined ? '' : `.${fraction}`}`);
  if (!Number.isFinite(value)) return null;
  const negative = sign === '-' || sign === '\u2212';
  // Avoid returning -0 for "-0".
  return negative && value !== 0 ? -value : value;
}

export interface ViNumberFormatOptions {
  /** At most this many decimals, rounded half away from zero (default 2). */
  maximumFractionDigits?: number;
  /** At least this many decimals, padded with zeros (default 0). */
  minimumFractionDigits?: number;
}

function checkDigits(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0 || value > 20) {
    throw new RangeError(`${name} phải là số nguyên từ 0 đến 20, nhận được: ${value}`);
  }
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/**
 * Formats a number the vi-VN way ("17.711,84"). Rounding is done by Intl with the 'en-US' locale and no grouping,
 * which every ICU build (even small-icu or a system ICU without Vietnamese data) carries; the separators are then
 * put in here, so the output never depends on the machine's locale data.
 */
export function formatViNumber(value: number, options: ViNumberFormatOptions = {}): string {
  if (!Number.isFinite(value)) throw new RangeError(`Không định dạng được giá trị không hữu hạn: ${value}`);
  const maximumFractionDigits = options.maximumFractionDigits ?? 2;
  const minimumFractionDigits = options.minimumFractionDigits ?? 0;
  checkDigits('maximumFractionDigits', maximumFractionDigits);
  checkDigits('minimumFractionDigits', minimumFractionDigits);
  if (minimumFractionDigits > maximumFractionDigits) {
    throw new RangeError('minimumFractionDigits không được lớn hơn maximumFractionDigits');
  }
  const plain = new Intl.NumberFormat('en-US', {
    useGrouping: false,
    maximumFractionDigits,
    minimumFractionDigits,
    roundingMode: 'halfExpand',
    signDisplay: 'negative',
  }).format(value);
  const negative = plain.startsWith('-');
  const [integerDigits = '', fraction] = (negative ? plain.slice(1) : plain).split('.');
  const body = groupThousands(integerDigits) + (fraction === undefined ? '' : `,${fraction}`);
  return negative ? `-${body}` : body;
}

/** Formats a value already in percent units: 101.7 → "101,7%". */
export function formatViPercent(value: number, options: ViNumberFormatOptions = {}): string {
  return `${formatViNumber(value, options)}%`;
}
