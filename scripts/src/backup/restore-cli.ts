/**
 * `pnpm run restore <file>`: replaces the CMS's content, uploads and configuration with a backup made by
 * `pnpm run backup`. Stop the CMS (`pnpm start`) first; start it again afterwards.
 */
import path from 'node:path';
import { backupKey } from './backup-key.ts';
import { restoreCms } from './backup.ts';

const file = process.argv[2];
if (!file) {
  console.error('usage: pnpm run restore <backup.tar.gz.enc>');
  process.exit(2);
}
try {
  console.log('Restoring the CMS from the backup: existing content is replaced ...');
  await restoreCms(path.resolve(process.env.INIT_CWD ?? process.cwd(), file), { key: backupKey(), quiet: false });
  console.log('Restore complete. Start the CMS again (`pnpm start`).');
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
