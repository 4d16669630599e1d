/**
 * `pnpm run rebuild:rollback [-- --unit <slug>]`: points the served site back at the previous kept build (DEPLOY_ROOT,
 * default .portal/deploy; with --unit, that unit's site on a platform, DEPLOY_ROOT/units/<slug>). The static server
 * follows the `current` symlink on every request, so no restart is needed. With DEPLOY_S3_BUCKET the bucket's pointer
 * goes back to the build live before (docs/deploy.md), and the local deploy root too when this machine has one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { unitDeployRoot } from '../platform/platform-units.ts';
import { repoRoot } from '../paths.ts';
import { deployLayout, rollBack } from './deploy-dir.ts';
import { readS3DeploySettings, s3Deploy } from './s3-deploy.ts';

try {
  const { values } = parseArgs({ options: { unit: { type: 'string' } }, allowPositionals: false });
  const unit = values.unit === undefined ? '' : ` ${values.unit}`;
  const platformRoot = path.resolve(process.env.DEPLOY_ROOT?.trim() || path.join(repoRoot, '.portal', 'deploy'));
  const root = values.unit === undefined ? platformRoot : unitDeployRoot(platformRoot, values.unit);
  const s3 = readS3DeploySettings();
  if (s3 !== null) {
    const remote = s3Deploy(s3, values.unit === undefined ? '' : `units/${values.unit}/`);
    const { from, to } = await remote.rollBack();
    console.log(`Rolled back${unit} in ${remote.location}: the pointer now names build ${to} (was ${from}).`);
  }
  const layout = deployLayout(root);
  if (s3 === null || fs.existsSync(layout.currentLink)) {
    const { from, to } = rollBack(layout);
    console.log(`Rolled back${unit}: the live site is now build ${to} (was ${from}).`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
