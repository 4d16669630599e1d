import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureCmsEnvFile, randomAdminPassword, readEnvFile } from '../src/cms-env.ts';

const tempFile = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'portal-env-')), '.env');
const SECRETS = [
  'APP_KEYS',
  'API_TOKEN_SALT',
  'ADMIN_JWT_SECRET',
  'TRANSFER_TOKEN_SALT',
  'JWT_SECRET',
  'ENCRYPTION_KEY',
  'REBUILD_WEBHOOK_SECRET',
  'BACKUP_ENCRYPTION_KEY',
];

describe('ensureCmsEnvFile', () => {
  it('creates the env file with random secrets and a demo admin on first start', () => {
    const file = tempFile();
    const first = ensureCmsEnvFile(file);
    expect(first.created).toBe(true);
    for (const key of SECRETS) expect(first.values[key]!.length).toBeGreaterThanOrEqual(16);
    expect(first.values.APP_KEYS!.split(',')).toHaveLength(4);
    expect(first.values.DEMO_ADMIN_PASSWORD).toMatch(/^(?=.*[a-z])(?=.*[A-Z])(?=.*\d).{12,}$/);
    expect(fs.statSync(file).mode & 0o077).toBe(0);
    // Another checkout gets other secrets.
    expect(ensureCmsEnvFile(tempFile()).values.JWT_SECRET).not.toBe(first.values.JWT_SECRET);
  });

  it('keeps existing values on later starts and only adds what is missing', () => {
    const file = tempFile();
    fs.writeFileSync(file, 'JWT_SECRET=kept-by-the-operator-123\nPORT=1500', { mode: 0o600 });
    const result = ensureCmsEnvFile(file);
    expect(result.created).toBe(false);
    expect(result.values.JWT_SECRET).toBe('kept-by-the-operator-123');
    expect(result.values.PORT).toBe('1500');
    expect(result.values.ENCRYPTION_KEY).toBeTruthy();
    const again = ensureCmsEnvFile(file);
    expect(again.values).toEqual(result.values);
    expect(readEnvFile(file)).toEqual(result.values);
  });
});

describe('randomAdminPassword', () => {
  it('meets Strapi admin password rules and differs each time', () => {
    const passwords = new Set(Array.from({ length: 50 }, randomAdminPassword));
    expect(passwords.size).toBe(50);
    for (const password of passwords) expect(password).toMatch(/^(?=.*[a-z])(?=.*[A-Z])(?=.*\d).{12,}$/);
  });
});
