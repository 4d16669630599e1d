/**
 * Deploy to an S3 bucket behind a CDN (docs/deploy.md), beside the local deploy root: each build is uploaded under
 * its own prefix, and only once every file is there the pointer object is switched to it:
 *
 *   <prefix>builds/<id>/…        the files of one build (never changed once uploaded)
 *   <prefix>current.json         {"build": "<id>", "path": "<prefix>builds/<id>/", "previous": [ids]}: the live
 *                                build and the builds that were live before it, newest first (rollback targets)
 *
 * On a platform each unit has its own prefix `units/<slug>/`. A failed upload leaves the pointer where it was; its
 * partial files are never a rollback target (only builds that were live are) and go with the next prune.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { RebuildConfigError } from './config.ts';
import { RollbackError } from './deploy-dir.ts';

export interface RemoteDeploy {
  /** Where builds go, e.g. s3://bucket/units/ha-noi/ */
  readonly location: string;
  /** Uploads every file of the build in `dir` under the build's own prefix; the pointer is not touched. */
  upload(id: string, dir: string): Promise<void>;
  /** Switches the pointer to an uploaded build; the build it named becomes the first rollback target. */
  activate(id: string): Promise<void>;
  /** What the pointer says, or null before the first deploy. */
  pointer(): Promise<Pointer | null>;
  /** Points back at the build that was live before the live one. */
  rollBack(): Promise<{ from: string; to: string }>;
  /** Build prefixes in the bucket (complete or not), oldest first. */
  builds(): Promise<string[]>;
  /** Deletes every build but the live one and the `keep - 1` builds live before it. Returns the deleted ids. */
  prune(keep: number): Promise<string[]>;
}

export interface S3Settings {
  bucket: string;
  endpoint?: string;
  region: string;
  forcePathStyle: boolean;
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

export interface Pointer {
  build: string;
  path: string;
  at: string;
  previous: string[];
}

type Env = Readonly<Record<string, string | undefined>>;

/** DEPLOY_S3_BUCKET and the S3 connection (the CMS upload's variable names), or null when deploys stay local only. */
export function readS3DeploySettings(env: Env = process.env): S3Settings | null {
  const bucket = env.DEPLOY_S3_BUCKET?.trim();
  if (!bucket) return null;
  const endpoint = env.S3_ENDPOINT?.trim();
  if (endpoint && !/^https?:\/\//.test(endpoint)) throw new RebuildConfigError(`S3_ENDPOINT must be an http(s):// URL, got "${endpoint}".`);
  const accessKeyId = env.S3_ACCESS_KEY_ID?.trim();
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY?.trim();
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    throw new RebuildConfigError('Set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither (the SDK then finds credentials itself).');
  }
  return {
    bucket,
    ...(endpoint ? { endpoint } : {}),
    region: env.S3_REGION?.trim() || 'us-east-1',
    forcePathStyle: /^(1|true|yes)$/i.test(env.S3_FORCE_PATH_STYLE?.trim() ?? ''),
    ...(accessKeyId && secretAccessKey ? { credentials: { accessKeyId, secretAccessKey } } : {}),
  };
}

export function s3Client(settings: S3Settings): S3Client {
  return new S3Client({
    region: settings.region,
    forcePathStyle: settings.forcePathStyle,
    ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
    ...(settings.credentials ? { credentials: settings.credentials } : {}),
    // S3-compatible servers (MinIO, Ceph, older gateways) do not all accept the SDK's default checksum trailers.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

/** Every file of a build, following symlinks (a build's `pagefind` may be a link to the index it carries). */
function* filesUnder(dir: string, relative = ''): Generator<string> {
  for (const entry of fs.readdirSync(path.join(dir, relative))) {
    const name = relative === '' ? entry : `${relative}/${entry}`;
    const stat = fs.statSync(path.join(dir, name));
    if (stat.isDirectory()) yield* filesUnder(dir, name);
    else if (stat.isFile()) yield name;
  }
}

/** Files uploaded at once. */
const UPLOADS_AT_ONCE = 8;
const POINTER = 'current.json';
/** Former live builds the pointer remembers (beyond REBUILD_KEEP_BUILDS they are pruned anyway). */
const HISTORY = 20;
const BUILD_ID = /^\d{8}T\d{9}Z(-\d+)?$/;

/** `prefix` is '' for a single site, `units/<slug>/` for a unit of a platform. */
export function s3Deploy(settings: S3Settings, prefix = '', client: S3Client = s3Client(settings)): RemoteDeploy {
  const { bucket } = settings;
  const buildsPrefix = `${prefix}builds/`;

  async function builds(): Promise<string[]> {
    const ids: string[] = [];
    let token: string | undefined;
    do {
      const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: buildsPrefix, Delimiter: '/', ContinuationToken: token }));
      for (const common of page.CommonPrefixes ?? []) {
        const id = common.Prefix?.slice(buildsPrefix.length, -1);
        if (id && BUILD_ID.test(id)) ids.push(id);
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return ids.sort();
  }

  async function pointer(): Promise<Pointer | null> {
    try {
      const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: `${prefix}${POINTER}` }));
      const read = JSON.parse(await object.Body!.transformToString()) as Partial<Pointer>;
      if (typeof read.build !== 'string') return null;
      return { build: read.build, path: `${buildsPrefix}${read.build}/`, at: String(read.at), previous: Array.isArray(read.previous) ? read.previous : [] };
    } catch (error) {
      if ((error as { name?: string }).name === 'NoSuchKey') return null;
      throw error;
    }
  }

  async function writePointer(id: string, previous: string[]): Promise<void> {
    const value: Pointer = { build: id, path: `${buildsPrefix}${id}/`, at: new Date().toISOString(), previous: previous.slice(0, HISTORY) };
    // One PUT replaces the object atomically: a reader gets the old pointer or the new one.
    await client.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: `${prefix}${POINTER}`,
        Body: `${JSON.stringify(value)}\n`,
        ContentType: 'application/json',
        CacheControl: 'no-cache',
      }),
    );
  }

  async function deletePrefix(keyPrefix: string): Promise<void> {
    let token: string | undefined;
    do {
      const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: keyPrefix, ContinuationToken: token }));
      const keys = (page.Contents ?? []).map((object) => ({ Key: object.Key! }));
      if (keys.length > 0) await client.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: keys, Quiet: true } }));
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  return {
    location: `s3://${bucket}/${prefix}`,
    async upload(id, dir) {
      const files = [...filesUnder(dir)];
      let next = 0;
      // A few uploads at once; the first failure stops the others from starting more.
      let failed: unknown = null;
      const worker = async () => {
        while (failed === null && next < files.length) {
          const file = files[next++]!;
          try {
            await client.send(
              new PutObjectCommand({
                Bucket: bucket,
                Key: `${buildsPrefix}${id}/${file}`,
                Body: fs.readFileSync(path.join(dir, file)),
                ContentType: TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
              }),
            );
          } catch (error) {
            failed ??= error;
          }
        }
      };
      await Promise.all(Array.from({ length: UPLOADS_AT_ONCE }, worker));
      if (failed !== null) throw new Error(`Upload of build ${id} to s3://${bucket}/${buildsPrefix}${id}/ failed: ${(failed as Error).message}`);
    },
    async activate(id) {
      const live = await pointer();
      await writePointer(id, live === null ? [] : [live.build, ...live.previous].filter((previous) => previous !== id));
    },
    pointer,
    async rollBack() {
      const live = await pointer();
      if (live === null) throw new RollbackError(`Nothing to roll back: s3://${bucket}/${prefix}${POINTER} does not exist yet.`);
      const [to, ...older] = live.previous;
      if (to === undefined) throw new RollbackError(`Nothing to roll back to: no build was live in s3://${bucket}/${prefix} before ${live.build}.`);
      await writePointer(to, older);
      return { from: live.build, to };
    },
    builds,
    async prune(keep) {
      const live = await pointer();
      if (live === null) return [];
      const kept = new Set([live.build, ...live.previous.slice(0, Math.max(0, keep - 1))]);
      const removable = (await builds()).filter((id) => !kept.has(id));
      for (const id of removable) await deletePrefix(`${buildsPrefix}${id}/`);
      return removable;
    },
  };
}
