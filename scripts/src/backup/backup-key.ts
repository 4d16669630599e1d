import { readEnvFile } from '../cms-env.ts';
import { cmsEnvFile } from '../paths.ts';

export class BackupKeyError extends Error {
  override readonly name = 'BackupKeyError';
}

/** BACKUP_ENCRYPTION_KEY from the environment, else from cms/.env (where `pnpm start` generates it). */
export function backupKey(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const key = env.BACKUP_ENCRYPTION_KEY?.trim() || readEnvFile(cmsEnvFile).BACKUP_ENCRYPTION_KEY?.trim() || '';
  if (key.length < 16) {
    throw new BackupKeyError(
      'BACKUP_ENCRYPTION_KEY must be set to a random string of at least 16 characters (in the environment or cms/.env; ' +
        '`pnpm start` generates one). Keep a copy outside this machine: without it a backup cannot be restored.',
    );
  }
  return key;
}
