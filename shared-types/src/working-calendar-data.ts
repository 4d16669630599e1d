/**
 * The government's yearly decisions on days off (Tết, the day adjacent to 2/9, compensatory days, swaps), as data
 * that overrides the rules in working-days.ts. Edit this list when a new year's decisions are published: add the year
 * with EVERY weekday off besides 1/1, 30/4, 1/5, 2/9 and Giỗ Tổ (those are always off), and the Saturdays worked.
 * A year missing here is computed by the rules (see working-days.ts), which may differ by a day or two from what the
 * government later decides. Only years whose announcements are well established are listed.
 */

/** The government's decisions for one Gregorian year. */
export interface WorkingYear {
  /**
   * Every weekday off in that year besides the fixed-date holidays (1/1, 30/4, 1/5, 2/9, 10/3 âm lịch), which are
   * always off: the Tết days, the day adjacent to 2/9, compensatory days and swapped days. Weekend days may be listed
   * too (harmless). Replaces the rule-derived list for that year.
   */
  daysOff: readonly string[];
  /** Days worked although they would be off (a Saturday worked in exchange for a bridge day). */
  workingDays?: readonly string[];
  /** Where the data comes from (decision or notice number), for whoever checks it. */
  source?: string;
}

/** Yearly decisions keyed by Gregorian year. Pass `{ years: {} }` to use the rules alone. */
export interface WorkingCalendar {
  years: Readonly<Record<number, WorkingYear>>;
}

export const VIETNAM_WORKING_CALENDAR: WorkingCalendar = {
  years: {
    2024: {
      daysOff: [
        // Tết Giáp Thìn: off 08/02–14/02/2024 (Thursday to Wednesday).
        '2024-02-08',
        '2024-02-09',
        '2024-02-12',
        '2024-02-13',
        '2024-02-14',
        // 30/4–1/5: Monday 29/04 swapped with Saturday 04/05, off 27/04–01/05.
        '2024-04-29',
        // Quốc khánh: 02/09 (Monday) and 03/09, off 31/08–03/09.
        '2024-09-03',
      ],
      workingDays: ['2024-05-04'],
      source: 'Thông báo của Bộ Lao động – Thương binh và Xã hội về nghỉ Tết Giáp Thìn, 30/4–1/5 và Quốc khánh năm 2024',
    },
    2025: {
      daysOff: [
        // Tết Ất Tỵ: off 25/01–02/02/2025 (Saturday to Sunday, nine days).
        '2025-01-27',
        '2025-01-28',
        '2025-01-29',
        '2025-01-30',
        '2025-01-31',
        // 30/4–1/5: Friday 02/05 swapped with Saturday 26/04, off 30/04–04/05.
        '2025-05-02',
        // Quốc khánh: 01/09 (Monday) and 02/09, off 30/08–02/09.
        '2025-09-01',
      ],
      workingDays: ['2025-04-26'],
      source: 'Thông báo của Bộ Lao động – Thương binh và Xã hội / Bộ Nội vụ về nghỉ Tết Ất Tỵ, 30/4–1/5 và Quốc khánh năm 2025',
    },
  },
};
