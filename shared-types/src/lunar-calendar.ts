/**
 * The Vietnamese lunisolar calendar (âm lịch), computed astronomically for the UTC+7 meridian.
 *
 * Vietnam and China use the same rules (a month starts on the day of the new moon; month 11 contains the winter
 * solstice; a year with 13 months inserts a leap month after the first month that contains no major solar term) but
 * Vietnam applies them at UTC+7 and China at UTC+8, so the two calendars differ whenever a new moon or a solar term
 * falls between 16:00 and 17:00 UTC — e.g. Tết 1985 (Vietnam 21/01, China 20/02) and Tết 2007 (Vietnam 17/02,
 * China 18/02). Hence no Chinese-calendar table or library: the algorithm below (new moons and the sun's apparent
 * longitude after Jean Meeus, *Astronomical Algorithms*, as popularised for Vietnam by Hồ Ngọc Đức) is evaluated at
 * time zone +7. Dates are proleptic Gregorian `YYYY-MM-DD` strings; the supported range is 1800-01-01 … 2199-12-31,
 * where the series used are accurate to well under the margin that decides a day.
 *
 * @example
 * solarToLunar('2025-01-29'); // { year: 2025, month: 1, day: 1, leap: false } — Tết Ất Tỵ
 * solarToLunar('2023-03-22'); // { year: 2023, month: 2, day: 1, leap: true }  — tháng 2 nhuận Quý Mão
 * lunarToSolar({ year: 2026, month: 1, day: 1, leap: false }); // '2026-02-17'
 */

/** A date of the Vietnamese lunar calendar. `year` is the Gregorian year in which that lunar year's Tết falls. */
export interface LunarDate {
  year: number;
  /** 1–12. */
  month: number;
  /** 1–30. */
  day: number;
  /** True for the days of a leap (intercalary, "nhuận") month, which repeats the number of the month before it. */
  leap: boolean;
}

/** Vietnam's standard time, hours east of UTC. */
const TIME_ZONE = 7;
export const LUNAR_MIN_YEAR = 1800;
export const LUNAR_MAX_YEAR = 2199;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const SYNODIC_MONTH = 29.530588853;
/** Julian day of the new moon of 1900-01-01 (k = 0 in the new-moon series). */
const NEW_MOON_EPOCH = 2415021.076998695;

function invalidSolarDate(value: unknown): RangeError {
  return new RangeError(
    `Ngày dương lịch không hợp lệ: ${String(value)} (cần chuỗi YYYY-MM-DD từ năm ${LUNAR_MIN_YEAR} đến ${LUNAR_MAX_YEAR}, ví dụ 2025-01-29).`,
  );
}

/** Julian day number (integer, the day starting at noon UT) of a proleptic Gregorian date. */
export function julianDayNumber(year: number, month: number, day: number): number {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) - 32045;
}

/** Inverse of julianDayNumber. */
export function fromJulianDayNumber(jd: number): { year: number; month: number; day: number } {
  const a = jd + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((146097 * b) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return {
    day: e - Math.floor((153 * m + 2) / 5) + 1,
    month: m + 3 - 12 * Math.floor(m / 10),
    year: 100 * b + d - 4800 + Math.floor(m / 10),
  };
}

/** Parses a `YYYY-MM-DD` string into its Julian day number, rejecting impossible dates (2025-02-30) and the range. */
export function isoDateToJulianDay(value: string): number {
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (!match) throw invalidSolarDate(value);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < LUNAR_MIN_YEAR || year > LUNAR_MAX_YEAR || month < 1 || month > 12 || day < 1) throw invalidSolarDate(value);
  const jd = julianDayNumber(year, month, day);
  if (fromJulianDayNumber(jd).day !== day) throw invalidSolarDate(value);
  return jd;
}

export function julianDayToIsoDate(jd: number): string {
  const { year, month, day } = fromJulianDayNumber(jd);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const RAD = Math.PI / 180;

/** Julian date (fractional, UT) of the k-th new moon after the one of 1900-01-01 (Meeus, chapter 49, abridged). */
function newMoon(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  let jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * RAD);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3; // sun's mean anomaly
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3; // moon's mean anomaly
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3; // moon's argument of latitude
  let c = (0.1734 - 0.000393 * T) * Math.sin(M * RAD) + 0.0021 * Math.sin(2 * RAD * M);
  c = c - 0.4068 * Math.sin(Mpr * RAD) + 0.0161 * Math.sin(RAD * 2 * Mpr);
  c -= 0.0004 * Math.sin(RAD * 3 * Mpr);
  c = c + 0.0104 * Math.sin(RAD * 2 * F) - 0.0051 * Math.sin(RAD * (M + Mpr));
  c = c - 0.0074 * Math.sin(RAD * (M - Mpr)) + 0.0004 * Math.sin(RAD * (2 * F + M));
  c = c - 0.0004 * Math.sin(RAD * (2 * F - M)) - 0.0006 * Math.sin(RAD * (2 * F + Mpr));
  c = c + 0.001 * Math.sin(RAD * (2 * F - Mpr)) + 0.0005 * Math.sin(RAD * (2 * Mpr + M));
  // ΔT (TT − UT) in days.
  const deltaT =
    T < -11
      ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
      : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd + c - deltaT;
}

/** Sun's apparent longitude in radians, in [0, 2π), at Julian date jd (UT). */
function sunLongitude(jd: number): number {
  const T = (jd - 2451545.0) / 36525;
  const T2 = T * T;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let dl = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(RAD * M);
  dl += (0.019993 - 0.000101 * T) * Math.sin(RAD * 2 * M) + 0.00029 * Math.sin(RAD * 3 * M);
  const l = (L0 + dl) * RAD;
  return l - 2 * Math.PI * Math.floor(l / (2 * Math.PI));
}

/** Julian day number of the local (UTC+7) calendar day on which the k-th new moon falls. */
function newMoonDay(k: number): number {
  return Math.floor(newMoon(k) + 0.5 + TIME_ZONE / 24);
}

/** Which of the 12 major-term sectors (0 = from the spring equinox) the sun is in at the start of a local day. */
function sunSector(dayNumber: number): number {
  return Math.floor((sunLongitude(dayNumber - 0.5 - TIME_ZONE / 24) / Math.PI) * 6);
}

/** First day of lunar month 11 (the month containing the winter solstice) that begins in or before Gregorian `year`. */
function lunarMonth11(year: number): number {
  const off = julianDayNumber(year, 12, 31) - 2415021;
  const k = Math.floor(off / SYNODIC_MONTH);
  const nm = newMoonDay(k);
  // Sector 9 starts at longitude 270° (the winter solstice): a month starting after it is month 12's successor.
  return sunSector(nm) >= 9 ? newMoonDay(k - 1) : nm;
}

/** In a 13-month year starting at month 11 (a11), the offset (in months) of the leap month: the first with no major term. */
function leapMonthOffset(a11: number): number {
  const k = Math.floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let arc = sunSector(newMoonDay(k + i));
  let last: number;
  do {
    last = arc;
    i += 1;
    arc = sunSector(newMoonDay(k + i));
  } while (arc !== last && i < 14);
  return i - 1;
}

function lunarFromJulianDay(dayNumber: number, solarYear: number): LunarDate {
  // The mean lunation gives k within one of the right month; the true new moon may be up to ~14 hours off the mean.
  let k = Math.floor((dayNumber - NEW_MOON_EPOCH) / SYNODIC_MONTH) + 1;
  let monthStart = newMoonDay(k);
  while (monthStart > dayNumber) {
    k -= 1;
    monthStart = newMoonDay(k);
  }
  let a11 = lunarMonth11(solarYear);
  let b11 = a11;
  let year: number;
  if (a11 >= monthStart) {
    year = solarYear;
    a11 = lunarMonth11(solarYear - 1);
  } else {
    year = solarYear + 1;
    b11 = lunarMonth11(solarYear + 1);
  }
  const day = dayNumber - monthStart + 1;
  const diff = Math.floor((monthStart - a11) / 29);
  let leap = false;
  let month = diff + 11;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11);
    if (diff >= leapDiff) {
      month = diff + 10;
      leap = diff === leapDiff;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) year -= 1;
  return { year, month, day, leap };
}

/**
 * The lunar date of a Gregorian date (`YYYY-MM-DD`, 1800–2199).
 *
 * @example
 * solarToLunar('2024-02-10'); // { year: 2024, month: 1, day: 1, leap: false } — mùng 1 Tết Giáp Thìn
 * solarToLunar('2025-01-28'); // { year: 2024, month: 12, day: 29, leap: false } — the last day of Giáp Thìn
 * solarToLunar('2025-07-25'); // { year: 2025, month: 6, day: 1, leap: true } — tháng 6 nhuận Ất Tỵ
 * @throws RangeError (Vietnamese message) for a malformed or out-of-range date.
 */
export function solarToLunar(date: string): LunarDate {
  const dayNumber = isoDateToJulianDay(date);
  return lunarFromJulianDay(dayNumber, Number(date.slice(0, 4)));
}

function invalidLunarDate(value: unknown, reason: string): RangeError {
  let shown: string;
  try {
    shown = JSON.stringify(value) ?? String(value);
  } catch {
    shown = String(value);
  }
  return new RangeError(`Ngày âm lịch không hợp lệ: ${shown} (${reason}).`);
}

/**
 * The Gregorian date (`YYYY-MM-DD`) of a lunar date. Rejects dates that do not exist: a `leap: true` month that is not
 * that year's leap month, or day 30 of a 29-day month.
 *
 * @example
 * lunarToSolar({ year: 2025, month: 3, day: 10, leap: false }); // '2025-04-07' — Giỗ Tổ Hùng Vương
 * lunarToSolar({ year: 2023, month: 2, day: 1, leap: true });   // '2023-03-22'
 * lunarToSolar({ year: 2024, month: 2, day: 1, leap: true });   // throws: 2024 has no leap month
 * @throws RangeError (Vietnamese message).
 */
export function lunarToSolar(lunarDate: LunarDate): string {
  const { year, month, day, leap } = (lunarDate ?? {}) as Partial<LunarDate>;
  // Lunar year 1799 ends in January 1800: accepted as long as the result is in range (checked at the end).
  if (!Number.isInteger(year) || (year as number) < LUNAR_MIN_YEAR - 1 || (year as number) > LUNAR_MAX_YEAR) {
    throw invalidLunarDate(lunarDate, `năm phải là số nguyên từ ${LUNAR_MIN_YEAR} đến ${LUNAR_MAX_YEAR}`);
  }
  if (!Number.isInteger(month) || (month as number) < 1 || (month as number) > 12) {
    throw invalidLunarDate(lunarDate, 'tháng phải từ 1 đến 12');
  }
  if (!Number.isInteger(day) || (day as number) < 1 || (day as number) > 30) {
    throw invalidLunarDate(lunarDate, 'ngày phải từ 1 đến 30');
  }
  if (typeof leap !== 'boolean') throw invalidLunarDate(lunarDate, 'leap phải là true hoặc false');
  const y = year as number;
  const m = month as number;
  let a11: number;
  let b11: number;
  if (m < 11) {
    a11 = lunarMonth11(y - 1);
    b11 = lunarMonth11(y);
  } else {
    a11 = lunarMonth11(y);
    b11 = lunarMonth11(y + 1);
  }
  const k = Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  let off = m - 11;
  if (off < 0) off += 12;
  let leapMonth: number | null = null;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11);
    leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap || off >= leapOff) off += 1;
  }
  if (leap && leapMonth !== m) {
    throw invalidLunarDate(lunarDate, leapMonth === null ? `năm ${y} không có tháng nhuận` : `tháng nhuận của năm ${y} là tháng ${leapMonth}`);
  }
  const monthStart = newMoonDay(k + off);
  const monthLength = newMoonDay(k + off + 1) - monthStart;
  if ((day as number) > monthLength) {
    throw invalidLunarDate(lunarDate, `tháng này chỉ có ${monthLength} ngày`);
  }
  const result = monthStart + (day as number) - 1;
  if (result < julianDayNumber(LUNAR_MIN_YEAR, 1, 1) || result > julianDayNumber(LUNAR_MAX_YEAR, 12, 31)) {
    throw invalidLunarDate(lunarDate, `ngoài khoảng ${LUNAR_MIN_YEAR}–${LUNAR_MAX_YEAR} dương lịch`);
  }
  return julianDayToIsoDate(result);
}
