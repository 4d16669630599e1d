/**
 * Dates the Vietnamese way (dd/mm/yyyy, 24-hour time, "Thứ Hai"), always in Asia/Ho_Chi_Minh whatever the machine's
 * time zone, and ISO-week helpers for weekly work schedules.
 *
 * Inputs may be a Date, an ISO string with a zone ("2021-04-28T10:20:00.000Z", as Strapi returns datetimes), or a
 * zone-less ISO string ("2021-04-28", "2021-04-28T17:20", as Strapi returns date fields). A zone-less string is a
 * calendar date / wall-clock time in Vietnam and is used as written, never shifted.
 */

export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** Vietnamese weekday names, index 0 = Sunday as in Date#getUTCDay. */
export const VI_WEEKDAY_NAMES = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'] as const;

/** Calendar date and wall-clock time in Vietnam. */
export interface VietnamDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
}

// 'en-US' with numeric parts: present in every ICU build; hourCycle h23 avoids "24:00" at midnight. Created on first
// use so that importing the library never fails, even where time-zone data is missing.
let vietnamClock: Intl.DateTimeFormat | undefined;
function getVietnamClock(): Intl.DateTimeFormat {
  vietnamClock ??= new Intl.DateTimeFormat('en-US', {
    timeZone: VIETNAM_TIME_ZONE,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    hourCycle: 'h23',
  });
  return vietnamClock;
}

const ZONELESS = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?)?$/;
const ZONED = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

function invalidDate(value: unknown): RangeError {
  return new RangeError(`Ngày giờ không hợp lệ: ${String(value)} (cần Date hoặc chuỗi ISO 8601, ví dụ 2021-04-28T17:20:00+07:00).`);
}

/** UTC midnight of a calendar date; unlike Date.UTC it does not map years 0–99 to 1900–1999. */
function utcMidnight(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

function weekdayOf(year: number, month: number, day: number): number {
  return new Date(utcMidnight(year, month, day)).getUTCDay();
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(utcMidnight(year, month, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function fromInstant(date: Date): VietnamDateTime {
  if (Number.isNaN(date.getTime())) throw invalidDate(date);
  const parts: Record<string, number> = {};
  for (const part of getVietnamClock().formatToParts(date)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const year = parts['year'] ?? NaN;
  const month = parts['month'] ?? NaN;
  const day = parts['day'] ?? NaN;
  return {
    year,
    month,
    day,
    hour: parts['hour'] ?? 0,
    minute: parts['minute'] ?? 0,
    second: parts['second'] ?? 0,
    weekday: weekdayOf(year, month, day),
  };
}

/** Resolves any accepted input to the calendar date and wall-clock time in Vietnam. Throws RangeError if invalid. */
export function toVietnamDateTime(value: Date | string): VietnamDateTime {
  if (value instanceof Date) return fromInstant(value);
  const text = value.trim();
  const zoneless = ZONELESS.exec(text);
  if (zoneless !== null) {
    const [year, month, day, hour = 0, minute = 0, second = 0] = zoneless.slice(1).map((part) => (part === undefined ? undefined : Number(part)));
    if (year === undefined || month === undefined || day === undefined) throw invalidDate(value);
    if (!isRealDate(year, month, day) || hour > 23 || minute > 59 || second > 59) throw invalidDate(value);
    return { year, month, day, hour, minute, second, weekday: weekdayOf(year, month, day) };
  }
  if (!ZONED.test(text)) throw invalidDate(value);
  return fromInstant(new Date(text));
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
const pad4 = (n: number): string => String(n).padStart(4, '0');

export interface ViDateFormatOptions {
  /** Add the time: "28/04/2021 17:20". */
  time?: boolean;
  /** Prefix the weekday: "Thứ Hai, 06/04/2020". */
  weekday?: boolean;
}

/** "28/04/2021", "28/04/2021 17:20", "Thứ Hai, 06/04/2020" — in Asia/Ho_Chi_Minh. */
export function formatViDate(value: Date | string, options: ViDateFormatOptions = {}): string {
  const at = toVietnamDateTime(value);
  let text = `${pad2(at.day)}/${pad2(at.month)}/${pad4(at.year)}`;
  if (options.time === true) text += ` ${pad2(at.hour)}:${pad2(at.minute)}`;
  if (options.weekday === true) text = `${VI_WEEKDAY_NAMES[at.weekday] ?? ''}, ${text}`;
  return text;
}

/** The calendar date in Vietnam as "YYYY-MM-DD" (the form Strapi uses for date fields). */
export function toVietnamIsoDate(value: Date | string): string {
  const at = toVietnamDateTime(value);
  return formatIsoDate(at.year, at.month, at.day);
}

function formatIsoDate(year: number, month: number, day: number): string {
  return `${pad4(year)}-${pad2(month)}-${pad2(day)}`;
}

function isoDateFromUtc(date: Date): string {
  return formatIsoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

const DAY_MS = 86_400_000;

export interface IsoWeek {
  year: number;
  week: number;
}

/** ISO-8601 week (Monday first; week 1 holds the year's first Thursday) of the calendar date in Vietnam. */
export function isoWeekOf(value: Date | string): IsoWeek {
  const at = toVietnamDateTime(value);
  const isoWeekday = at.weekday === 0 ? 7 : at.weekday;
  // The Thursday of the same week decides the week-year.
  const thursday = new Date(utcMidnight(at.year, at.month, at.day) + (4 - isoWeekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const dayOfYear = Math.round((thursday.getTime() - utcMidnight(year, 1, 1)) / DAY_MS) + 1;
  return { year, week: Math.floor((dayOfYear - 1) / 7) + 1 };
}

/** 52 or 53: the ISO week of 28 December always belongs to the same week-year. */
export function isoWeeksInYear(year: number): number {
  return isoWeekOf(formatIsoDate(year, 12, 28)).week;
}

/** True for an integer year 1–9999 and an integer week that exists in that ISO year (1–52 or 1–53). */
export function isValidIsoWeek(year: number, week: number): boolean {
  return (
    Number.isInteger(year) && year >= 1 && year <= 9999 && Number.isInteger(week) && week >= 1 && week <= isoWeeksInYear(year)
  );
}

/** Monday and Sunday of an ISO week as "YYYY-MM-DD" calendar dates (Vietnam). Throws RangeError for invalid weeks. */
export function isoWeekRange(year: number, week: number): { start: string; end: string } {
  if (!isValidIsoWeek(year, week)) {
    throw new RangeError(`Tuần ${week} của năm ${year} không tồn tại (tuần ISO từ 1 đến 52 hoặc 53).`);
  }
  const january4 = utcMidnight(year, 1, 4);
  const january4Weekday = new Date(january4).getUTCDay() || 7;
  const monday = january4 - (january4Weekday - 1) * DAY_MS + (week - 1) * 7 * DAY_MS;
  return { start: isoDateFromUtc(new Date(monday)), end: isoDateFromUtc(new Date(monday + 6 * DAY_MS)) };
}
