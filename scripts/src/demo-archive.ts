/**
 * `pnpm start` fills the demo's dissolved-district archive from the NukeViet fixture (issue 17), the way an operator
 * brings in an old portal: the fixture's SQL is loaded into a scratch database on the machine's MariaDB and
 * `import:nukeviet` copies it into the archive unit. Done once (the archive then holds imported entries); without a
 * reachable MariaDB the archive keeps its seeded content and the start goes on.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { adminLogin, requestJson } from './cms-admin-api.ts';
import { repoRoot } from './paths.ts';
import { dropDatabase, loadDump } from '../import/nukeviet/fixture-database.ts';

export const DEMO_ARCHIVE_UNIT = 'luu-tru-huyen-binh-son';
const FIXTURE = path.join(repoRoot, 'scripts/import/nukeviet/fixture');
const SCRATCH_DATABASE = 'portal_demo_nukeviet';

export interface DemoArchiveOptions {
  cmsUrl: string;
  adminEmail: string;
  adminPassword: string;
  /** MariaDB/MySQL server, mysql://USER[:PASS]@HOST:PORT (PORTAL_DEMO_MYSQL_URL, default the machine's MariaDB). */
  mysqlUrl: string;
  /** Where the import's report and old-URL map go. */
  workDir: string;
  log: (line: string) => void;
}

async function alreadyImported(cmsUrl: string, jwt: string): Promise<boolean | null> {
  const url = `${cmsUrl}/content-manager/collection-types/api::article.article?page=1&pageSize=1&filters[legacyId][$startsWith]=nukeviet:${DEMO_ARCHIVE_UNIT}:`;
  const { status, body } = await requestJson<{ pagination?: { total?: number } }>(url, { token: jwt });
  if (status !== 200) return null;
  return (body?.pagination?.total ?? 0) > 0;
}

function runImporter(options: DemoArchiveOptions, source: string): Promise<number> {
  const args = [
    'scripts/import/nukeviet/cli.ts',
    '--source', source,
    '--unit', DEMO_ARCHIVE_UNIT,
    '--uploads', path.join(FIXTURE, 'uploads'),
    '--report', path.join(options.workDir, 'nukeviet-demo-report.json'),
    '--url-map', path.join(options.workDir, 'nukeviet-demo-old-urls.json'),
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: repoRoot,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, STRAPI_URL: options.cmsUrl, STRAPI_ADMIN_EMAIL: options.adminEmail, STRAPI_ADMIN_PASSWORD: options.adminPassword },
    });
    child.once('error', reject);
    child.once('exit', (code) => resolve(code ?? 1));
  });
}

/** Imports the fixture into the demo archive unless it is there already; never throws (the demo starts regardless). */
export async function fillDemoArchive(options: DemoArchiveOptions): Promise<void> {
  try {
    const jwt = await adminLogin(options.cmsUrl, options.adminEmail, options.adminPassword);
    const imported = await alreadyImported(options.cmsUrl, jwt);
    if (imported !== false) return; // done before, or no such unit / no access: nothing to fill
    await dropDatabase(options.mysqlUrl, SCRATCH_DATABASE);
    const source = await loadDump(options.mysqlUrl, SCRATCH_DATABASE, path.join(FIXTURE, 'nukeviet-demo.sql'));
    try {
      options.log(`Importing the old NukeViet portal of Bình Sơn into the archive unit (${DEMO_ARCHIVE_UNIT}) ...`);
      const code = await runImporter(options, source);
      if (code !== 0) options.log(`The archive import stopped (exit ${code}); the archive keeps its seeded content.`);
    } finally {
      await dropDatabase(options.mysqlUrl, SCRATCH_DATABASE);
    }
  } catch (error) {
    options.log(`The archive was not filled from the NukeViet fixture (${error instanceof Error ? error.message : String(error)}).`);
  }
}
