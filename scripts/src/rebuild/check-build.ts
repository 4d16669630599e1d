/**
 * `node scripts/src/rebuild/check-build.ts <dist> [<live dist>]`: the rebuild service's checks as a command, for CI
 * and other deploy scripts. Exits 1 with the reason when the build must not go live.
 */
import { checkBuild } from './build-check.ts';

const [dir, liveDir] = process.argv.slice(2);
if (dir === undefined) {
  console.error('usage: check-build.ts <built site directory> [<live site directory: page counts and every URL it served>]');
  process.exit(2);
}
try {
  const minPageRatio = Number(process.env.REBUILD_MIN_PAGE_RATIO?.trim() || 0.5);
  const { pages, urlsChecked } = checkBuild(dir, liveDir ?? null, { minPageRatio });
  console.log(`The build in ${dir} passed the checks (${pages} pages, ${urlsChecked} live URLs still answered).`);
} catch (error) {
  console.error(`The build in ${dir} must not go live: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
