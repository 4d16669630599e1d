/**
 * Working days of Vietnam's state bodies: Monday–Friday, except public holidays and the days off the government sets
 * each year. Used for legal deadlines counted in working days (Luật Tiếp cận thông tin: 15 working days to answer a
 * request; Nghị định 224/2026: a planned outage announced at least 7 working days ahead).
 *
 * The rules (Bộ luật Lao động 2019, Điều 112 khoản 1, and Điều 111 khoản 3 for compensatory days):
 * - Tết Dương lịch 1/1; Tết Âm lịch 5 days; Ngày Chiến thắng 30/4; Quốc tế Lao động 1/5; Quốc khánh 2/9 and one
 *   adjacent day (1/9 or 3/9); Giỗ Tổ Hùng Vương 10/3 âm lịch.
 * - A holiday falling on Saturday or Sunday gives a compensatory day off (nghỉ bù) on the next working day.
 * - The Prime Minister decides each year which 5 days make Tết and which day is adjacent to 2/9 (Điều 112 khoản 3);
 *   ministries then announce day swaps (hoán đổi: a weekday off, a Saturday worked).
 *
 * Those yearly decisions are data, not rules: a {@link WorkingCalendar} lists them per year and, for a listed year,
 * replaces the rule-derived Tết days, 2/9-adjacent day and compensatory days. For a year not listed the functions fall
 * back to the rules with these documented defaults: Tết = the last day of the lunar year and mùng 1–4; the day adjacent
 * to 2/9 is 3/9 when 2/9 is a Monday or Thursday (joining the holiday to a weekend), otherwise 1/9.
 *
 * @example
 * isWorkingDay('2025-01-27'); // false — Tết Ất Tỵ, per the 2025 decision in VIETNAM_WORKING_CALENDAR
 * isWorkingDay('2025-04-26'); // true — a Saturday worked in exchange for Friday 2/5/2025
 * addWorkingDays('2025-04-25', 3); // '2025-04-29' — 26/4 (Saturday, worked), 28/4, 29/4
 * addWorkingDays('2025-05-06', -3); // '2025-04-28' — 5/5, 29/4, 28/4 (30/4–4/5 off)
 */

import { isoDateToJulianDay, julianDayToIsoDate, lunarToSolar } from './lunar-calendar.js';
import { VIETNAM_WORKING_CALENDAR, type WorkingCalendar } from './working-calendar-data.js';

export type { WorkingCalendar, WorkingYear } from './working-calendar-data.js';

export { VIETNAM_WORKING_CALENDAR };

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 0 = Sunday … 6 = Saturday (Julian day number + 1, modulo 7). */
function weekdayOfJulianDay(jd: number): number {
  return (jd + 1) % 7;
}

function isWeekendJulianDay(jd: number): boolean {
  const weekday = weekdayOfJulianDay(jd);
  return weekday === 0 || weekday === 6;
}

/** The fixed public holidays of a year as Julian day numbers: 1/1, 30/4, 1/5, 2/9 and Giỗ Tổ (10/3 âm lịch). */
function fixedHolidays(year: number): number[] {
  const days = [iso(year, 1, 1), iso(year, 4, 30), iso(year, 5, 1), iso(year, 9, 2)].map(isoDateToJulianDay);
  days.push(isoDateToJulianDay(lunarToSolar({ year, month: 3, day: 10, leap: false })));
  return days;
}

/** The rule-derived Tết days (last day of the lunar year + mùng 1–4) and the day adjacent to 2/9. */
function ruleHolidays(year: number): number[] {
  const tet = isoDateToJulianDay(lunarToSolar({ year, month: 1, day: 1, leap: false }));
  const days = [tet - 1, tet, tet + 1, tet + 2, tet + 3];
  const nationalDay = isoDateToJulianDay(iso(year, 9, 2));
  const weekday = weekdayOfJulianDay(nationalDay);
  days.push(weekday === 1 || weekday === 4 ? nationalDay + 1 : nationalDay - 1);
  return days;
}

/** Adds one compensatory day, on the next weekday not already off, for each holiday falling on a weekend. */
function withCompensatoryDays(holidays: Set<number>): Set<number> {
  const result = new Set(holidays);
  for (const day of [...holidays].sort((a, b) => a - b)) {
    if (!isWeekendJulianDay(day)) continue;
    let next = day + 1;
    while (isWeekendJulianDay(next) || result.has(next)) next += 1;
    result.add(next);
  }
  return result;
}

interface YearDays {
  off: Set<number>;
  worked: Set<number>;
}

const cache = new WeakMap<WorkingCalendar, Map<number, YearDays>>();

function yearDays(year: number, calendar: WorkingCalendar): YearDays {
  let perCalendar = cache.get(calendar);
  if (!perCalendar) {
    perCalendar = new Map();
    cache.set(calendar, perCalendar);
  }
  const cached = perCalendar.get(year);
  if (cached) return cached;
  const decided = calendar.years[year];
  let off: Set<number>;
  let worked = new Set<number>();
  if (decided) {
    off = new Set([...fixedHolidays(year), ...decided.daysOff.map(isoDateToJulianDay)]);
    worked = new Set((decided.workingDays ?? []).map(isoDateToJulianDay));
  } else {
    off = withCompensatoryDays(new Set([...fixedHolidays(year), ...ruleHolidays(year)]));
  }
  const days = { off, worked };
  perCalendar.set(year, days);
  return days;
}

function isWorkingJulianDay(jd: number, calendar: WorkingCalendar): boolean {
  const year = Number(julianDayToIsoDate(jd).slice(0, 4));
  const { off, worked } = yearDays(year, calendar);
  if (worked.has(jd)) return true;
  return !isWeekendJulianDay(jd) && !off.has(jd);
}

/**
 * Whether state bodies work on a date (`YYYY-MM-DD`).
 *
 * @param calendar the yearly decisions; defaults to {@link VIETNAM_WORKING_CALENDAR}.
 * @example
 * isWorkingDay('2024-09-03'); // false — the day adjacent to Quốc khánh in 2024
 * isWorkingDay('2030-02-04', { years: {} }); // false — mùng 3 Tết Canh Tuất by the rules alone
 * @throws RangeError (Vietnamese message) for a malformed date or one outside 1800–2199.
 */
export function isWorkingDay(date: string, calendar: WorkingCalendar = VIETNAM_WORKING_CALENDAR): boolean {
  return isWorkingJulianDay(isoDateToJulianDay(date), calendar);
}

/**
 * The date `n` working days after `date` (before it when `n` is negative); `date` itself need not be a working day and
 * is never counted. `n = 0` returns `date` unchanged.
 *
 * @example
 * addWorkingDays('2025-01-24', 1); // '2025-02-03' — Tết Ất Tỵ in between
 * addWorkingDays('2026-12-07', 15); // '2026-12-28' — a 15-working-day legal deadline
 * @throws RangeError for a malformed date or a non-integer `n`.
 */
export function addWorkingDays(date: string, n: number, calendar: WorkingCalendar = VIETNAM_WORKING_CALENDAR): string {
  if (!Number.isSafeInteger(n)) throw new RangeError(`Số ngày làm việc phải là số nguyên: ${String(n)}.`);
  let jd = isoDateToJulianDay(date);
  const step = n < 0 ? -1 : 1;
  let remaining = Math.abs(n);
  while (remaining > 0) {
    jd += step;
    if (isWorkingJulianDay(jd, calendar)) remaining -= 1;
  }
  return julianDayToIsoDate(jd);
}

/** Working days strictly after `from` up to and including `to` (negative when `to` is before `from`). */
export function workingDaysBetween(from: string, to: string, calendar: WorkingCalendar = VIETNAM_WORKING_CALENDAR): number {
  const start = isoDateToJulianDay(from);
  const end = isoDateToJulianDay(to);
  const [low, high, sign] = start <= end ? [start, end, 1] : [end, start, -1];
  let count = 0;
  for (let jd = low + 1; jd <= high; jd += 1) if (isWorkingJulianDay(jd, calendar)) count += 1;
  return sign * count;
}
