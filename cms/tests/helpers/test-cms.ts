import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { freshCmsEnv } from '../../../scripts/src/cms-env.ts';
import { getFreePort } from '../../../scripts/src/free-port.ts';
import { startCms, type CmsProcess } from '../../../scripts/src/cms-process.ts';
import { SECRET_VARIABLES } from '../../src/env/secrets.ts';
import type { TestDatabase } from './test-database.ts';

export const TEST_ADMIN = { email: 'quantri@test.local', password: 'TestAdmin2024x' } as const;

export interface TestCms extends CmsProcess {
  tokenFile: string;
  /** This CMS's own public folder (uploads under ./uploads). */
  publicDir: string;
}

/**
 * Starts a CMS on the given throwaway database with fresh secrets, the demo
 * seed and demo admin, serving the admin panel (global setup builds it).
 * Secrets are fixed per database dir so a restart reuses them.
 */
export async function startTestCms(database: TestDatabase, secrets = testSecrets(), extraEnv: Record<string, string> = {}): Promise<TestCms> {
  const tokenFile = path.join(database.dir, 'site-token');
  // Each test CMS keeps its uploads apart: an import (backup test) replaces the whole uploads folder.
  const publicDir = path.join(database.dir, 'public');
  fs.mkdirSync(path.join(publicDir, 'uploads'), { recursive: true });
  const cms = await startCms({
    port: await getFreePort(),
    env: {
      ...database.env,
      ...secrets,
      NODE_ENV: 'development',
      SERVE_ADMIN_PANEL: 'true',
      SEED_DEMO_CONTENT: 'true',
      // Not the demo province of `pnpm start` (cms/.env may ask for it): tests make the units they need.
      SEED_DEMO_UNITS: 'false',
      DEMO_ADMIN_EMAIL: TEST_ADMIN.email,
      DEMO_ADMIN_PASSWORD: TEST_ADMIN.password,
      SITE_TOKEN_FILE: tokenFile,
      STRAPI_PUBLIC_DIR: publicDir,
      // Public participation routes: a small feedback limit for the 429 test (tests vary the User-Agent to be new
      // visitors), the view beacon unlimited for the load test, a reachable download limit, stats cached for one second only.
      FEEDBACK_RATE_LIMIT: '5/60',
      RATING_RATE_LIMIT: '1000/60',
      VIEW_RATE_LIMIT: '1000000000/60',
      DOWNLOAD_RATE_LIMIT: '20/60',
      STATS_CACHE_SECONDS: '1',
      FINGERPRINT_SECRET: crypto.randomBytes(24).toString('hex'),
      PREVIEW_SECRET: 'test-preview-secret-5f0c2a9e1b',
      ...extraEnv,
    },
  });
  return { ...cms, tokenFile, publicDir };
}

/** The CMS's secrets, fresh: the ones `pnpm start` generates into cms/.env. */
export function testSecrets(): Record<string, string> {
  const env = freshCmsEnv();
  return Object.fromEntries(SECRET_VARIABLES.map((name) => [name, env[name]!]));
}
