/**
 * pnpm run import:nukeviet -- --source mysql://USER:PASS@HOST:PORT/DB --unit <unit-slug> [--prefix nv4] [--lang vi]
 *   [--news-module news] [--laws-module laws] [--uploads <dir>] [--dry-run] [--report <file>] [--url-map <file>]
 * The CMS: STRAPI_URL (default http://127.0.0.1:1337) and an admin's STRAPI_ADMIN_EMAIL / STRAPI_ADMIN_PASSWORD (or a
 * session in STRAPI_ADMIN_JWT): the import reads through the admin API, where drafts are visible, and writes in batches
 * through the CMS's import route (POST /api/editor/import-batch, docs/importing.md).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importNukeViet } from './import.ts';
import { formatReport } from './report.ts';
import { adminSession } from './writer.ts';

// `pnpm run x -- --flag` hands the `--` on.
const argv = process.argv.slice(2);
if (argv[0] === '--') argv.shift();
const { values } = parseArgs({
  args: argv,
  options: {
    source: { type: 'string' },
    unit: { type: 'string' },
    prefix: { type: 'string', default: 'nv4' },
    lang: { type: 'string', default: 'vi' },
    'news-module': { type: 'string', default: 'news' },
    'laws-module': { type: 'string', default: 'laws' },
    uploads: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    report: { type: 'string', default: 'nukeviet-import-report.json' },
    'url-map': { type: 'string', default: 'nukeviet-old-urls.json' },
    'stop-after': { type: 'string' },
    now: { type: 'string' },
  },
});

function fail(message: string): never {
  console.error(`import:nukeviet: ${message}`);
  process.exit(2);
}

if (!values.source || !/^mysql:\/\//.test(values.source)) fail('--source mysql://USER:PASS@HOST:PORT/DB is required');
if (!values.unit) fail('--unit <unit-slug> is required');
const cmsUrl = (process.env.STRAPI_URL?.trim() || 'http://127.0.0.1:1337').replace(/\/+$/, '');
const jwt = await adminSession(cmsUrl).catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
if (values.uploads && !fs.existsSync(values.uploads)) fail(`--uploads ${values.uploads} does not exist`);

const { report, oldUrls } = await importNukeViet({
  url: values.source,
  unit: values.unit,
  prefix: values.prefix!,
  lang: values.lang!,
  newsModule: values['news-module']!,
  lawsModule: values['laws-module']!,
  uploads: values.uploads ? path.resolve(values.uploads) : null,
  dryRun: values['dry-run']!,
  cmsUrl,
  jwt,
  ...(values['stop-after'] ? { stopAfter: Number(values['stop-after']) } : {}),
  ...(values.now ? { now: Number(values.now) } : {}),
}).catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));

console.log(formatReport(report));
fs.writeFileSync(values.report!, `${JSON.stringify(report, null, 2)}\n`);
fs.writeFileSync(values['url-map']!, `${JSON.stringify(oldUrls, null, 2)}\n`);
console.log(`report: ${path.resolve(values.report!)}\nold URLs: ${path.resolve(values['url-map']!)}`);
