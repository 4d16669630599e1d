/**
 * iCalendar (RFC 5545) feeds of weekly schedules: one VEVENT per entry, local times in Asia/Ho_Chi_Minh (a VTIMEZONE
 * is included: +07:00 all year, no daylight saving). Escaping and folding belong to the format, in @portal/shared-types
 * (formats/icalendar.ts).
 */

import { escapeICalendarText as escapeText, toICalendar, type Schedule } from '@portal/shared-types';

const compactDate = (isoDate: string) => isoDate.replace(/-/g, '');
const compactUtc = (instant: string) => new Date(instant).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** Adds minutes to a "YYYY-MM-DD" + "HH:mm" wall-clock time, as "YYYYMMDDTHHmmss". */
function wallClock(day: string, time: string, plusMinutes = 0): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const at = new Date(Date.parse(`${day}T00:00:00Z`) + (hours * 60 + minutes + plusMinutes) * 60_000);
  return at.toISOString().slice(0, 19).replace(/[-:]/g, '');
}

export interface CalendarOptions {
  /** Calendar name, e.g. "Lịch công tác – Huyện ủy Bình Sơn". */
  name: string;
  /** Host name used in UIDs, e.g. "portal.example.vn". */
  host: string;
  /** Absolute URL of the schedule page, added to each event. */
  url: (schedule: Schedule) => string;
}

/** The calendar of a body's schedules. Events without a time are all-day events. */
export function scheduleCalendar(schedules: readonly Schedule[], options: CalendarOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Portal//Lich cong tac//VI',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
    'X-WR-TIMEZONE:Asia/Ho_Chi_Minh',
    'BEGIN:VTIMEZONE',
    'TZID:Asia/Ho_Chi_Minh',
    'BEGIN:STANDARD',
    'DTSTART:19750613T000000',
    'TZOFFSETFROM:+0700',
    'TZOFFSETTO:+0700',
    'TZNAME:+07',
    'END:STANDARD',
    'END:VTIMEZONE',
  ];
  for (const schedule of schedules) {
    for (const entry of schedule.entries) {
      const details = [
        entry.chair && `Chủ trì: ${entry.chair}`,
        entry.participants && `Thành phần: ${entry.participants}`,
        entry.preparingUnit && `Đơn vị chuẩn bị: ${entry.preparingUnit}`,
      ].filter((line): line is string => typeof line === 'string' && line !== '');
      lines.push(
        'BEGIN:VEVENT',
        `UID:${schedule.documentId}-${entry.id}@${options.host}`,
        `DTSTAMP:${compactUtc(schedule.updatedAt)}`,
        ...(entry.time === null
          ? [`DTSTART;VALUE=DATE:${compactDate(entry.day)}`]
          : [`DTSTART;TZID=Asia/Ho_Chi_Minh:${wallClock(entry.day, entry.time)}`, `DTEND;TZID=Asia/Ho_Chi_Minh:${wallClock(entry.day, entry.time, 60)}`]),
        `SUMMARY:${escapeText(entry.content)}`,
        ...(entry.location ? [`LOCATION:${escapeText(entry.location)}`] : []),
        ...(details.length > 0 ? [`DESCRIPTION:${escapeText(details.join('\n'))}`] : []),
        `URL:${options.url(schedule)}`,
        'END:VEVENT',
      );
    }
  }
  lines.push('END:VCALENDAR');
  return toICalendar(lines);
}
