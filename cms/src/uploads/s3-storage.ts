/**
 * Uploads in S3-compatible object storage (AWS S3, MinIO, Ceph, s3rver in development) through Strapi's maintained
 * provider, @strapi/provider-upload-aws-s3, when S3_ENDPOINT and S3_BUCKET are set; otherwise Strapi's local provider
 * (files under <public>/uploads). Several CMS instances, on one machine or many, then share one media library.
 */

export interface S3Settings {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string | undefined;
  secretAccessKey: string | undefined;
  forcePathStyle: boolean;
  /** Base URL the stored files are served from (S3_PUBLIC_URL, e.g. a CDN), without a trailing slash. */
  publicUrl: string;
}

type Env = Record<string, string | undefined>;

function absoluteHttpUrl(name: string, raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${name} must be an absolute http(s) URL, got "${raw}".`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`${name} must be an http(s) URL, got "${raw}".`);
  return url;
}

/** The S3 settings of the environment, or undefined when uploads stay on the local disk (no S3_ENDPOINT). */
export function readS3Settings(env: Env = process.env): S3Settings | undefined {
  const endpoint = env.S3_ENDPOINT?.trim();
  if (!endpoint) return undefined;
  const bucket = env.S3_BUCKET?.trim();
  if (!bucket) throw new Error('S3_ENDPOINT is set but S3_BUCKET is not: name the bucket uploads go to.');
  const endpointUrl = absoluteHttpUrl('S3_ENDPOINT', endpoint);
  const pathStyleRaw = env.S3_FORCE_PATH_STYLE?.trim().toLowerCase();
  if (pathStyleRaw && pathStyleRaw !== 'true' && pathStyleRaw !== 'false') {
    throw new Error(`S3_FORCE_PATH_STYLE must be true or false, got "${env.S3_FORCE_PATH_STYLE}".`);
  }
  const forcePathStyle = pathStyleRaw !== 'false';
  const base = endpointUrl.href.replace(/\/+$/, '');
  // Without S3_PUBLIC_URL, files are served by the endpoint itself, addressed as the client addresses them.
  const publicUrl = env.S3_PUBLIC_URL?.trim()
    ? absoluteHttpUrl('S3_PUBLIC_URL', env.S3_PUBLIC_URL.trim()).href.replace(/\/+$/, '')
    : forcePathStyle
      ? `${base}/${bucket}`
      : `${endpointUrl.protocol}//${bucket}.${endpointUrl.host}${endpointUrl.pathname.replace(/\/+$/, '')}`;
  return {
    endpoint: base,
    bucket,
    region: env.S3_REGION?.trim() || 'us-east-1',
    accessKeyId: env.S3_ACCESS_KEY_ID?.trim() || undefined,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY?.trim() || undefined,
    forcePathStyle,
    publicUrl,
  };
}

/** The upload plugin's config for the S3 provider. */
export function s3UploadConfig(settings: S3Settings) {
  return {
    provider: 'aws-s3',
    providerOptions: {
      // Stored URLs are absolute under the public base, so pages and the admin load them from S3 (or the CDN).
      baseUrl: settings.publicUrl,
      s3Options: {
        endpoint: settings.endpoint,
        region: settings.region,
        forcePathStyle: settings.forcePathStyle,
        ...(settings.accessKeyId && settings.secretAccessKey
          ? { credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey } }
          : {}),
        params: { Bucket: settings.bucket },
      },
    },
  };
}

/** The origin the admin loads uploaded images and media from, for its Content-Security-Policy. */
export function s3PublicOrigin(settings: S3Settings): string {
  return new URL(settings.publicUrl).origin;
}

/**
 * Whether an error is the object storage being unreachable or failing (not a refused request): a network error or
 * a 5xx from the AWS SDK, which marks every error it throws with `$metadata`.
 */
export function isStorageUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('$metadata' in error)) return false;
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  return status === undefined || status >= 500;
}
