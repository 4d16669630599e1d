/** Calendar days in Vietnam (UTC+7 all year, no daylight saving): the buckets of the counters and of the fingerprint. */

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** "YYYY-MM-DD" of the instant in Asia/Ho_Chi_Minh. */
export function vietnamDay(instant: Date = new Date()): string {
  return new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** "dd/mm/yyyy HH:mm" in Asia/Ho_Chi_Minh, as Vietnamese readers write it. */
export function formatVietnamDateTime(instant: Date): string {
  const iso = new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString();
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)} ${iso.slice(11, 16)}`;
}
