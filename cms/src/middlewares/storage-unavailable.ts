import type { Core } from '@strapi/strapi';
import { sendError } from '../api/engagement/lib/http';
import { UNAVAILABLE_RETRY_SECONDS } from '../api/engagement/lib/unavailable';
import { isStorageUnavailable } from '../uploads/s3-storage';

/** Shown to the editor whose upload (or deletion) could not reach the object storage. */
export const STORAGE_UNAVAILABLE_MESSAGE = `Kho lưu trữ tệp tạm thời không truy cập được nên tệp chưa được lưu. Vui lòng thử lại sau ${UNAVAILABLE_RETRY_SECONDS} giây.`;

/**
 * With uploads in S3: an upload, replacement or deletion that fails because the object storage is down answers 503
 * with Retry-After instead of Strapi's 500 (nothing was written to the database: the provider runs first). Reading
 * published content never touches the storage, so it goes on; the SDK connects again on the next request.
 */
const storageUnavailable: Core.MiddlewareFactory = (_config, { strapi }) => {
  return async (ctx, next) => {
    try {
      await next();
    } catch (error) {
      if (!isStorageUnavailable(error)) throw error;
      strapi.log.error(`Object storage unavailable during ${ctx.method} ${ctx.path}: ${String(error)}`);
      ctx.set('Retry-After', String(UNAVAILABLE_RETRY_SECONDS));
      sendError(ctx, 503, 'ServiceUnavailableError', STORAGE_UNAVAILABLE_MESSAGE, { retryAfterSeconds: UNAVAILABLE_RETRY_SECONDS });
    }
  };
};

export default storageUnavailable;
