/**
 * Exports the CMS's published content as the site reads it: `astro sync` runs the site's own loaders (a full load,
 * with a throwaway cache) through a recording proxy, then the uploaded files the responses reference are fetched.
 * The loaders decide the endpoints and populate, so the snapshot follows the site as it grows.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CmsConnection } from '../cms-connection.ts';
import { syncSiteContent } from '../site-build.ts';
import { startRecordingProxy } from './recording-proxy.ts';
import { referencedUploads, SNAPSHOT_FORMAT, SNAPSHOT_VERSION, type RecordedFile, type Snapshot } from './snapshot-file.ts';

export class SnapshotExportError extends Error {
  override readonly name = 'SnapshotExportError';
}

export async function exportSnapshot(cms: CmsConnection, options: { quiet?: boolean } = {}): Promise<Snapshot> {
  const proxy = await startRecordingProxy(cms.url);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-snapshot-'));
  try {
    await syncSiteContent({
      cmsUrl: proxy.url,
      ...(cms.tokenFile === undefined ? {} : { tokenFile: cms.tokenFile }),
      ...(cms.token === undefined ? {} : { token: cms.token }),
      siteUrl: 'http://127.0.0.1:4321',
      outDir: path.join(scratch, 'dist'),
      // A fresh data store: a full load, whatever an earlier build cached.
      cacheDir: path.join(scratch, 'cache'),
      quiet: options.quiet ?? true,
    });
  } catch (error) {
    throw new SnapshotExportError(`Loading the content from ${cms.url} failed: ${(error as Error).message}`, { cause: error });
  } finally {
    await proxy.close();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  if (proxy.responses.size === 0) {
    throw new SnapshotExportError(`The site's loaders requested nothing from ${cms.url}: is STRAPI_URL set for them?`);
  }

  const responses = Object.fromEntries([...proxy.responses].sort(([a], [b]) => a.localeCompare(b)));
  const files: Record<string, RecordedFile> = {};
  for (const upload of referencedUploads(Object.values(responses).map((r) => r.body), cms.url)) {
    const response = await fetch(`${cms.url}${upload}`);
    if (!response.ok) throw new SnapshotExportError(`Cannot fetch the uploaded file ${cms.url}${upload}: HTTP ${response.status}`);
    files[upload] = {
      contentType: response.headers.get('content-type') ?? 'application/octet-stream',
      base64: Buffer.from(await response.arrayBuffer()).toString('base64'),
    };
  }
  return { format: SNAPSHOT_FORMAT, version: SNAPSHOT_VERSION, createdAt: new Date().toISOString(), cmsUrl: cms.url, responses, files };
}
