import fs from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildCmsIfStale } from '../../scripts/src/cms-process.ts';
import { createTestDatabase } from './helpers/test-database.ts';
import { startTestCms, testSecrets, TEST_ADMIN } from './helpers/test-cms.ts';

export interface SharedCms {
  url: string;
  /** The read-only API token the CMS wrote for the site build. */
  token: string;
  tokenFile: string;
  admin: { email: string; password: string };
  /** The database the shared CMS runs on (the same env the CMS was given). */
  database: { client: 'sqlite' | 'postgres'; env: Record<string, string> };
}

declare module 'vitest' {
  export interface ProvidedContext {
    cms: SharedCms;
  }
}

/** One CMS per test run, shared by every integration test file. */
export default async function setup(project: TestProject) {
  // The admin panel is built too (browser tests use it), only when its inputs changed; `strapi build` loads the
  // config, which requires the secrets.
  await buildCmsIfStale({ env: testSecrets(), quiet: true });
  const database = await createTestDatabase('shared');
  const cms = await startTestCms(database).catch(async (error: unknown) => {
    await database.drop();
    throw error;
  });
  project.provide('cms', {
    url: cms.url,
    token: fs.readFileSync(cms.tokenFile, 'utf8').trim(),
    tokenFile: cms.tokenFile,
    admin: { ...TEST_ADMIN },
    database: { client: database.client, env: database.env },
  });
  return async () => {
    await cms.stop();
    await database.drop();
  };
}
