/** Runs import:nukeviet as an operator does, and removes what it wrote from the shared CMS afterwards. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { ImportReport } from '../../../scripts/import/nukeviet/report.ts';
import type { Cms } from './content-manager.ts';
import { request } from './http.ts';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const FIXTURE = path.join(ROOT, 'scripts/import/nukeviet/fixture');
const IMPORT_REASON = 'Nhập từ cổng NukeViet cũ';
const cm = (cms: Cms, uid: string) => `${cms.url}/content-manager/collection-types/${uid}`;

/** The CLI against the fixture's uploads, with an admin session; its report and old-URL map read back. */
export function runImport(cms: Cms, jwt: string, options: { source: string; unit: string; work: string; now: string; extra?: string[] }) {
  const stamp = `${options.unit}-${Date.now()}`;
  const report = path.join(options.work, `${stamp}.json`);
  const urlMap = path.join(options.work, `${stamp}-urls.json`);
  const result = spawnSync(
    process.execPath,
    ['scripts/import/nukeviet/cli.ts', '--source', options.source, '--unit', options.unit, '--uploads', path.join(FIXTURE, 'uploads'), '--report', report, '--url-map', urlMap, '--now', options.now, ...(options.extra ?? [])],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, STRAPI_URL: cms.url, STRAPI_ADMIN_JWT: jwt }, timeout: 170_000 },
  );
  const read = <T>(file: string): T | null => (fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as T) : null);
  return { ...result, report: read<ImportReport>(report), urls: read<Array<{ fromPath: string; toPath: string; legacyId: string }>>(urlMap) };
}

async function listAll(url: string, jwt: string): Promise<any[]> {
  const { body } = await request<any>(url, { token: jwt });
  return body.results ?? [];
}

/** What the shared CMS holds now that an import may add to: tags and media (by id), to tell the import's apart. */
export async function importTraces(cms: Cms, jwt: string): Promise<{ tags: Set<string>; media: Set<number> }> {
  return {
    tags: new Set((await listAll(`${cm(cms, 'api::tag.tag')}?page=1&pageSize=1000`, jwt)).map((tag) => tag.documentId)),
    media: new Set((await listAll(`${cms.url}/upload/files?page=1&pageSize=1000`, jwt)).map((file) => file.id)),
  };
}

/**
 * Removes what imports into these units wrote (entries, redirect records, new tags and media) and the units, so that
 * later test files (and the site build test) see only the demo content. Fails when a unit stays.
 */
export async function removeImports(cms: Cms, jwt: string, slugs: readonly string[], before: { tags: Set<string>; media: Set<number> }): Promise<void> {
  for (const uid of ['api::article.article', 'api::legal-document.legal-document', 'api::category.category']) {
    for (const slug of slugs) {
      for (const entry of await listAll(`${cm(cms, uid)}?page=1&pageSize=500&filters[$and][0][legacyId][$startsWith]=nukeviet:${slug}:`, jwt)) {
        await request(`${cm(cms, uid)}/${entry.documentId}`, { method: 'DELETE', token: jwt });
      }
    }
  }
  for (const record of await listAll(`${cm(cms, 'api::redirect.redirect')}?page=1&pageSize=1000&filters[$and][0][reason][$eq]=${encodeURIComponent(IMPORT_REASON)}`, jwt)) {
    await request(`${cm(cms, 'api::redirect.redirect')}/${record.documentId}`, { method: 'DELETE', token: jwt });
  }
  for (const tag of await listAll(`${cm(cms, 'api::tag.tag')}?page=1&pageSize=1000`, jwt)) {
    if (!before.tags.has(tag.documentId)) await request(`${cm(cms, 'api::tag.tag')}/${tag.documentId}`, { method: 'DELETE', token: jwt });
  }
  for (const file of await listAll(`${cms.url}/upload/files?page=1&pageSize=1000`, jwt)) {
    if (!before.media.has(file.id)) await request(`${cms.url}/upload/files/${file.id}`, { method: 'DELETE', token: jwt });
  }
  for (const slug of slugs) {
    for (const unit of await listAll(`${cm(cms, 'api::unit.unit')}?page=1&pageSize=10&filters[$and][0][slug][$eq]=${slug}`, jwt)) {
      const { status } = await request(`${cm(cms, 'api::unit.unit')}/${unit.documentId}`, { method: 'DELETE', token: jwt });
      if (status !== 200) throw new Error(`unit ${slug} left behind (${status})`);
    }
  }
}
