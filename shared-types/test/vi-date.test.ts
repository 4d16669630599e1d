import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatViDate,
  isoWeekOf,
  isoWeekRange,
  isoWeeksInYear,
  isValidIsoWeek,
  toVietnamIsoDate,
  VI_WEEKDAY_NAMES,
} from '../src/index.js';

// These run in whatever TZ the test process has; compiled-output.test.ts repeats the key cases under other TZ values.

describe('formatViDate', () => {
  it.each<[Date | string, Parameters<typeof formatViDate>[1], string]>([
    ['2021-04-28T10:20:00.000Z', undefined, '28/04/2021'],
    ['2021-04-28T10:20:00.000Z', { time: true }, '28/04/2021 17:20'],
    ['2020-04-05T22:01:00Z', { time: true, weekday: true }, 'Thứ Hai, 06/04/2020 05:01'],
    ['2020-04-06', { weekday: true }, 'Thứ Hai, 06/04/2020'],
    ['2021-03-25', undefined, '25/03/2021'],
    ['2021-04-28T17:20', { time: true }, '28/04/2021 17:20'],
    ['2021-04-28 17:20:59', { time: true }, '28/04/2021 17:20'],
    ['2021-04-28T17:20:00+07:00', { time: true }, '28/04/2021 17:20'],
    ['2021-04-28T17:20:00-05:00', { time: true }, '29/04/2021 05:20'],
    // Just before and after midnight in Vietnam (UTC+7).
    ['2021-04-27T16:59:59Z', { time: true }, '27/04/2021 23:59'],
    ['2021-04-27T17:00:00Z', { time: true }, '28/04/2021 00:00'],
    [new Date(Date.UTC(2020, 11, 31, 17, 30)), { time: true, weekday: true }, 'Thứ Sáu, 01/01/2021 00:30'],
    ['2020-10-14', { weekday: true }, 'Thứ Tư, 14/10/2020'],
    ['2021-10-10', { weekday: true }, 'Chủ nhật, 10/10/2021'],
    ['2021-10-09', { weekday: true }, 'Thứ Bảy, 09/10/2021'],
  ])('%s %j → %s', (value, options, expected) => {
    expect(formatViDate(value, options)).toBe(expected);
  });

  it.each(['', 'hôm qua', '28/04/2021', '2021-02-30', '2021-13-01', '2021-04-28T25:00', '2021-04-28T10:20:00.000+7'])(
    'rejects %j with a Vietnamese message',
    (value) => {
      expect(() => formatViDate(value)).toThrow(/Ngày giờ không hợp lệ/);
    },
  );

  it('rejects an invalid Date object', () => {
    expect(() => formatViDate(new Date(Number.NaN))).toThrow(RangeError);
  });

  it('names the seven weekdays in Vietnamese', () => {
    expect(VI_WEEKDAY_NAMES).toEqual(['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy']);
  });
});

describe('toVietnamIsoDate', () => {
  it.each([
    ['2021-04-27T17:00:00Z', '2021-04-28'],
    ['2021-04-27T16:59:00Z', '2021-04-27'],
    ['2021-04-28', '2021-04-28'],
  ])('%s → %s', (value, expected) => {
    expect(toVietnamIsoDate(value)).toBe(expected);
  });
});

describe('ISO weeks', () => {
  it.each<[string, { year: number; week: number }]>([
    ['2020-07-10', { year: 2020, week: 28 }],
    ['2020-07-13', { year: 2020, week: 29 }],
    ['2020-07-19', { year: 2020, week: 29 }],
    ['2021-01-03', { year: 2020, week: 53 }],
    ['2021-01-04', { year: 2021, week: 1 }],
    ['2019-12-30', { year: 2020, week: 1 }],
    ['2026-01-01', { year: 2026, week: 1 }],
    ['2027-01-01', { year: 2026, week: 53 }],
    ['2024-12-30', { year: 2025, week: 1 }],
    // Sunday 20:00 UTC is already Monday in Vietnam: next week.
    ['2020-07-12T20:00:00Z', { year: 2020, week: 29 }],
  ])('isoWeekOf(%s)', (value, expected) => {
    expect(isoWeekOf(value)).toEqual(expected);
  });

  it.each<[number, number, { start: string; end: string }]>([
    [2020, 29, { start: '2020-07-13', end: '2020-07-19' }],
    [2020, 28, { start: '2020-07-06', end: '2020-07-12' }],
    [2020, 1, { start: '2019-12-30', end: '2020-01-05' }],
    [2020, 53, { start: '2020-12-28', end: '2021-01-03' }],
    [2025, 1, { start: '2024-12-30', end: '2025-01-05' }],
    [2026, 53, { start: '2026-12-28', end: '2027-01-03' }],
  ])('isoWeekRange(%i, %i)', (year, week, expected) => {
    expect(isoWeekRange(year, week)).toEqual(expected);
  });

  it.each([
    [2020, 53, true],
    [2021, 52, true],
    [2021, 53, false],
    [2026, 53, true],
    [2020, 0, false],
    [2020, 54, false],
    [2020, 1.5, false],
    [0, 1, false],
  ])('isValidIsoWeek(%d, %d) → %s', (year, week, expected) => {
    expect(isValidIsoWeek(year, week)).toBe(expected);
  });

  it('explains an invalid week in Vietnamese', () => {
    expect(() => isoWeekRange(2021, 53)).toThrow('Tuần 53 của năm 2021 không tồn tại');
  });

  it('has 52 or 53 weeks a year, and ranges that start on Monday and map back to their week', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 1, max: 53 }), (year, week) => {
        expect([52, 53]).toContain(isoWeeksInYear(year));
        if (!isValidIsoWeek(year, week)) return;
        const { start, end } = isoWeekRange(year, week);
        expect(formatViDate(start, { weekday: true })).toMatch(/^Thứ Hai/);
        expect(formatViDate(end, { weekday: true })).toMatch(/^Chủ nhật/);
        expect(isoWeekOf(start)).toEqual({ year, week });
        expect(isoWeekOf(end)).toEqual({ year, week });
      }),
    );
  });
});
