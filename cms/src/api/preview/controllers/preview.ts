import type { Core } from '@strapi/strapi';
import type { Context } from '../../engagement/lib/koa';
import { previewSettings } from '../../../preview/preview-url';
import previewService, { isPreviewType, PREVIEW_POPULATE, secretMatches } from '../services/preview';

/** The header the site's preview page sends the secret in; `?secret=` is accepted too (the admin's link). */
export const PREVIEW_SECRET_HEADER = 'x-preview-secret';

const DOCUMENT_ID = /^[A-Za-z0-9]{1,64}$/;

/** Why a preview failed, for the site's page to explain it in Vietnamese (both 404s look alike otherwise). */
export type PreviewFailure = 'previews-off' | 'unauthorized' | 'invalid' | 'not-found';

function fail(ctx: Context, status: number, name: string, message: string, reason: PreviewFailure): void {
  ctx.status = status;
  ctx.body = { data: null, error: { status, name, message, details: { reason } } };
}

/** GET /api/preview/draft?type=<uid>&documentId=<id>: the draft version of one document, for the site's preview page. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async draft(ctx: Context) {
    // Drafts are never cached, by the browser or by any proxy, whatever the answer.
    ctx.set('Cache-Control', 'no-store');
    const { previewSecret } = previewSettings();
    if (previewSecret === null) {
      return fail(ctx, 404, 'NotFoundError', 'Draft previews are off: set PREVIEW_SECRET on the CMS to enable them.', 'previews-off');
    }
    const header = ctx.get(PREVIEW_SECRET_HEADER);
    const query = typeof ctx.query.secret === 'string' ? ctx.query.secret : undefined;
    if (!secretMatches(header !== '' ? header : query, previewSecret)) {
      return fail(
        ctx,
        401,
        'UnauthorizedError',
        'Missing or wrong preview secret: open the preview from the admin preview button, or send the CMS PREVIEW_SECRET in the X-Preview-Secret header.',
        'unauthorized',
      );
    }
    const { type, documentId } = ctx.query;
    if (!isPreviewType(type)) {
      return fail(ctx, 400, 'ValidationError', `type must be one of: ${Object.keys(PREVIEW_POPULATE).join(', ')}.`, 'invalid');
    }
    if (typeof documentId !== 'string' || !DOCUMENT_ID.test(documentId)) {
      return fail(ctx, 400, 'ValidationError', 'documentId must be the documentId of the entry to preview.', 'invalid');
    }
    const draft = await previewService({ strapi }).findDraft(type, documentId);
    if (draft === null) return fail(ctx, 404, 'NotFoundError', 'No draft of this document exists.', 'not-found');
    ctx.body = { data: draft, meta: { type, status: 'draft' } };
  },
});
