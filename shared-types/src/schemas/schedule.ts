/** Lịch công tác tuần: the weekly work schedule of a body, identified by ISO year and week. */

import { z } from 'zod';
import { isoWeekRange, isValidIsoWeek } from '../vi-date.js';
import {
  isoDateSchema,
  mediaSchema,
  requiredTextSchema,
  slugSchema,
  strapiEntryFields,
  strapiIdSchema,
  timeOfDaySchema,
} from './common.js';
import { organisationBaseSchema } from './organisation.js';

/** Component `schedule.entry`: one engagement. */
export const scheduleEntrySchema = z.object({
  /** Component id. */
  id: strapiIdSchema,
  /** Day "YYYY-MM-DD", within the schedule's week. */
  day: isoDateSchema,
  /** Start time "HH:mm"; null when only the day is known. */
  time: timeOfDaySchema.nullable(),
  /** What happens, e.g. "Họp Ban Thường vụ Huyện ủy". */
  content: requiredTextSchema,
  /** Who chairs it. */
  chair: z.string().nullable(),
  /** Who attends. */
  participants: z.string().nullable(),
  /** Where. */
  location: z.string().nullable(),
  /** Unit preparing the content (đơn vị chuẩn bị). */
  preparingUnit: z.string().nullable(),
});
export type ScheduleEntry = z.infer<typeof scheduleEntrySchema>;

const scheduleScalarFields = {
  ...strapiEntryFields,
  /** Title, e.g. "Lịch làm việc của Thường trực Huyện ủy tuần 29". */
  title: requiredTextSchema,
  /** URL segment. */
  slug: slugSchema,
  /** ISO week-numbering year. */
  isoYear: z.number().int(),
  /** ISO week 1–53. */
  isoWeek: z.number().int(),
  /** Derived: Monday of the week "YYYY-MM-DD" (isoWeekRange). */
  startDate: isoDateSchema,
  /** Derived: Sunday of the week "YYYY-MM-DD" (isoWeekRange). */
  endDate: isoDateSchema,
  /** Note shown above the table, e.g. changes to the schedule. */
  note: z.string().nullable(),
};

type WeekFields = { isoYear: number; isoWeek: number; startDate: string; endDate: string };

function checkWeek(schedule: WeekFields, context: z.core.$RefinementCtx<WeekFields>): void {
  if (!isValidIsoWeek(schedule.isoYear, schedule.isoWeek)) {
    context.addIssue({
      code: 'custom',
      path: ['isoWeek'],
      message: `Tuần ${schedule.isoWeek} của năm ${schedule.isoYear} không tồn tại.`,
    });
    return;
  }
  const { start, end } = isoWeekRange(schedule.isoYear, schedule.isoWeek);
  if (schedule.startDate !== start || schedule.endDate !== end) {
    context.addIssue({
      code: 'custom',
      path: ['startDate'],
      message: `Tuần ${schedule.isoWeek}/${schedule.isoYear} là từ ${start} đến ${end}, không phải ${schedule.startDate}–${schedule.endDate}.`,
    });
  }
}

/** A schedule as it appears when populated inside another entry. */
export const scheduleBaseSchema = z.object(scheduleScalarFields).superRefine(checkWeek);
export type ScheduleBase = z.infer<typeof scheduleBaseSchema>;

export const scheduleSchema = z
  .object({
    ...scheduleScalarFields,
    /** Engagements (repeatable component `schedule.entry`); empty means "Lịch công tác trống". */
    entries: z.array(scheduleEntrySchema),
    /** Downloadable original (PDF/DOCX). */
    attachment: mediaSchema.nullable(),
    /** Body whose schedule it is; absent when not populated. */
    get organisation() {
      return organisationBaseSchema.nullable().optional();
    },
  })
  .superRefine((schedule, context) => {
    checkWeek(schedule, context);
    schedule.entries.forEach((entry, index) => {
      if (entry.day < schedule.startDate || entry.day > schedule.endDate) {
        context.addIssue({
          code: 'custom',
          path: ['entries', index, 'day'],
          message: `Ngày ${entry.day} nằm ngoài tuần ${schedule.isoWeek}/${schedule.isoYear} (${schedule.startDate} – ${schedule.endDate}).`,
        });
      }
    });
  });
export type Schedule = z.infer<typeof scheduleSchema>;
