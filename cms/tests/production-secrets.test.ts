import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findUnsafeSecrets, SECRET_VARIABLES } from '../src/env/secrets.ts';
import { testSecrets } from './helpers/test-cms.ts';

const cmsDir = path.resolve(import.meta.dirname, '..');

describe('findUnsafeSecrets', () => {
  it('accepts long random values', () => {
    expect(findUnsafeSecrets(testSecrets())).toEqual([]);
  });

  it.each([
    ['missing', 'JWT_SECRET', undefined, 'missing'],
    ['empty', 'JWT_SECRET', '', 'missing'],
    ['a template placeholder', 'JWT_SECRET', 'tobemodified', 'placeholder'],
    ['one placeholder key among good ones', 'APP_KEYS', `${'a'.repeat(24)},toBeModified1`, 'placeholder'],
    ['too short', 'ENCRYPTION_KEY', 'short', 'too short'],
  ] as const)('flags a secret that is %s', (_case, variable, value, reason) => {
    const env: Record<string, string | undefined> = { ...testSecrets(), [variable]: value };
    expect(findUnsafeSecrets(env)).toEqual([{ variable, reason }]);
  });
});

describe('the CMS in production mode', () => {
  it('refuses to start with placeholder secrets, naming each variable', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', PORT: '0', STRAPI_TELEMETRY_DISABLED: 'true' };
    for (const variable of SECRET_VARIABLES) env[variable] = 'tobemodified';
    const child = spawn(process.execPath, [path.join(cmsDir, 'node_modules/@strapi/strapi/bin/strapi.js'), 'start'], {
      cwd: cmsDir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).not.toBe(0);
    expect(output).toContain('Refusing to start in production with unsafe secrets');
    for (const variable of SECRET_VARIABLES) expect(output).toContain(`${variable} is placeholder`);
  });
});
