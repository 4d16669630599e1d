/**
 * `pnpm run compare:builds <dirA> <dirB> [--ignore <prefix>]...`: lists the files that differ between two site builds;
 * exits 1 if any do. Pagefind's index files differ between two builds of the same site (its chunking is not
 * deterministic), so `--ignore pagefind/` is usual; its fragments (the indexed text) can be compared separately.
 * Typical use: `pnpm run snapshot:export snap.json` once, `pnpm run build:from-snapshot snap.json <dir>` on each
 * branch, then compare the two directories.
 */
import path from 'node:path';
import { compareBuilds, identical } from './compare-builds.ts';

const args = process.argv.slice(2);
const ignore: string[] = [];
const dirs: string[] = [];
for (let i = 0; i < args.length; i += 1) {
  if (args[i] === '--ignore' && args[i + 1] !== undefined) ignore.push(args[(i += 1)]!);
  else dirs.push(args[i]!);
}
const [dirA, dirB] = dirs;
if (!dirA || !dirB || dirs.length !== 2) {
  console.error('usage: pnpm run compare:builds <dirA> <dirB> [--ignore <prefix>]...');
  process.exit(2);
}
const cwd = process.env.INIT_CWD ?? process.cwd();
try {
  const result = compareBuilds(path.resolve(cwd, dirA), path.resolve(cwd, dirB), ignore);
  for (const file of result.onlyInA) console.log(`only in A  ${file}`);
  for (const file of result.onlyInB) console.log(`only in B  ${file}`);
  for (const file of result.differing) console.log(`differs    ${file}`);
  console.log(
    `${result.same} identical file(s), ${result.differing.length} differing, ${result.onlyInA.length} only in A, ${result.onlyInB.length} only in B.`,
  );
  process.exit(identical(result) ? 0 : 1);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
}
