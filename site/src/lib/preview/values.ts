/** Reading untrusted draft JSON: typed accessors that yield undefined for anything unexpected, dates and numbers. */

export type Entry = Record<string, unknown>;

export const str = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);
export const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
export const obj = (value: unknown): Entry | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Entry) : undefined;
export function list(value: unknown): Entry[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown): Entry[] => {
    const entry = obj(item);
    return entry === undefined ? [] : [entry];
  });
}

const VIETNAM_OFFSET_MS = 7 * 3_600_000; // Asia/Ho_Chi_Minh, no daylight saving time
const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** "28/04/2021" or "28/04/2021 17:20" in Vietnam time, as the site's pages show dates; undefined if unparsable. */
export function formatDate(value: unknown, time = false): string | undefined {
  const text = str(value);
  if (text === undefined) return undefined;
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (dateOnly) return `${dateOnly[3]}/${dateOnly[2]}/${dateOnly[1]}`;
  const parsed = Date.parse(text);
  if (Number.isNaN(parsed)) return undefined;
  const at = new Date(parsed + VIETNAM_OFFSET_MS);
  const day = `${pad(at.getUTCDate())}/${pad(at.getUTCMonth() + 1)}/${pad(at.getUTCFullYear(), 4)}`;
  return time ? `${day} ${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}` : day;
}

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
export const formatNumber = (value: unknown): string => {
  const number = num(value);
  return number === undefined ? '–' : numberFormat.format(number);
};
