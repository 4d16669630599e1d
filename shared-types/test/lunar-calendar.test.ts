import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lunarToSolar, solarToLunar } from '../src/index.js';
import type { LunarDate } from '../src/index.js';

// Mùng 1 Tết (lunar 1/1) in Vietnam, 2000–2030, from published Vietnamese calendars (lịch vạn niên). 2007 and 2030
// differ from China's (2007-02-18, 2030-02-03): the new moon fell between 23:00 and 24:00 in Hà Nội.
const TET: Record<number, string> = {
  1985: '1985-01-21', // China: 1985-02-20 — a month apart (the two calendars placed month 11 of 1984 differently)
  2000: '2000-02-05', 2001: '2001-01-24', 2002: '2002-02-12', 2003: '2003-02-01', 2004: '2004-01-22',
  2005: '2005-02-09', 2006: '2006-01-29', 2007: '2007-02-17', 2008: '2008-02-07', 2009: '2009-01-26',
  2010: '2010-02-14', 2011: '2011-02-03', 2012: '2012-01-23', 2013: '2013-02-10', 2014: '2014-01-31',
  2015: '2015-02-19', 2016: '2016-02-08', 2017: '2017-01-28', 2018: '2018-02-16', 2019: '2019-02-05',
  2020: '2020-01-25', 2021: '2021-02-12', 2022: '2022-02-01', 2023: '2023-01-22', 2024: '2024-02-10',
  2025: '2025-01-29', 2026: '2026-02-17', 2027: '2027-02-06', 2028: '2028-01-26', 2029: '2029-02-13',
  2030: '2030-02-02',
};

describe('Tết Nguyên Đán', () => {
  it.each(Object.entries(TET))('lunar 1/1/%s is %s', (year, solar) => {
    expect(solarToLunar(solar)).toEqual({ year: Number(year), month: 1, day: 1, leap: false });
    expect(lunarToSolar({ year: Number(year), month: 1, day: 1, leap: false })).toBe(solar);
  });

  it('the day before Tết is the last day of the previous lunar year', () => {
    expect(solarToLunar('2025-01-28')).toEqual({ year: 2024, month: 12, day: 29, leap: false });
    expect(solarToLunar('2024-02-09')).toEqual({ year: 2023, month: 12, day: 30, leap: false });
    // China's calendar had Tết 2007 on 18/02; in Vietnam 18/02/2007 is mùng 2.
    expect(solarToLunar('2007-02-18')).toEqual({ year: 2007, month: 1, day: 2, leap: false });
  });
});

describe('known lunar dates', () => {
  it.each<[string, LunarDate]>([
    // Leap months: 2020 tháng 4 nhuận, 2023 tháng 2 nhuận, 2025 tháng 6 nhuận, 2017 tháng 6 nhuận, 2012 tháng 4 nhuận.
    ['2020-05-23', { year: 2020, month: 4, day: 1, leap: true }],
    ['2020-04-23', { year: 2020, month: 4, day: 1, leap: false }],
    ['2023-03-22', { year: 2023, month: 2, day: 1, leap: true }],
    ['2023-02-20', { year: 2023, month: 2, day: 1, leap: false }],
    ['2025-07-25', { year: 2025, month: 6, day: 1, leap: true }],
    ['2025-06-25', { year: 2025, month: 6, day: 1, leap: false }],
    ['2017-07-23', { year: 2017, month: 6, day: 1, leap: true }],
    ['2012-05-21', { year: 2012, month: 4, day: 1, leap: true }],
    // Giỗ Tổ Hùng Vương (10/3 âm lịch).
    ['2023-04-29', { year: 2023, month: 3, day: 10, leap: false }],
    ['2024-04-18', { year: 2024, month: 3, day: 10, leap: false }],
    ['2025-04-07', { year: 2025, month: 3, day: 10, leap: false }],
    // Trung thu (15/8 âm lịch) 2024 and 2025.
    ['2024-09-17', { year: 2024, month: 8, day: 15, leap: false }],
    ['2025-10-06', { year: 2025, month: 8, day: 15, leap: false }],
    // Months 11 and 12 belong to the lunar year begun the previous Tết.
    ['2025-01-01', { year: 2024, month: 12, day: 2, leap: false }],
    ['2024-12-21', { year: 2024, month: 11, day: 21, leap: false }],
  ])('%s is %o', (solar, lunar) => {
    expect(solarToLunar(solar)).toEqual(lunar);
    expect(lunarToSolar(lunar)).toBe(solar);
  });
});

describe('round trips', () => {
  it('every day from 1800 to 2199 converts to a lunar date and back, days and months advancing in order', () => {
    let previous: LunarDate | null = null;
    const start = Date.UTC(1800, 0, 1);
    const end = Date.UTC(2199, 11, 31);
    for (let t = start; t <= end; t += 86_400_000) {
      const solar = new Date(t).toISOString().slice(0, 10);
      const lunar = solarToLunar(solar);
      expect(lunarToSolar(lunar), solar).toBe(solar);
      if (previous && lunar.day !== 1) expect(lunar.day, solar).toBe(previous.day + 1);
      if (previous && lunar.day === 1) {
        expect([29, 30], solar).toContain(previous.day);
        // A new month is the next number, or a leap month repeating the previous number; Tết starts a new year.
        if (lunar.leap) expect(lunar.month, solar).toBe(previous.month);
        else expect(lunar.month, solar).toBe((previous.month % 12) + 1);
        expect(lunar.year, solar).toBe(previous.year + (lunar.month === 1 && !lunar.leap ? 1 : 0));
      }
      previous = lunar;
    }
  }, 60_000);

  it('random dates over 1800–2199 round-trip', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1800-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true }), (date) => {
        const solar = date.toISOString().slice(0, 10);
        expect(lunarToSolar(solarToLunar(solar))).toBe(solar);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('bad input', () => {
  it.each(['2025-02-30', '2025-13-01', '25-01-29', '2025-01-29T00:00:00Z', '1799-12-31', '2200-01-01', ''])('rejects solar %j', (value) => {
    expect(() => solarToLunar(value)).toThrow(/Ngày dương lịch không hợp lệ/);
  });

  it('rejects a leap month that the year does not have, naming the actual one', () => {
    expect(() => lunarToSolar({ year: 2024, month: 2, day: 1, leap: true })).toThrow(/năm 2024 không có tháng nhuận/);
    expect(() => lunarToSolar({ year: 2025, month: 5, day: 1, leap: true })).toThrow(/tháng nhuận của năm 2025 là tháng 6/);
  });

  it('rejects day 30 of a 29-day month', () => {
    // Tháng Chạp Giáp Thìn had 29 days (Tết Ất Tỵ came after 29 Tết).
    expect(() => lunarToSolar({ year: 2024, month: 12, day: 30, leap: false })).toThrow(/chỉ có 29 ngày/);
    expect(lunarToSolar({ year: 2023, month: 12, day: 30, leap: false })).toBe('2024-02-09');
  });

  it.each([{ year: 2025, month: 0, day: 1, leap: false }, { year: 2025, month: 1, day: 31, leap: false }, { year: 2025.5, month: 1, day: 1, leap: false }])(
    'rejects %o',
    (value) => {
      expect(() => lunarToSolar(value)).toThrow(/Ngày âm lịch không hợp lệ/);
    },
  );
});
