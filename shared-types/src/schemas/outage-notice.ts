/** Thông báo tạm ngừng: a planned outage of the portal, announced at least 7 working days ahead (Nghị định 224/2026). */

import { z } from 'zod';
import { isoDateTimeSchema, requiredTextSchema, strapiEntryFields } from './common.js';

export const outageNoticeSchema = z
  .object({
    ...strapiEntryFields,
    /** Title, e.g. "Tạm ngừng cổng thông tin để nâng cấp hệ thống". */
    title: requiredTextSchema,
    /** The notice shown to visitors. */
    message: requiredTextSchema,
    /** Start and end of the outage window. */
    startsAt: isoDateTimeSchema,
    endsAt: isoDateTimeSchema,
    /** Derived: when the current start time was first published (the CMS checks the 7 working days from it). */
    announcedAt: isoDateTimeSchema.nullable().optional(),
  })
  .refine((notice) => Date.parse(notice.endsAt) > Date.parse(notice.startsAt), {
    message: 'Thời điểm kết thúc tạm ngừng phải sau thời điểm bắt đầu.',
    path: ['endsAt'],
  });
export type OutageNotice = z.infer<typeof outageNoticeSchema>;

/** Whether a notice is still to be shown at `now`: from its publication until its window ends. */
export function isOutageNoticeCurrent(notice: Pick<OutageNotice, 'endsAt'>, now: Date = new Date()): boolean {
  return Date.parse(notice.endsAt) > now.getTime();
}
