/**
 * `node scripts/src/rebuild/check-build.ts <dist> [<live dist> | --live-url <site URL>]`: the rebuild service's checks
 * as a command, for CI and other deploy scripts. With a live build (a directory, or the deployed site fetched over
 * HTTP) it also checks that no URL the live site served is lost. Exits 1 with the reason when the build must not go
 * live.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkBuild } from './build-check.ts';
import { snapshotLiveSite } from './live-snapshot.ts';

const args = process.argv.slice(2);
const urlFlag = args.indexOf('--live-url');
const liveUrl = urlFlag === -1 ? undefined : args.splice(urlFlag, 2)[1];
const [dir, liveDirArgument] = args;
if (dir === undefined || (urlFlag !== -1 && !liveUrl)) {
  console.error('usage: check-build.ts <built site directory> [<live site directory> | --live-url <URL of the deployed site>]');
  process.exit(2);
}
let scratch: string | null = null;
try {
  let liveDir = liveDirArgument ?? null;
  if (liveUrl) {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-live-'));
    if (await snapshotLiveSite(liveUrl, scratch)) liveDir = scratch;
    else console.log(`${liveUrl} has no sitemap yet: nothing to compare with.`);
  }
  const minPageRatio = Number(process.env.REBUILD_MIN_PAGE_RATIO?.trim() || 0.5);
  // A fetched live site has no pages to count, only its promises.
  const { pages, urlsChecked } = checkBuild(dir, liveDir, { minPageRatio: liveUrl ? 0 : minPageRatio });
  console.log(`The build in ${dir} passed the checks (${pages} pages, ${urlsChecked} live URLs still answered).`);
} catch (error) {
  console.error(`The build in ${dir} must not go live: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  if (scratch !== null) fs.rmSync(scratch, { recursive: true, force: true });
}
