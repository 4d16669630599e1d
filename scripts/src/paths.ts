import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute paths of the workspace, independent of the caller's cwd. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const cmsDir = path.join(repoRoot, 'cms');
export const siteDir = path.join(repoRoot, 'site');
export const cmsEnvFile = path.join(cmsDir, '.env');
