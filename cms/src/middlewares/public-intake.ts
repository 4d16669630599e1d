import type { Core } from '@strapi/strapi';
import { publicBodyLimit } from '../api/engagement/lib/config';
import { MESSAGES } from '../api/engagement/lib/messages';

/** Body types each public write route accepts; the beacons also take text/plain (navigator.sendBeacon's default). */
const ACCEPTED: Record<string, readonly string[]> = {
  '/api/public/feedback': ['application/x-www-form-urlencoded', 'application/json'],
  '/api/public/ratings': ['application/x-www-form-urlencoded', 'application/json'],
  '/api/public/information-requests': ['application/x-www-form-urlencoded', 'application/json'],
  '/api/public/satisfaction': ['application/x-www-form-urlencoded', 'application/json'],
  '/api/public/views': ['application/x-www-form-urlencoded', 'application/json', 'text/plain'],
  '/api/public/downloads': ['application/x-www-form-urlencoded', 'application/json', 'text/plain'],
};

/**
 * Guards the public write routes before the body is parsed: only the expected content types (415), a declared
 * length (411) no larger than PUBLIC_BODY_LIMIT (413). Multipart is never accepted, so visitors cannot upload files.
 */
const publicIntake: Core.MiddlewareFactory = () => {
  const limit = publicBodyLimit();
  return async (ctx, next) => {
    const accepted = ctx.method === 'POST' ? ACCEPTED[ctx.path.replace(/\/+$/, '')] : undefined;
    if (!accepted) return next();
    const fail = (status: number, name: string, message: string) => {
      ctx.status = status;
      ctx.body = { data: null, error: { status, name, message, details: {} } };
    };
    if (!ctx.is(...accepted)) return fail(415, 'UnsupportedMediaTypeError', MESSAGES.unsupportedType);
    const length = ctx.request.length;
    if (length === undefined) return fail(411, 'LengthRequiredError', MESSAGES.lengthRequired);
    if (length > limit) return fail(413, 'PayloadTooLargeError', MESSAGES.bodyTooLarge(limit));
    return next();
  };
};

export default publicIntake;
