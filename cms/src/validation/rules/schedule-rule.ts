import { formatViDate, isoWeekRange, isValidIsoWeek } from '@portal/shared-types';
import { isoDateOf, numberOf, rowsOf } from '../stored-values';
import type { ContentRule } from './content-rule';

export const scheduleRule: ContentRule = {
  uid: 'api::schedule.schedule',
  derivedAttributes: ['startDate', 'endDate'],
  populate: { entries: true },
  checkInput(data) {
    // Strapi's `time` wants "HH:mm:ss.SSS"; people (and the seed) write "07:30".
    for (const entry of rowsOf(data.entries)) {
      if (typeof entry.time === 'string' && /^\d{2}:\d{2}$/.test(entry.time)) entry.time = `${entry.time}:00.000`;
    }
  },
  derive(version, { problems }) {
    const year = numberOf(version.isoYear) ?? Number.NaN;
    const week = numberOf(version.isoWeek) ?? Number.NaN;
    if (!isValidIsoWeek(year, week)) {
      // isoWeekRange explains in Vietnamese which week does not exist.
      let message = `Tuần ${String(version.isoWeek)} của năm ${String(version.isoYear)} không tồn tại.`;
      try {
        isoWeekRange(year, week);
      } catch (error) {
        if (error instanceof RangeError) message = error.message;
      }
      problems.add(['isoWeek'], message);
      return { entry: {}, components: [] };
    }
    const { start, end } = isoWeekRange(year, week);
    rowsOf(version.entries).forEach((entry, index) => {
      const day = isoDateOf(entry.day);
      if (day !== null && (day < start || day > end)) {
        problems.add(
          ['entries', index, 'day'],
          `Ngày ${formatViDate(day)} nằm ngoài tuần ${week}/${year} (từ ${formatViDate(start)} đến ${formatViDate(end)}).`,
        );
      }
    });
    return { entry: { startDate: start, endDate: end }, components: [] };
  },
};
