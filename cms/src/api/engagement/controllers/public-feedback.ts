import type { Core } from '@strapi/strapi';
import type { Context } from '../lib/koa';
import { readableQuery, type ReadQuery } from '../lib/admin-auth';
import { exportDocumentFeedback, exportFeedbackList, type ExportedFile } from '../lib/feedback-export';
import { FEEDBACK_FIELDS, listApprovedFeedback, resolveFeedbackTarget, storeFeedback, validateFeedbackFields, type ResolvedTarget } from '../lib/feedback';
import { requestFingerprint } from '../lib/fingerprint';
import { intParam, readFields, redirectWithErrors, responseMode, seeOther, sendError, sendFieldErrors, stringParam, thankYouUrl } from '../lib/http';
import { MESSAGES, type FieldError } from '../lib/messages';
import { pageSiteBase } from '../lib/public-unit';
import { findPublishedArticle, findPublishedDocument } from '../lib/targets';

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reader feedback and comments on drafts: POST stores a pending entry, GET lists approved ones, export gives editors CSV or Excel. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async submit(ctx: Context) {
    const mode = responseMode(ctx);
    const { fields, errors: shapeErrors } = readFields(ctx, FEEDBACK_FIELDS);
    const fail = (errors: FieldError[]) =>
      mode === 'form' ? redirectWithErrors(ctx, fields.returnTo, errors) : sendFieldErrors(ctx, errors);
    const succeed = async () => {
      if (mode === 'form') return seeOther(ctx, thankYouUrl(ctx, 'y-kien', await pageSiteBase(strapi, ctx)));
      ctx.status = 201;
      ctx.body = { data: { moderation: 'pending', message: MESSAGES.feedbackThanks } };
    };

    // A filled honeypot is a robot: it is told the comment was received, and nothing is stored.
    if ((fields.website ?? '').trim() !== '') return succeed();
    if (shapeErrors.length > 0) return fail(shapeErrors);

    const { value, errors } = validateFeedbackFields(fields);
    if (!value) return fail(errors);
    const resolved = await resolveFeedbackTarget(strapi, value);
    if (!resolved.target) return fail(resolved.errors);

    await storeFeedback(strapi, value, resolved.target, requestFingerprint(ctx));
    return succeed();
  },

  async list(ctx: Context) {
    const key = stringParam(ctx.query.target);
    const targetType = stringParam(ctx.query.targetType) ?? 'article';
    if (targetType !== 'article' && targetType !== 'document') {
      return sendError(ctx, 400, 'ValidationError', MESSAGES.targetTypeInvalid);
    }
    let target: ResolvedTarget | undefined;
    if (key !== undefined) {
      const found = targetType === 'article' ? await findPublishedArticle(strapi, key) : await findPublishedDocument(strapi, key);
      if (!found) {
        return sendError(ctx, 404, 'NotFoundError', targetType === 'article' ? MESSAGES.articleNotFound : MESSAGES.documentNotFound);
      }
      target = { targetType, documentId: found.documentId };
    }
    ctx.body = await listApprovedFeedback(strapi, {
      target,
      page: intParam(ctx.query.page, 1, 100_000),
      pageSize: intParam(ctx.query.pageSize, 25, 100),
    });
  },

  /**
   * ?document=<slug or documentId>: every comment on a draft, grouped by section. Without it: the feedback list with
   * the admin list view's filters, search and sort (?filters[...]&_q&sort). Both confined to what the editor may read.
   */
  async exportCsv(ctx: Context) {
    const format = stringParam(ctx.query.format) ?? 'csv';
    if (format !== 'csv' && format !== 'xlsx') return sendError(ctx, 400, 'ValidationError', 'format must be csv or xlsx.');
    const confine = (model: string, query: ReadQuery) => readableQuery(strapi, ctx, model, query);
    const key = stringParam(ctx.query.document);
    let exported: ExportedFile | null;
    if (key !== undefined) {
      exported = await exportDocumentFeedback(strapi, key, format, confine);
      if (!exported) return sendError(ctx, 404, 'NotFoundError', `No document "${key}".`);
    } else {
      const { filters, _q, sort } = ctx.query as Record<string, unknown>;
      if ((filters !== undefined && !isPlainObject(filters)) || (_q !== undefined && typeof _q !== 'string')) {
        return sendError(ctx, 400, 'ValidationError', 'filters must be an object and _q a string, as the admin list view sends them.');
      }
      exported = await exportFeedbackList(strapi, { filters: filters as ReadQuery['filters'], _q: stringParam(_q), sort }, format, confine);
      if (!exported) return sendError(ctx, 403, 'ForbiddenError', 'This admin account may not read feedback.');
    }
    ctx.set('Content-Disposition', `attachment; filename="${exported.filename}"`);
    ctx.set('Cache-Control', 'no-store');
    ctx.type = exported.type;
    ctx.body = exported.body;
  },
});
