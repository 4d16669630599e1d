import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readStrapiConfig } from '../src/loaders/config.ts';
import { StrapiConfigError } from '../src/loaders/errors.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'site-config-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function tokenFile(content: string): string {
  const file = path.join(dir, `token-${Math.random().toString(36).slice(2)}`);
  fs.writeFileSync(file, content);
  return file;
}

function configError(env: Record<string, string>): StrapiConfigError {
  try {
    readStrapiConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(StrapiConfigError);
    return error as StrapiConfigError;
  }
  throw new Error('expected a StrapiConfigError');
}

describe('readStrapiConfig', () => {
  it('reads the URL (trailing slash removed) and an inline token', () => {
    expect(readStrapiConfig({ STRAPI_URL: 'http://127.0.0.1:1337/', STRAPI_TOKEN: ' abc ' })).toEqual({
      url: 'http://127.0.0.1:1337',
      token: 'abc',
      mediaUrl: 'http://127.0.0.1:1337',
    });
  });

  it('reads the token from STRAPI_TOKEN_FILE, trimmed, in preference to STRAPI_TOKEN', () => {
    const file = tokenFile('secret-token\n');
    expect(readStrapiConfig({ STRAPI_URL: 'https://cms.example.vn', STRAPI_TOKEN_FILE: file, STRAPI_TOKEN: 'other' }).token).toBe(
      'secret-token',
    );
  });

  it('uses STRAPI_MEDIA_URL for media when set', () => {
    expect(
      readStrapiConfig({ STRAPI_URL: 'http://10.0.0.5:1337', STRAPI_TOKEN: 't', STRAPI_MEDIA_URL: 'https://cms.example.vn/' }).mediaUrl,
    ).toBe('https://cms.example.vn');
  });

  it.each([
    [{ STRAPI_TOKEN: 't' }, 'STRAPI_URL', /STRAPI_URL is not set\. Set it to the CMS base URL/],
    [{ STRAPI_URL: 'ftp://cms.example.vn', STRAPI_TOKEN: 't' }, 'STRAPI_URL', /must use http or https/],
    [{ STRAPI_URL: '127.0.0.1:1337', STRAPI_TOKEN: 't' }, 'STRAPI_URL', /is not a valid URL.*such as http:\/\/127/],
    [{ STRAPI_URL: 'not a url', STRAPI_TOKEN: 't' }, 'STRAPI_URL', /is not a valid URL/],
    [{ STRAPI_URL: 'http://cms/?x=1', STRAPI_TOKEN: 't' }, 'STRAPI_URL', /must not contain a query/],
    [{ STRAPI_URL: 'http://cms' }, 'STRAPI_TOKEN', /STRAPI_TOKEN is not set\. Set STRAPI_TOKEN to a read-only CMS API token/],
    [{ STRAPI_URL: 'http://cms', STRAPI_TOKEN_FILE: '/nonexistent/token' }, 'STRAPI_TOKEN_FILE', /cannot be read/],
  ])('rejects %o naming %s and the fix', (env, variable, message) => {
    const error = configError(env);
    expect(error.variable).toBe(variable);
    expect(error.message).toMatch(message);
  });

  it('rejects an empty token file', () => {
    const error = configError({ STRAPI_URL: 'http://cms', STRAPI_TOKEN_FILE: tokenFile('  \n') });
    expect(error.variable).toBe('STRAPI_TOKEN_FILE');
    expect(error.message).toContain('empty file');
  });
});
