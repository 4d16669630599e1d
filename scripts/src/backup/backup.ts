/**
 * Backup and restore of the CMS with Strapi's data transfer (`strapi export` / `strapi import`): content, media
 * library records and the uploaded files, and configuration (core store, webhooks), encrypted with
 * BACKUP_ENCRYPTION_KEY. Admin users and API tokens are not part of a Strapi export.
 */
import fs from 'node:fs';
import path from 'node:path';
import { runStrapiCommand } from '../cms-process.ts';

export interface BackupOptions {
  /** Encryption key (BACKUP_ENCRYPTION_KEY). */
  key: string;
  /** The CMS's database and other settings; cms/.env fills in the rest. */
  env?: Record<string, string>;
  quiet?: boolean;
}

/** Writes an encrypted, compressed export; `fileBase` is the path without extension. Returns the file written. */
export async function backupCms(fileBase: string, options: BackupOptions): Promise<string> {
  const base = path.resolve(fileBase.replace(/\.tar\.gz\.enc$/, ''));
  fs.mkdirSync(path.dirname(base), { recursive: true });
  const output = await runStrapiCommand(['export', '--file', base, '--key', options.key], {
    env: options.env ?? {},
    quiet: options.quiet ?? true,
  });
  const file = `${base}.tar.gz.enc`;
  if (!fs.existsSync(file)) {
    const tail = output.split('\n').slice(-20).join('\n');
    throw new Error(`strapi export finished but ${file} was not written. Strapi said:\n${tail}`);
  }
  return file;
}

/** Replaces all content of the CMS's database (and its uploads) with a backup. Stop the CMS first. */
export async function restoreCms(file: string, options: BackupOptions): Promise<void> {
  const absolute = path.resolve(file);
  if (!fs.existsSync(absolute)) throw new Error(`The backup ${absolute} does not exist.`);
  await runStrapiCommand(['import', '--file', absolute, '--key', options.key, '--force'], {
    env: options.env ?? {},
    quiet: options.quiet ?? true,
  });
}

/** .portal/backups/portal-20261123T125024Z (the extension is added by Strapi). */
export function defaultBackupBase(dir: string, now = new Date()): string {
  return path.join(dir, `portal-${now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}`);
}
