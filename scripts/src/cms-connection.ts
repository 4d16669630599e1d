/**
 * Where operator commands find the CMS: STRAPI_URL and STRAPI_TOKEN_FILE / STRAPI_TOKEN when set, else the local
 * CMS of `pnpm start` (HOST:CMS_PORT, and the read-only token file it writes, SITE_TOKEN_FILE in cms/.env).
 */
import path from 'node:path';
import { readEnvFile } from './cms-env.ts';
import { cmsDir, cmsEnvFile } from './paths.ts';

export interface CmsConnection {
  url: string;
  tokenFile?: string;
  token?: string;
}

export function cmsConnectionFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): CmsConnection {
  const url = env.STRAPI_URL?.trim() || `http://${env.HOST?.trim() || '127.0.0.1'}:${env.CMS_PORT?.trim() || '1337'}`;
  const tokenFile = env.STRAPI_TOKEN_FILE?.trim();
  if (tokenFile) return { url, tokenFile };
  const token = env.STRAPI_TOKEN?.trim();
  if (token) return { url, token };
  const relative = readEnvFile(cmsEnvFile).SITE_TOKEN_FILE || '.tmp/site-token';
  return { url, tokenFile: path.resolve(cmsDir, relative) };
}
