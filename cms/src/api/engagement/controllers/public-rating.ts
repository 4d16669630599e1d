import type { Core } from '@strapi/strapi';
import type { Context } from '../lib/koa';
import { requestFingerprint } from '../lib/fingerprint';
import { intParam, readFields, redirectWithErrors, responseMode, seeOther, sendError, sendFieldErrors, stringParam, thankYouUrl } from '../lib/http';
import { ERROR_CODES, fieldError, MESSAGES, type FieldError } from '../lib/messages';
import { pageSiteBase } from '../lib/public-unit';
import { castVote, listRatings, ratingOf } from '../lib/ratings';
import { findPublishedArticle } from '../lib/targets';

const RATING_FIELDS = ['article', 'score', 'returnTo'] as const;

/** Article ratings 1–5: one vote per visitor, article and day; aggregates per article. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async submit(ctx: Context) {
    const mode = responseMode(ctx);
    const { fields, errors } = readFields(ctx, RATING_FIELDS);
    const fail = (found: FieldError[], status = 400) =>
      mode === 'form' ? redirectWithErrors(ctx, fields.returnTo, found) : sendFieldErrors(ctx, found, status);

    const key = (fields.article ?? '').trim();
    if (key === '') errors.push(fieldError('article', ERROR_CODES.targetMissing, MESSAGES.articleMissing));
    const score = /^[1-5]$/.test((fields.score ?? '').trim()) ? Number(fields.score!.trim()) : NaN;
    if (Number.isNaN(score)) errors.push(fieldError('score', ERROR_CODES.scoreInvalid, MESSAGES.scoreInvalid));
    if (errors.length > 0) return fail(errors);

    const article = await findPublishedArticle(strapi, key);
    if (!article) return fail([fieldError('article', ERROR_CODES.notFound, MESSAGES.articleNotFoundForRating)]);

    const outcome = await castVote(strapi, article.documentId, score, requestFingerprint(ctx));
    if (outcome === 'duplicate') return fail([fieldError('article', ERROR_CODES.alreadyRated, MESSAGES.alreadyRated)], 409);
    if (mode === 'form') return seeOther(ctx, thankYouUrl(ctx, 'danh-gia', await pageSiteBase(strapi, ctx)));
    ctx.status = 201;
    ctx.body = { data: { ...(await ratingOf(strapi, article.documentId)), message: MESSAGES.ratingThanks } };
  },

  async find(ctx: Context) {
    const key = stringParam(ctx.query.article);
    if (key === undefined) {
      ctx.body = await listRatings(strapi, intParam(ctx.query.page, 1, 100_000), intParam(ctx.query.pageSize, 100, 100));
      return;
    }
    const article = await findPublishedArticle(strapi, key);
    if (!article) return sendError(ctx, 404, 'NotFoundError', MESSAGES.articleNotFoundForRating);
    ctx.body = { data: await ratingOf(strapi, article.documentId), meta: {} };
  },
});
