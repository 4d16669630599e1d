/**
 * `pnpm run snapshot:export <file>`: writes the CMS's published content, as the site reads it, to a JSON file.
 * The CMS is STRAPI_URL + STRAPI_TOKEN_FILE / STRAPI_TOKEN, or the local one of `pnpm start`.
 */
import path from 'node:path';
import { cmsConnectionFromEnv } from '../cms-connection.ts';
import { exportSnapshot } from './export-snapshot.ts';
import { writeSnapshot } from './snapshot-file.ts';

const file = process.argv[2];
if (!file) {
  console.error('usage: pnpm run snapshot:export <file.json>');
  process.exit(2);
}
const cms = cmsConnectionFromEnv();
console.log(`Exporting the published content of ${cms.url} ...`);
exportSnapshot(cms).then(
  (snapshot) => {
    const target = path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
    writeSnapshot(target, snapshot);
    console.log(
      `Wrote ${target}: ${Object.keys(snapshot.responses).length} API responses, ${Object.keys(snapshot.files).length} uploaded files.`,
    );
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
