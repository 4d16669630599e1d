import type { Core } from '@strapi/strapi';
import { formatViDate } from '@portal/shared-types';
import type { Context } from '../lib/koa';
import { requestFingerprint } from '../lib/fingerprint';
import { readFields, responseMode, returnUrl, seeOther, sendFieldErrors } from '../lib/http';
import { INFORMATION_REQUEST_FIELDS, REQUEST_MESSAGES, storeInformationRequest, validateInformationRequest } from '../lib/information-request';
import type { FieldError } from '../lib/messages';
import { resolvePublicUnit, unitSiteUrl } from '../lib/public-unit';

/** Where a no-JS request form lands once stored: the site's receipt page, which shows the reference number. */
export const RECEIPT_PATH = '/tiep-can-thong-tin/da-tiep-nhan/';

/**
 * Requests for information (Luật Tiếp cận thông tin; Nghị định 13/2018 Điều 11): the same intake checks, rate limit,
 * honeypot, fingerprint and no-JS redirects as reader feedback; the requester gets a reference number and the legal
 * deadline, editors handle the request in the admin.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async submit(ctx: Context) {
    const mode = responseMode(ctx);
    const { fields, errors: shapeErrors } = readFields(ctx, INFORMATION_REQUEST_FIELDS);
    const fail = (errors: FieldError[]) => {
      if (mode === 'json') return sendFieldErrors(ctx, errors);
      const url = returnUrl(ctx, fields.returnTo);
      url.searchParams.set('loi', [...new Set(errors.map((error) => error.code))].join(','));
      url.hash = 'yeu-cau';
      return seeOther(ctx, url);
    };

    // A robot filling the honeypot is told nothing useful: a 204 / the form page again, and nothing is stored.
    if ((fields.website ?? '').trim() !== '') {
      if (mode === 'form') return seeOther(ctx, returnUrl(ctx, fields.returnTo));
      ctx.status = 204;
      return;
    }
    if (shapeErrors.length > 0) return fail(shapeErrors);
    const { value, errors } = validateInformationRequest(fields);
    const target = await resolvePublicUnit(strapi, ctx, fields.unit);
    if (!value || !target.unit) return fail([...errors, ...target.errors]);

    const stored = await storeInformationRequest(strapi, value, requestFingerprint(ctx), target.unit.documentId);
    if (mode === 'form') {
      return seeOther(ctx, `${unitSiteUrl(target.unit)}${RECEIPT_PATH}?so=${encodeURIComponent(stored.referenceNumber)}&han=${stored.dueDate}`);
    }
    ctx.status = 201;
    ctx.body = { data: { ...stored, message: REQUEST_MESSAGES.thanks(stored.referenceNumber, formatViDate(stored.dueDate)) } };
  },
});
