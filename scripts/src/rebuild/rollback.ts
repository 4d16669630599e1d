/**
 * `pnpm run rebuild:rollback`: points the served site back at the previous kept build (DEPLOY_ROOT, default
 * .portal/deploy). The static server follows the `current` symlink on every request, so no restart is needed.
 */
import path from 'node:path';
import { repoRoot } from '../paths.ts';
import { deployLayout, rollBack } from './deploy-dir.ts';

const root = path.resolve(process.env.DEPLOY_ROOT?.trim() || path.join(repoRoot, '.portal', 'deploy'));
try {
  const { from, to } = rollBack(deployLayout(root));
  console.log(`Rolled back: the live site is now build ${to} (was ${from}).`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
