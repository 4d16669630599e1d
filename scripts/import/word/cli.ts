/**
 * pnpm run import:word -- --unit <unit-slug> [--category <slug>] FILE_OR_FOLDER...
 *
 * Signs in to the CMS as an admin: STRAPI_ADMIN_JWT, or STRAPI_ADMIN_EMAIL / STRAPI_ADMIN_PASSWORD, else the
 * DEMO_ADMIN_EMAIL / DEMO_ADMIN_PASSWORD of cms/.env (what `pnpm start` created), and posts each file to the CMS's Word
 * import route (the admin's "Nhập từ Word" button's), which converts and saves it. The CMS is STRAPI_URL, else the
 * local one. Exit status: 0 when every file was imported, 1 when any was refused, 2 on a usage or connection error.
 */
import { parseArgs } from 'node:util';
import { adminLogin } from '../../src/cms-admin-api.ts';
import { cmsConnectionFromEnv } from '../../src/cms-connection.ts';
import { readEnvFile } from '../../src/cms-env.ts';
import { cmsEnvFile } from '../../src/paths.ts';
import { formatReport, importMany } from './import-many.ts';
import { WordImportRefusal } from '@portal/shared-types/docx';

const USAGE = 'Usage: pnpm run import:word -- --unit <unit-slug> [--category <slug>] FILE_OR_FOLDER...';

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: process.argv.slice(2).filter((arg) => arg !== '--'),
      options: { unit: { type: 'string' }, category: { type: 'string' } },
      allowPositionals: true,
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { unit, category } = parsed.values;
  if (!unit || parsed.positionals.length === 0) {
    console.error(USAGE);
    return 2;
  }
  const env = process.env;
  const url = cmsConnectionFromEnv(env).url;
  let jwt = env.STRAPI_ADMIN_JWT?.trim();
  if (!jwt) {
    const file = env.STRAPI_ADMIN_EMAIL ? {} : readEnvFile(cmsEnvFile);
    const email = env.STRAPI_ADMIN_EMAIL ?? file.DEMO_ADMIN_EMAIL;
    const password = env.STRAPI_ADMIN_PASSWORD ?? file.DEMO_ADMIN_PASSWORD;
    if (!email || !password) {
      console.error('No admin credentials: set STRAPI_ADMIN_JWT, or STRAPI_ADMIN_EMAIL and STRAPI_ADMIN_PASSWORD.');
      return 2;
    }
    jwt = await adminLogin(url, email, password);
  }
  try {
    const results = await importMany(parsed.positionals, { cms: { url, jwt }, unit, category });
    console.log(formatReport(results));
    return results.some((result) => result.outcome === 'refused') ? 1 : 0;
  } catch (error) {
    // A unit or category that does not exist refuses the whole run.
    if (error instanceof WordImportRefusal) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
}

process.exitCode = await main();
