import type { Core } from '@strapi/strapi';
import type { Context } from '../lib/koa';
import { siteUrl } from '../lib/config';
import { vietnamDay } from '../lib/day';
import { requestFingerprint } from '../lib/fingerprint';
import { readFields, redirectWithErrors, responseMode, seeOther, sendError, sendFieldErrors } from '../lib/http';
import { fieldError, type FieldError } from '../lib/messages';
import { resolvePublicUnit, unitSiteUrl, type PublicUnit } from '../lib/public-unit';
import { plainText, textLength } from '../lib/text';
import { defaultUnitDocumentId, isPlatformAdmin, unitsOfUser } from '../../../units/unit-access';
import { UNIT_TYPE } from '../../../units/scoped-types';

const VOTE = 'api::satisfaction-vote.satisfaction-vote';
const FIELDS = ['score', 'comment', 'unit', 'website', 'returnTo'] as const;

export const SATISFACTION_MESSAGES = {
  scoreInvalid: 'Vui lòng chọn mức độ hài lòng từ 1 đến 5.',
  commentLength: 'Góp ý không được dài quá 1.000 ký tự.',
  alreadyRated: 'Bạn đã đánh giá cổng thông tin hôm nay. Cảm ơn bạn.',
  thanks: 'Cảm ơn bạn đã đánh giá cổng thông tin.',
} as const;

/**
 * The private satisfaction rating of the portal (Nghị định 224/2026): visitors rate 1–5 with an optional comment, once
 * a day (daily fingerprint); the results are never published — editors read them in the admin and as a summary at
 * GET /api/editor/satisfaction-summary. Same intake, rate limit, honeypot and no-JS redirects as feedback.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async submit(ctx: Context) {
    const mode = responseMode(ctx);
    const { fields, errors } = readFields(ctx, FIELDS);
    const fail = (found: FieldError[], status = 400) =>
      mode === 'form' ? redirectWithErrors(ctx, fields.returnTo, found) : sendFieldErrors(ctx, found, status);
    const succeed = (unit?: PublicUnit) => {
      if (mode === 'form') return seeOther(ctx, `${unit ? unitSiteUrl(unit) : siteUrl()}/cam-on/?loai=hai-long`);
      ctx.status = 201;
      ctx.body = { data: { message: SATISFACTION_MESSAGES.thanks } };
    };
    if ((fields.website ?? '').trim() !== '') return succeed();

    const score = /^[1-5]$/.test((fields.score ?? '').trim()) ? Number(fields.score!.trim()) : NaN;
    if (Number.isNaN(score)) errors.push(fieldError('score', 'diem-khong-hop-le', SATISFACTION_MESSAGES.scoreInvalid));
    const comment = plainText(fields.comment ?? '');
    if (textLength(comment) > 1000) errors.push(fieldError('comment', 'gop-y-do-dai', SATISFACTION_MESSAGES.commentLength));
    const target = await resolvePublicUnit(strapi, ctx, fields.unit);
    errors.push(...target.errors);
    if (errors.length > 0 || !target.unit) return fail(errors);
    const unit = target.unit.documentId;

    // Once a day per visitor and unit: a visitor may rate the province's portal and a commune's on the same day.
    const fingerprint = requestFingerprint(ctx);
    const day = vietnamDay();
    const already = await strapi.db.query(VOTE).count({ where: { clientFingerprint: fingerprint, day, unitDocumentId: unit } });
    if (already > 0) return fail([fieldError('score', 'da-danh-gia', SATISFACTION_MESSAGES.alreadyRated)], 409);
    await strapi.documents(VOTE).create({ data: { score, comment: comment || null, day, clientFingerprint: fingerprint, unit } as never });
    return succeed(target.unit);
  },

  /**
   * For editors: number of votes, average and distribution, overall and over the last 30 days, of one unit (`?unit=`
   * slug; by default the editor's only unit, or the default unit for a platform administrator). An editor reads only
   * the units they edit.
   */
  async summary(ctx: Context) {
    const user = ctx.state.adminUser as { id: number; roles?: Array<{ code?: string }> };
    const own = new Set(await unitsOfUser(strapi, user.id));
    const platform = isPlatformAdmin(user);
    const slug = typeof ctx.query.unit === 'string' ? ctx.query.unit.trim() : '';
    let unit: { documentId: string; slug: string; name: string } | null = null;
    if (slug !== '') {
      unit = await strapi.db.query(UNIT_TYPE as never).findOne({ where: { slug }, select: ['documentId', 'slug', 'name'] });
      if (!unit) return sendError(ctx, 404, 'NotFoundError', `Không tìm thấy đơn vị “${slug.slice(0, 100)}”.`);
    } else if (own.size === 1) {
      unit = await strapi.db.query(UNIT_TYPE as never).findOne({ where: { documentId: [...own][0] }, select: ['documentId', 'slug', 'name'] });
    } else if (platform) {
      const documentId = await defaultUnitDocumentId(strapi);
      unit = documentId ? await strapi.db.query(UNIT_TYPE as never).findOne({ where: { documentId }, select: ['documentId', 'slug', 'name'] }) : null;
    }
    if (!unit) return sendError(ctx, 400, 'ValidationError', 'Chọn đơn vị cần xem: ?unit=<đường dẫn của đơn vị>.');
    if (!platform && !own.has(unit.documentId)) return sendError(ctx, 403, 'ForbiddenError', 'Bạn chỉ được xem đánh giá của đơn vị mình.');
    const rows = (await strapi.db.query(VOTE).findMany({ where: { unitDocumentId: unit.documentId }, select: ['score', 'day'] })) as Array<{
      score: number;
      day: string;
    }>;
    const since = vietnamDay(new Date(Date.now() - 30 * 86_400_000));
    const summarize = (votes: Array<{ score: number }>) => ({
      votes: votes.length,
      average: votes.length === 0 ? null : Math.round((votes.reduce((sum, vote) => sum + vote.score, 0) / votes.length) * 10) / 10,
      distribution: Object.fromEntries([1, 2, 3, 4, 5].map((score) => [score, votes.filter((vote) => vote.score === score).length])),
    });
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data: { unit: { slug: unit.slug, name: unit.name }, all: summarize(rows), last30Days: summarize(rows.filter((row) => String(row.day).slice(0, 10) >= since)) }, meta: {} };
  },
});
