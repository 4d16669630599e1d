/** Weekly schedules grouped by week, by body and by day. Pure functions. */

import { type Schedule, type ScheduleEntry, VI_WEEKDAY_NAMES, formatViDate, slugify, toVietnamDateTime } from '@portal/shared-types';

export interface ScheduleDay {
  /** "YYYY-MM-DD". */
  day: string;
  /** "Thứ Hai, 13/07/2020". */
  label: string;
  /** Entries by time; untimed entries last. */
  entries: ScheduleEntry[];
}

export interface ScheduleWeek {
  isoYear: number;
  isoWeek: number;
  startDate: string;
  endDate: string;
  /** Schedules of the week (one per body), by title. */
  schedules: Schedule[];
}

/** Weeks holding schedules, newest first; one pass. */
export function scheduleWeeks(schedules: readonly Schedule[]): ScheduleWeek[] {
  const weeks = new Map<string, ScheduleWeek>();
  for (const schedule of schedules) {
    const key = `${schedule.isoYear}-${schedule.isoWeek}`;
    const week = weeks.get(key) ?? { isoYear: schedule.isoYear, isoWeek: schedule.isoWeek, startDate: schedule.startDate, endDate: schedule.endDate, schedules: [] };
    week.schedules.push(schedule);
    weeks.set(key, week);
  }
  const list = [...weeks.values()].sort((a, b) => b.startDate.localeCompare(a.startDate));
  for (const week of list) week.schedules.sort((a, b) => a.title.localeCompare(b.title, 'vi'));
  return list;
}

/** Days of a schedule that have entries, in order, each with its entries by time. */
export function scheduleDays(schedule: Pick<Schedule, 'entries'>): ScheduleDay[] {
  const days = new Map<string, ScheduleEntry[]>();
  for (const entry of schedule.entries) {
    const list = days.get(entry.day);
    if (list === undefined) days.set(entry.day, [entry]);
    else list.push(entry);
  }
  return [...days.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, entries]) => ({
      day,
      label: `${VI_WEEKDAY_NAMES[toVietnamDateTime(day).weekday] ?? ''}, ${formatViDate(day)}`,
      entries: [...entries].sort((a, b) => (a.time ?? '99:99').localeCompare(b.time ?? '99:99')),
    }));
}

export interface ScheduleFeed {
  /** File name (without .ics): the body's slug. */
  slug: string;
  name: string;
  schedules: Schedule[];
}

/** One iCalendar feed per body; schedules without a body go to a "chung" (general) feed. */
export function scheduleFeeds(schedules: readonly Schedule[], generalName: string): ScheduleFeed[] {
  const feeds = new Map<string, ScheduleFeed>();
  for (const schedule of schedules) {
    const slug = schedule.organisation?.slug ?? slugify(generalName);
    const feed = feeds.get(slug) ?? { slug, name: schedule.organisation?.shortName ?? schedule.organisation?.name ?? generalName, schedules: [] };
    feed.schedules.push(schedule);
    feeds.set(slug, feed);
  }
  return [...feeds.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}
