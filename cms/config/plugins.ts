import type { Core } from '@strapi/strapi';
import { requiredSecret } from '../src/env/secrets';
import { readS3Settings, s3UploadConfig } from '../src/uploads/s3-storage';

export default (): Core.Config.Plugin => {
  // S3_ENDPOINT and S3_BUCKET: uploads in S3-compatible storage, shared by every instance; else the local disk.
  const s3 = readS3Settings();
  return {
    'users-permissions': {
      config: { jwtSecret: requiredSecret('JWT_SECRET') },
    },
    ...(s3 ? { upload: { config: s3UploadConfig(s3) } } : {}),
  };
};
