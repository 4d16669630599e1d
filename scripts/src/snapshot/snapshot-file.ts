/**
 * A snapshot of the CMS's public read API as the site build sees it: every response the site's loaders received in
 * a full load, keyed by path and query, plus the uploaded files those responses reference. Replaying it under the
 * same URLs lets the unchanged loader code build the site with no CMS running.
 */
import fs from 'node:fs';
import { writeFileAtomic } from '../atomic-file.ts';

export const SNAPSHOT_FORMAT = 'portal-cms-snapshot';
export const SNAPSHOT_VERSION = 1;

export interface RecordedResponse {
  status: number;
  contentType: string;
  body: string;
}

export interface RecordedFile {
  contentType: string;
  /** The file's bytes, base64. */
  base64: string;
}

export interface Snapshot {
  format: typeof SNAPSHOT_FORMAT;
  version: typeof SNAPSHOT_VERSION;
  /** ISO time of the export. */
  createdAt: string;
  /** The CMS the snapshot was taken from; the default public base of media URLs in a build from it. */
  cmsUrl: string;
  /** API responses by path + query, e.g. "/api/articles?populate[category]=true&pagination[page]=1". */
  responses: Record<string, RecordedResponse>;
  /** Uploaded files by path, e.g. "/uploads/anh_1234.jpg". */
  files: Record<string, RecordedFile>;
}

export class SnapshotFileError extends Error {
  override readonly name = 'SnapshotFileError';
}

export function writeSnapshot(file: string, snapshot: Snapshot): void {
  writeFileAtomic(file, JSON.stringify(snapshot));
}

export function readSnapshot(file: string): Snapshot {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (cause) {
    throw new SnapshotFileError(`Cannot read the snapshot ${file}: ${(cause as Error).message}`, { cause });
  }
  const candidate = parsed as Partial<Snapshot> | null;
  if (candidate?.format !== SNAPSHOT_FORMAT || candidate.version !== SNAPSHOT_VERSION) {
    throw new SnapshotFileError(`${file} is not a portal CMS snapshot (format ${SNAPSHOT_FORMAT} v${SNAPSHOT_VERSION}).`);
  }
  if (typeof candidate.responses !== 'object' || Object.keys(candidate.responses ?? {}).length === 0) {
    throw new SnapshotFileError(`${file} holds no API responses; export it again with \`pnpm run snapshot:export\`.`);
  }
  return candidate as Snapshot;
}

/** Paths of uploaded files referenced in API bodies: relative "/uploads/…" or absolute under the CMS URL. */
export function referencedUploads(bodies: Iterable<string>, cmsUrl: string): string[] {
  const found = new Set<string>();
  const prefix = cmsUrl.replace(/\/+$/, '');
  for (const body of bodies) {
    for (const match of body.matchAll(/"((?:https?:\/\/[^"/]+)?\/uploads\/[^"?#\\]+)"/g)) {
      const url = match[1]!;
      if (url.startsWith('/')) found.add(url);
      else if (url.startsWith(`${prefix}/`)) found.add(url.slice(prefix.length));
    }
  }
  return [...found].sort();
}
