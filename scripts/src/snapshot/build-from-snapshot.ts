/**
 * Builds the site from a snapshot with no CMS running: a local server replays the snapshot under the CMS's URLs and
 * the site builds against it with a throwaway cache (so its loaders make the same full-load requests as the export).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSite } from '../site-build.ts';
import { startReplayServer } from './replay-server.ts';
import type { Snapshot } from './snapshot-file.ts';

export interface SnapshotBuildOptions {
  outDir: string;
  siteUrl: string;
  /** Public base URL of media in the pages; default the CMS the snapshot came from. */
  mediaUrl?: string;
  quiet?: boolean;
}

export async function buildFromSnapshot(snapshot: Snapshot, options: SnapshotBuildOptions): Promise<void> {
  const replay = await startReplayServer(snapshot);
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-snapshot-cache-'));
  try {
    await buildSite({
      cmsUrl: replay.url,
      token: 'snapshot-replay',
      siteUrl: options.siteUrl,
      outDir: options.outDir,
      cacheDir,
      env: { STRAPI_MEDIA_URL: options.mediaUrl ?? snapshot.cmsUrl },
      quiet: options.quiet ?? false,
    });
  } catch (error) {
    const misses = replay.misses.length === 0 ? '' : `\nRequests the snapshot has no answer for:\n${replay.misses.join('\n')}`;
    throw new Error(`${(error as Error).message}${misses}`, { cause: error });
  } finally {
    await replay.close();
    fs.rmSync(cacheDir, { recursive: true, force: true });
  }
}
