import crypto from 'node:crypto';
import path from 'node:path';
import { getFreePort } from '../../../scripts/src/free-port.ts';
import { startCms, type CmsProcess } from '../../../scripts/src/cms-process.ts';
import type { TestDatabase } from './test-database.ts';

export const TEST_ADMIN = { email: 'quantri@test.local', password: 'TestAdmin2024x' } as const;

const secret = () => crypto.randomBytes(24).toString('base64');

export interface TestCms extends CmsProcess {
  tokenFile: string;
}

/**
 * Starts a CMS on the given throwaway database with fresh secrets, the demo
 * seed and demo admin, and without the admin panel (not built in tests).
 * Secrets are fixed per database dir so a restart reuses them.
 */
export async function startTestCms(database: TestDatabase, secrets = testSecrets()): Promise<TestCms> {
  const tokenFile = path.join(database.dir, 'site-token');
  const cms = await startCms({
    port: await getFreePort(),
    env: {
      ...database.env,
      ...secrets,
      NODE_ENV: 'development',
      SERVE_ADMIN_PANEL: 'false',
      SEED_DEMO_CONTENT: 'true',
      DEMO_ADMIN_EMAIL: TEST_ADMIN.email,
      DEMO_ADMIN_PASSWORD: TEST_ADMIN.password,
      SITE_TOKEN_FILE: tokenFile,
    },
  });
  return { ...cms, tokenFile };
}

export function testSecrets(): Record<string, string> {
  return {
    APP_KEYS: [secret(), secret()].join(','),
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    ENCRYPTION_KEY: secret(),
  };
}
