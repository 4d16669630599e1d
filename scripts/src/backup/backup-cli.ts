/** `pnpm run backup [<file>]`: an encrypted export of the CMS (database from cms/.env) into .portal/backups/. */
import path from 'node:path';
import { repoRoot } from '../paths.ts';
import { backupKey } from './backup-key.ts';
import { backupCms, defaultBackupBase } from './backup.ts';

try {
  const requested = process.argv[2];
  const base = requested
    ? path.resolve(process.env.INIT_CWD ?? process.cwd(), requested)
    : defaultBackupBase(path.join(repoRoot, '.portal', 'backups'));
  console.log('Exporting the CMS (content, uploads, configuration) ...');
  const file = await backupCms(base, { key: backupKey(), quiet: false });
  console.log(`Backup written to ${file} (encrypted with BACKUP_ENCRYPTION_KEY; restore with \`pnpm run restore ${file}\`).`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
