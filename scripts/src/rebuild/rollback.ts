/**
 * `pnpm run rebuild:rollback [-- --unit <slug>]`: points the served site back at the previous kept build (DEPLOY_ROOT,
 * default .portal/deploy; with --unit, that unit's site on a platform, DEPLOY_ROOT/units/<slug>). The static server
 * follows the `current` symlink on every request, so no restart is needed.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { unitDeployRoot } from '../platform/platform-units.ts';
import { repoRoot } from '../paths.ts';
import { deployLayout, rollBack } from './deploy-dir.ts';

try {
  const { values } = parseArgs({ options: { unit: { type: 'string' } }, allowPositionals: false });
  const platformRoot = path.resolve(process.env.DEPLOY_ROOT?.trim() || path.join(repoRoot, '.portal', 'deploy'));
  const root = values.unit === undefined ? platformRoot : unitDeployRoot(platformRoot, values.unit);
  const { from, to } = rollBack(deployLayout(root));
  console.log(`Rolled back${values.unit ? ` ${values.unit}` : ''}: the live site is now build ${to} (was ${from}).`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
