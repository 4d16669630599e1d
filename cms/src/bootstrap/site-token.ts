import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';

export const SITE_TOKEN_NAME = 'site-build';

/**
 * Makes sure a read-only API token for the site build exists and that its
 * plain value sits in SITE_TOKEN_FILE, so the build can read it without an
 * operator copying it by hand. Strapi only stores a hash, so when the file is
 * missing or stale the token is regenerated and the file rewritten.
 */
export async function ensureSiteToken(strapi: Core.Strapi): Promise<void> {
  const file = path.resolve(strapi.dirs.app.root, process.env.SITE_TOKEN_FILE || '.tmp/site-token');
  const tokens = strapi.service('admin::api-token-content-api');

  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() : '';
  const existing = await tokens.getByName(SITE_TOKEN_NAME);

  let accessKey: string;
  if (!existing) {
    const created = await tokens.create({
      name: SITE_TOKEN_NAME,
      description: 'Chỉ đọc: dùng cho việc dựng trang tĩnh (site build)',
      type: 'read-only',
      lifespan: null,
    });
    accessKey = created.accessKey;
  } else if (current !== '' && tokens.hash(current) === (await accessKeyHashOf(strapi, existing.id))) {
    return;
  } else {
    accessKey = (await tokens.regenerate(existing.id)).accessKey;
  }

  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${accessKey}\n`, { mode: 0o600 });
  strapi.log.info(`Wrote the site build's read-only API token to ${file}`);
}

async function accessKeyHashOf(strapi: Core.Strapi, id: number): Promise<string | undefined> {
  const row = await strapi.db.query('admin::api-token').findOne({ where: { id }, select: ['accessKey'] });
  return row?.accessKey;
}
