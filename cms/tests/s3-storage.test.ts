import { describe, expect, it } from 'vitest';
import { isStorageUnavailable, readS3Settings, s3PublicOrigin, s3UploadConfig } from '../src/uploads/s3-storage';

/** How S3_* variables become the upload provider's settings (no CMS needed). */
describe('S3 upload settings', () => {
  it('keeps uploads on the local disk without S3_ENDPOINT', () => {
    expect(readS3Settings({ S3_BUCKET: 'media' })).toBeUndefined();
  });

  it('serves files path-style from the endpoint by default', () => {
    const settings = readS3Settings({ S3_ENDPOINT: 'http://127.0.0.1:4569/', S3_BUCKET: 'media', S3_ACCESS_KEY_ID: 'k', S3_SECRET_ACCESS_KEY: 's' })!;
    expect(settings).toMatchObject({ endpoint: 'http://127.0.0.1:4569', region: 'us-east-1', forcePathStyle: true, publicUrl: 'http://127.0.0.1:4569/media' });
    const config = s3UploadConfig(settings);
    expect(config.provider).toBe('aws-s3');
    expect(config.providerOptions.baseUrl).toBe('http://127.0.0.1:4569/media');
    expect(config.providerOptions.s3Options).toMatchObject({ credentials: { accessKeyId: 'k', secretAccessKey: 's' }, params: { Bucket: 'media' } });
    expect(s3PublicOrigin(settings)).toBe('http://127.0.0.1:4569');
  });

  it('uses virtual-hosted URLs without path style, and S3_PUBLIC_URL (a CDN) over both', () => {
    const env = { S3_ENDPOINT: 'https://s3.example.vn', S3_BUCKET: 'media', S3_FORCE_PATH_STYLE: 'false', S3_REGION: 'hn-1' };
    expect(readS3Settings(env)).toMatchObject({ forcePathStyle: false, region: 'hn-1', publicUrl: 'https://media.s3.example.vn' });
    const cdn = readS3Settings({ ...env, S3_PUBLIC_URL: 'https://cdn.example.vn/media/' })!;
    expect(cdn.publicUrl).toBe('https://cdn.example.vn/media');
    expect(s3PublicOrigin(cdn)).toBe('https://cdn.example.vn');
  });

  it('stops on settings that cannot work', () => {
    expect(() => readS3Settings({ S3_ENDPOINT: 'http://127.0.0.1:4569' })).toThrow(/S3_BUCKET/);
    expect(() => readS3Settings({ S3_ENDPOINT: '127.0.0.1:4569', S3_BUCKET: 'media' })).toThrow(/S3_ENDPOINT/);
    expect(() => readS3Settings({ S3_ENDPOINT: 'http://h', S3_BUCKET: 'media', S3_FORCE_PATH_STYLE: 'yes' })).toThrow(/S3_FORCE_PATH_STYLE/);
  });

  it('tells an unreachable or failing storage from a refused request', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED', $metadata: { attempts: 3 } });
    expect(isStorageUnavailable(refused)).toBe(true);
    expect(isStorageUnavailable(Object.assign(new Error('SlowDown'), { $metadata: { httpStatusCode: 503 } }))).toBe(true);
    expect(isStorageUnavailable(Object.assign(new Error('AccessDenied'), { $metadata: { httpStatusCode: 403 } }))).toBe(false);
    expect(isStorageUnavailable(new Error('File is not a valid image'))).toBe(false);
  });
});
