import fs from 'node:fs';
import S3rver from 's3rver';

/** s3rver's fixed credentials: it accepts requests signed with these only. */
const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;

export interface LocalS3 {
  /** The endpoint, e.g. http://127.0.0.1:4569 (path-style: files are served at <endpoint>/<bucket>/<key>). */
  endpoint: string;
  bucket: string;
  /** The CMS's S3_* settings for this server. */
  env: Record<string, string>;
  /** Starts the server again on the same port and directory (after stop()). */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * An S3-compatible server for development and tests (s3rver, in this process), keeping its objects under `dir` and
 * with `bucket` created. Not for production: any real S3, MinIO or Ceph endpoint goes in S3_ENDPOINT instead.
 */
export async function startLocalS3(options: { host: string; port: number; dir: string; bucket: string }): Promise<LocalS3> {
  fs.mkdirSync(options.dir, { recursive: true });
  const endpoint = `http://${options.host}:${options.port}`;
  let server: S3rver | null = null;
  const start = async () => {
    if (server) return;
    const next = new S3rver({
      address: options.host,
      port: options.port,
      directory: options.dir,
      silent: true,
      configureBuckets: [{ name: options.bucket }],
    });
    await next.run();
    server = next;
  };
  await start();
  return {
    endpoint,
    bucket: options.bucket,
    env: {
      S3_ENDPOINT: endpoint,
      S3_BUCKET: options.bucket,
      S3_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
      S3_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
      S3_FORCE_PATH_STYLE: 'true',
    },
    start,
    async stop() {
      const current = server;
      server = null;
      if (!current) return;
      const closed = current.close();
      // As an outage does: the SDK's kept-alive connections end now, not when they idle out.
      current.httpServer?.closeAllConnections();
      await closed;
    },
  };
}
