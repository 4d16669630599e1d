import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupKey, BackupKeyError } from '../src/backup/backup-key.ts';
import { defaultBackupBase } from '../src/backup/backup.ts';

describe('backupKey', () => {
  it('takes BACKUP_ENCRYPTION_KEY from the environment first', () => {
    expect(backupKey({ BACKUP_ENCRYPTION_KEY: '  0123456789abcdef0123  ' })).toBe('0123456789abcdef0123');
  });

  it('refuses a key too short to protect anything', () => {
    expect(() => backupKey({ BACKUP_ENCRYPTION_KEY: 'short' })).toThrow(BackupKeyError);
  });
});

describe('defaultBackupBase', () => {
  it('names backups by UTC time, without extension (Strapi adds .tar.gz.enc)', () => {
    expect(defaultBackupBase('/srv/backups', new Date('2026-11-23T12:50:24.123Z'))).toBe(
      path.join('/srv/backups', 'portal-20261123T125024Z'),
    );
  });
});
