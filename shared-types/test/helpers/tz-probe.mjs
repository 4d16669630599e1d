// Run by compiled-output.test.ts in a child process with a given TZ: imports the compiled library (path in argv[2])
// and prints, as JSON, what the date helpers give, plus the process's own UTC offset to prove TZ took effect.
import { pathToFileURL } from 'node:url';

const lib = await import(pathToFileURL(process.argv[2]).href);
const result = {
  machineOffsetMinutes: new Date('2021-04-28T10:20:00Z').getTimezoneOffset(),
  articleDate: lib.formatViDate('2021-04-28T10:20:00.000Z', { time: true }),
  pageTime: lib.formatViDate(new Date(Date.UTC(2020, 3, 5, 22, 1)), { time: true, weekday: true }),
  vietnamMidnight: lib.formatViDate(new Date(Date.UTC(2021, 3, 27, 17, 0)), { time: true }),
  dateOnly: lib.formatViDate('2020-04-06', { weekday: true }),
  wallClock: lib.formatViDate('2021-04-28T17:20', { time: true }),
  newYear: lib.toVietnamIsoDate(new Date(Date.UTC(2020, 11, 31, 17, 30))),
  week: lib.isoWeekOf('2020-07-12T20:00:00Z'),
  weekRange: lib.isoWeekRange(2020, 29),
};
process.stdout.write(JSON.stringify(result));
