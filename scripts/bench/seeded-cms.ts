/** The benchmarks' CMS: fresh secrets, a SQLite file in a scratch folder, the demo seed, no admin panel. */
import path from 'node:path';
import { freshCmsEnv } from '../src/cms-env.ts';
import { startCms, type CmsProcess } from '../src/cms-process.ts';
import { getFreePort } from '../src/free-port.ts';

export interface SeededCms {
  cms: CmsProcess;
  /** Everything the CMS was started with (DEMO_ADMIN_EMAIL / _PASSWORD log in to it). */
  env: Record<string, string>;
  /** Where the CMS wrote the site's read-only API token. */
  tokenFile: string;
}

/** Starts a CMS (compiled beforehand) whose data lives in `scratch`; `extraEnv` adds to or overrides the defaults. */
export async function startSeededCms(scratch: string, extraEnv: Record<string, string> = {}): Promise<SeededCms> {
  const tokenFile = path.join(scratch, 'site-token');
  const env = {
    ...freshCmsEnv(),
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: path.join(scratch, 'data.db'),
    SERVE_ADMIN_PANEL: 'false',
    SEED_DEMO_CONTENT: 'true',
    SITE_TOKEN_FILE: tokenFile,
    ...extraEnv,
  };
  const cms = await startCms({ port: await getFreePort(), env });
  return { cms, env, tokenFile };
}
