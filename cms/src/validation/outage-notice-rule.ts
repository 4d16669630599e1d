import type { Core } from '@strapi/strapi';
import { addWorkingDays, formatViDate, toVietnamIsoDate } from '@portal/shared-types';
import { FieldProblems } from './field-errors';
import { instantOf, type Row } from './stored-values';

export const OUTAGE_NOTICE_UID = 'api::outage-notice.outage-notice';

/** Nghị định 224/2026: a planned outage is announced at least 7 working days ahead. */
export const OUTAGE_NOTICE_WORKING_DAYS = 7;

const WRITE_ACTIONS = new Set(['create', 'update', 'publish', 'clone']);

/**
 * The earliest day (Vietnam, `YYYY-MM-DD`) a window announced at `announcedAt` may start, and the Vietnamese message
 * refusing an earlier start; null when `startsAt` is late enough.
 */
export function outageNoticeProblem(announcedAt: Date, startsAt: Date): string | null {
  const announced = toVietnamIsoDate(announcedAt);
  const earliest = addWorkingDays(announced, OUTAGE_NOTICE_WORKING_DAYS);
  if (toVietnamIsoDate(startsAt) >= earliest) return null;
  return (
    `Thông báo tạm ngừng phải được đăng trước ít nhất ${OUTAGE_NOTICE_WORKING_DAYS} ngày làm việc: ` +
    `đăng ngày ${formatViDate(announced)} thì thời gian tạm ngừng sớm nhất bắt đầu từ ngày ${formatViDate(earliest)} ` +
    `(không tính thứ Bảy, Chủ nhật và ngày nghỉ lễ, Tết).`
  );
}

async function publishedVersion(strapi: Core.Strapi, documentId: string): Promise<Row | null> {
  return strapi.db.query(OUTAGE_NOTICE_UID).findOne({ where: { documentId, publishedAt: { $notNull: true } } });
}

/**
 * Refuses to publish an outage notice whose window starts fewer than 7 working days (shared-types addWorkingDays:
 * weekends, public holidays, the government's yearly decisions) after the notice was announced, and a window that
 * ends before it starts. `announcedAt` (read-only) is when the current start time was first published: republishing
 * to fix a typo keeps it, moving the start announces anew. Drafts are free to hold anything but an inverted window.
 */
export function registerOutageNoticeRule(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== OUTAGE_NOTICE_UID || !WRITE_ACTIONS.has(context.action)) return next();
    const params = context.params as { data?: Row; documentId?: string; status?: string };
    if (params.data) delete params.data.announcedAt;
    const publishing = context.action === 'publish' || params.status === 'published';
    const before = publishing && params.documentId ? await publishedVersion(strapi, params.documentId) : null;

    return strapi.db.transaction(async () => {
      const result = await next();
      const resultId = (result as { documentId?: string } | null)?.documentId;
      const documentId = context.action === 'clone' ? resultId : (params.documentId ?? resultId);
      if (!documentId) return result;

      const versions: Row[] = await strapi.db.query(OUTAGE_NOTICE_UID).findMany({ where: { documentId } });
      const problems = new FieldProblems();
      const inverted = versions.find((version) => {
        const start = instantOf(version.startsAt);
        const end = instantOf(version.endsAt);
        return start !== null && end !== null && end <= start;
      });
      if (inverted) problems.add(['endsAt'], 'Thời điểm kết thúc tạm ngừng phải sau thời điểm bắt đầu.');

      const published = publishing ? versions.find((version) => version.publishedAt !== null && version.publishedAt !== undefined) : undefined;
      if (published && !inverted) {
        const start = instantOf(published.startsAt);
        const previousStart = before ? instantOf(before.startsAt) : null;
        const previousAnnouncement = before ? instantOf(before.announcedAt) : null;
        const announcedAt =
          previousAnnouncement !== null && previousStart !== null && previousStart === start
            ? previousAnnouncement
            : (instantOf(published.publishedAt) ?? Date.now());
        const problem = start === null ? null : outageNoticeProblem(new Date(announcedAt), new Date(start));
        if (problem) problems.add(['startsAt'], problem);
        else {
          await strapi.db.query(OUTAGE_NOTICE_UID).update({ where: { id: published.id }, data: { announcedAt: new Date(announcedAt) } });
          if (result && typeof result === 'object' && (result as Row).id === published.id) {
            (result as Row).announcedAt = new Date(announcedAt).toISOString();
          }
        }
      }
      problems.throwIfAny();
      return result;
    });
  });
}
