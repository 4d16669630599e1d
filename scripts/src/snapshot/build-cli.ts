/**
 * `pnpm run build:from-snapshot <file> [<out dir>]`: builds the site from a snapshot with no CMS running
 * (default out dir SITE_OUT_DIR or site/dist; SITE_URL and STRAPI_MEDIA_URL as for a normal build).
 */
import path from 'node:path';
import { siteDir } from '../paths.ts';
import { buildFromSnapshot } from './build-from-snapshot.ts';
import { readSnapshot } from './snapshot-file.ts';

const [file, out] = process.argv.slice(2);
if (!file) {
  console.error('usage: pnpm run build:from-snapshot <snapshot.json> [<out dir>]');
  process.exit(2);
}
const cwd = process.env.INIT_CWD ?? process.cwd();
try {
  const snapshot = readSnapshot(path.resolve(cwd, file));
  const outDir = path.resolve(cwd, out ?? process.env.SITE_OUT_DIR ?? path.join(siteDir, 'dist'));
  const mediaUrl = process.env.STRAPI_MEDIA_URL?.trim();
  await buildFromSnapshot(snapshot, {
    outDir,
    siteUrl: process.env.SITE_URL?.trim() || 'http://127.0.0.1:4321',
    ...(mediaUrl ? { mediaUrl } : {}),
  });
  console.log(`Built the site from the snapshot of ${snapshot.createdAt} into ${outDir}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
