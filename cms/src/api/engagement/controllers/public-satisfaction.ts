import type { Core } from '@strapi/strapi';
import type { Context } from '../lib/koa';
import { siteUrl } from '../lib/config';
import { vietnamDay } from '../lib/day';
import { requestFingerprint } from '../lib/fingerprint';
import { readFields, redirectWithErrors, responseMode, seeOther, sendFieldErrors } from '../lib/http';
import { fieldError, type FieldError } from '../lib/messages';
import { plainText, textLength } from '../lib/text';

const VOTE = 'api::satisfaction-vote.satisfaction-vote';
const FIELDS = ['score', 'comment', 'website', 'returnTo'] as const;

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
    const succeed = () => {
      if (mode === 'form') return seeOther(ctx, `${siteUrl()}/cam-on/?loai=hai-long`);
      ctx.status = 201;
      ctx.body = { data: { message: SATISFACTION_MESSAGES.thanks } };
    };
    if ((fields.website ?? '').trim() !== '') return succeed();

    const score = /^[1-5]$/.test((fields.score ?? '').trim()) ? Number(fields.score!.trim()) : NaN;
    if (Number.isNaN(score)) errors.push(fieldError('score', 'diem-khong-hop-le', SATISFACTION_MESSAGES.scoreInvalid));
    const comment = plainText(fields.comment ?? '');
    if (textLength(comment) > 1000) errors.push(fieldError('comment', 'gop-y-do-dai', SATISFACTION_MESSAGES.commentLength));
    if (errors.length > 0) return fail(errors);

    const fingerprint = requestFingerprint(ctx);
    const day = vietnamDay();
    const already = await strapi.db.query(VOTE).count({ where: { clientFingerprint: fingerprint, day } });
    if (already > 0) return fail([fieldError('score', 'da-danh-gia', SATISFACTION_MESSAGES.alreadyRated)], 409);
    await strapi.documents(VOTE).create({ data: { score, comment: comment || null, day, clientFingerprint: fingerprint } as never });
    return succeed();
  },

  /** For editors: number of votes, average and distribution, overall and over the last 30 days. */
  async summary(ctx: Context) {
    const rows = (await strapi.db.query(VOTE).findMany({ select: ['score', 'day'] })) as Array<{ score: number; day: string }>;
    const since = vietnamDay(new Date(Date.now() - 30 * 86_400_000));
    const summarize = (votes: Array<{ score: number }>) => ({
      votes: votes.length,
      average: votes.length === 0 ? null : Math.round((votes.reduce((sum, vote) => sum + vote.score, 0) / votes.length) * 10) / 10,
      distribution: Object.fromEntries([1, 2, 3, 4, 5].map((score) => [score, votes.filter((vote) => vote.score === score).length])),
    });
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data: { all: summarize(rows), last30Days: summarize(rows.filter((row) => String(row.day).slice(0, 10) >= since)) }, meta: {} };
  },
});
