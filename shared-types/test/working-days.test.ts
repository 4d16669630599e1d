import { describe, expect, it } from 'vitest';
import { VIETNAM_WORKING_CALENDAR, addWorkingDays, isWorkingDay, workingDaysBetween } from '../src/index.js';
import type { WorkingCalendar } from '../src/index.js';

const RULES_ONLY: WorkingCalendar = { years: {} };

function daysOffOnWeekdays(year: number, calendar: WorkingCalendar): string[] {
  const off: string[] = [];
  for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000) {
    const date = new Date(t);
    const weekday = date.getUTCDay();
    const iso = date.toISOString().slice(0, 10);
    if (weekday !== 0 && weekday !== 6 && !isWorkingDay(iso, calendar)) off.push(iso);
  }
  return off;
}

describe('isWorkingDay by the rules (Bộ luật Lao động 2019, Điều 111–112)', () => {
  it('weekdays are working days, weekends are not', () => {
    expect(isWorkingDay('2026-12-07', RULES_ONLY)).toBe(true); // Monday
    expect(isWorkingDay('2026-12-05', RULES_ONLY)).toBe(false); // Saturday
    expect(isWorkingDay('2026-12-06', RULES_ONLY)).toBe(false); // Sunday
  });

  it('2026: Tết Bính Ngọ (last day of Ất Tỵ + mùng 1–4), Giỗ Tổ 26/4 on a Sunday → 27/4, 30/4, 1/5, 1/9 + 2/9', () => {
    expect(daysOffOnWeekdays(2026, RULES_ONLY)).toEqual([
      '2026-01-01',
      '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20',
      '2026-04-27',
      '2026-04-30', '2026-05-01',
      '2026-09-01', '2026-09-02',
    ]);
  });

  it('2023: 30/4 on Sunday gives a compensatory day; Quốc khánh on Saturday → 1/9 and Monday 4/9 off', () => {
    const off = daysOffOnWeekdays(2023, RULES_ONLY);
    expect(off).toEqual(expect.arrayContaining(['2023-05-01', '2023-05-02', '2023-05-03', '2023-09-01', '2023-09-04']));
    expect(off).toHaveLength(11); // 1/1 (Sunday → 2/1), 5 Tết weekdays, Giỗ Tổ on Saturday 29/4 → 2/5 …
  });

  it('the adjacent day of Quốc khánh joins a weekend: 2/9 on Thursday → 3/9; on Tuesday → 1/9', () => {
    expect(isWorkingDay('2021-09-03', RULES_ONLY)).toBe(false); // 2/9/2021 was a Thursday
    expect(isWorkingDay('2021-09-01', RULES_ONLY)).toBe(true);
    expect(isWorkingDay('2025-09-01', RULES_ONLY)).toBe(false); // 2/9/2025 was a Tuesday
    expect(isWorkingDay('2025-09-03', RULES_ONLY)).toBe(true);
  });

  it('the lunar holidays move with the lunar calendar', () => {
    expect(isWorkingDay('2024-04-18', RULES_ONLY)).toBe(false); // Giỗ Tổ 10/3 Giáp Thìn
    expect(isWorkingDay('2030-02-04', RULES_ONLY)).toBe(false); // mùng 3 Tết Canh Tuất (Tết 02/02/2030 in Vietnam)
  });
});

describe('the yearly decisions override the rules', () => {
  it('2025: Tết Ất Tỵ off 25/01–02/02, so Monday 27/01 is off and Monday 03/02 is worked', () => {
    expect(isWorkingDay('2025-01-27')).toBe(false);
    expect(isWorkingDay('2025-02-03')).toBe(true);
    // The rules alone would have given 28/01–31/01 and a compensatory Monday 03/02.
    expect(isWorkingDay('2025-01-27', RULES_ONLY)).toBe(true);
    expect(isWorkingDay('2025-02-03', RULES_ONLY)).toBe(false);
  });

  it('2025: Friday 02/05 swapped with Saturday 26/04', () => {
    expect(isWorkingDay('2025-05-02')).toBe(false);
    expect(isWorkingDay('2025-04-26')).toBe(true);
    expect(daysOffOnWeekdays(2025, VIETNAM_WORKING_CALENDAR)).toEqual([
      '2025-01-01',
      '2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31',
      '2025-04-07',
      '2025-04-30', '2025-05-01', '2025-05-02',
      '2025-09-01', '2025-09-02',
    ]);
  });

  it('2024: Tết 08/02–14/02, 29/04 swapped with Saturday 04/05, 2/9 + 3/9', () => {
    expect(daysOffOnWeekdays(2024, VIETNAM_WORKING_CALENDAR)).toEqual([
      '2024-01-01',
      '2024-02-08', '2024-02-09', '2024-02-12', '2024-02-13', '2024-02-14',
      '2024-04-18',
      '2024-04-29', '2024-04-30', '2024-05-01',
      '2024-09-02', '2024-09-03',
    ]);
    expect(isWorkingDay('2024-05-04')).toBe(true);
  });

  it('a caller may pass its own decisions (e.g. from the CMS)', () => {
    const calendar: WorkingCalendar = { years: { 2027: { daysOff: ['2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11'], workingDays: ['2027-01-30'] } } };
    expect(isWorkingDay('2027-02-05', calendar)).toBe(false);
    expect(isWorkingDay('2027-02-12', calendar)).toBe(true);
    expect(isWorkingDay('2027-01-30', calendar)).toBe(true);
    expect(isWorkingDay('2027-04-30', calendar)).toBe(false); // fixed holidays stay
  });
});

describe('addWorkingDays', () => {
  it.each<[string, number, string]>([
    ['2026-12-07', 0, '2026-12-07'],
    ['2026-12-05', 0, '2026-12-05'],
    ['2026-12-07', 1, '2026-12-08'],
    ['2026-12-04', 1, '2026-12-07'], // Friday → Monday
    ['2026-12-05', 1, '2026-12-07'], // from a Saturday
    ['2026-12-07', 7, '2026-12-16'], // the outage notice period
    ['2026-12-07', 15, '2026-12-28'], // Luật Tiếp cận thông tin, Điều 30
    ['2025-01-24', 1, '2025-02-03'], // across Tết Ất Tỵ
    ['2025-04-25', 3, '2025-04-29'], // Saturday 26/04/2025 was worked
    ['2025-05-06', -3, '2025-04-28'],
    ['2026-12-28', -15, '2026-12-07'],
    ['2026-12-31', 1, '2027-01-04'], // 1/1/2027 (Friday) off, across the year
  ])('%s + %i working days = %s', (date, n, expected) => {
    expect(addWorkingDays(date, n)).toBe(expected);
  });

  it('agrees with isWorkingDay and workingDaysBetween', () => {
    for (let n = 1; n <= 40; n += 1) {
      const end = addWorkingDays('2025-01-10', n);
      expect(isWorkingDay(end)).toBe(true);
      expect(workingDaysBetween('2025-01-10', end)).toBe(n);
      expect(workingDaysBetween(end, '2025-01-10')).toBe(-n);
    }
  });

  it('rejects bad input with a clear message', () => {
    expect(() => addWorkingDays('2025-02-30', 1)).toThrow(/Ngày dương lịch không hợp lệ/);
    expect(() => addWorkingDays('2025-02-03', 1.5)).toThrow(/số nguyên/);
    expect(() => isWorkingDay('03/02/2025')).toThrow(/Ngày dương lịch không hợp lệ/);
  });
});
