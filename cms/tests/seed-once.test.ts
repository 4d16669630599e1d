import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import {
  demoArticles,
  demoCategories,
  demoCongresses,
  demoDocuments,
  demoIndicators,
  demoOrganisations,
  demoPages,
  demoPeople,
  demoReports,
  demoSchedules,
  demoTags,
} from '../src/seed/demo-content.ts';
import { adminLogin, request } from './helpers/http.ts';
import { createTestDatabase, type TestDatabase } from './helpers/test-database.ts';
import { startTestCms, testSecrets, TEST_ADMIN, type TestCms } from './helpers/test-cms.ts';

const ARTICLES = 'content-manager/collection-types/api::article.article';

/** Every illustration the seed uploads: article covers and image sections, congress covers. */
const illustrationCount = new Set([
  ...demoArticles.flatMap((article) => [
    article.cover.file,
    ...(article.sections ?? []).flatMap((section) => (section.kind === 'image' ? [section.image.file] : [])),
  ]),
  ...demoCongresses.map((congress) => congress.cover.file),
]).size;

/** Every file the seed uploads: the illustrations and the profile's boundary GeoJSON. */
const seededFileCount = illustrationCount + 1;

/** Documents per content type on a fresh database, drafts included (the content manager lists both). */
const EXPECTED_COUNTS: Record<string, number> = {
  'api::organisation.organisation': demoOrganisations.length,
  'api::person.person': demoPeople.length,
  'api::category.category': demoCategories.length,
  'api::tag.tag': demoTags.length,
  'api::indicator.indicator': demoIndicators.length,
  'api::congress.congress': demoCongresses.length,
  'api::legal-document.legal-document': demoDocuments.length,
  'api::article.article': demoArticles.length,
  'api::kpi-report.kpi-report': demoReports.length,
  // The July 2020 weeks plus the current week of the provincial committee.
  'api::schedule.schedule': demoSchedules.length + 1,
  'api::page.page': demoPages.length,
};

async function countOf(cms: TestCms, jwt: string, uid: string): Promise<number> {
  const { status, body } = await request(`${cms.url}/content-manager/collection-types/${uid}?page=1&pageSize=1`, { token: jwt });
  expect(status, uid).toBe(200);
  return body.pagination.total;
}

async function countsOf(cms: TestCms, jwt: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const uid of Object.keys(EXPECTED_COUNTS)) counts[uid] = await countOf(cms, jwt, uid);
  return counts;
}

async function allArticles(cms: TestCms, jwt: string) {
  const { body } = await request(`${cms.url}/${ARTICLES}?page=1&pageSize=100`, { token: jwt });
  return body.results as Array<{ documentId: string; slug: string; title: string }>;
}

/** The files the local upload provider wrote into this CMS's public folder (originals and responsive formats). */
async function uploadedPaths(cms: TestCms, jwt: string): Promise<string[]> {
  const { body } = await request(`${cms.url}/upload/files?page=1&pageSize=100`, { token: jwt });
  const files = body.results as Array<{ url: string; formats: Record<string, { url: string }> | null }>;
  return files
    .flatMap((file) => [file.url, ...Object.values(file.formats ?? {}).map((format) => format.url)])
    .map((url) => path.join(cms.publicDir, url));
}

async function mediaCount(cms: TestCms, jwt: string): Promise<number> {
  const { status, body } = await request(`${cms.url}/upload/files?page=1&pageSize=1`, { token: jwt });
  expect(status).toBe(200);
  return body.pagination.total;
}

/** Removes the seed's "done" marker, as if the first seed had been interrupted before its last step. */
async function forgetSeedMarker(database: TestDatabase): Promise<void> {
  const sql = "DELETE FROM strapi_core_store_settings WHERE key = 'core_portal_demo-seed'";
  if (database.client === 'sqlite') {
    const db = new Database(database.env.DATABASE_FILENAME!);
    try {
      expect(db.prepare(sql).run().changes).toBe(1);
    } finally {
      db.close();
    }
    return;
  }
  const client = new pg.Client({ connectionString: database.env.DATABASE_URL });
  await client.connect();
  try {
    expect((await client.query(sql)).rowCount).toBe(1);
  } finally {
    await client.end();
  }
}

describe('demo seed on a fresh database', () => {
  let database: TestDatabase;
  let cms: TestCms | undefined;
  const secrets = testSecrets();
  let uploads: string[] = [];

  afterAll(async () => {
    await cms?.stop();
    await database?.drop();
  });

  it('seeds every type once, and a second start neither duplicates nor overwrites editor changes', async () => {
    database = await createTestDatabase('seed');
    cms = await startTestCms(database, secrets);
    const firstToken = fs.readFileSync(cms.tokenFile, 'utf8').trim();
    let jwt = await adminLogin(cms.url, TEST_ADMIN.email, TEST_ADMIN.password);

    expect(cms.output()).toMatch(/Seeded demo content in \d+ ms/);
    expect(await countsOf(cms, jwt)).toEqual(EXPECTED_COUNTS);
    const settings = await request(`${cms.url}/content-manager/single-types/api::site-setting.site-setting`, { token: jwt });
    expect(settings.status).toBe(200);
    expect(settings.body.data.portalName).toBeTruthy();
    expect(await mediaCount(cms, jwt)).toBe(seededFileCount);
    uploads = await uploadedPaths(cms, jwt);
    expect(uploads.length).toBeGreaterThan(illustrationCount);
    for (const file of uploads) expect(fs.existsSync(file), file).toBe(true);

    const seeded = await allArticles(cms, jwt);
    expect(seeded.map((article) => article.slug).sort()).toEqual(demoArticles.map((article) => article.slug).sort());

    // An editor retitles one demo article (the admin sends the slug along, so the URL stays) and deletes another.
    const [edited, deleted] = seeded;
    const retitled = 'Tiêu đề do biên tập viên sửa lại';
    const update = await request(`${cms.url}/${ARTICLES}/${edited!.documentId}`, {
      method: 'PUT',
      token: jwt,
      body: { title: retitled, slug: edited!.slug },
    });
    expect(update.status).toBe(200);
    const removal = await request(`${cms.url}/${ARTICLES}/${deleted!.documentId}`, { method: 'DELETE', token: jwt });
    expect(removal.status).toBe(200);

    await cms.stop();
    cms = await startTestCms(database, secrets);
    jwt = await adminLogin(cms.url, TEST_ADMIN.email, TEST_ADMIN.password);

    const after = await allArticles(cms, jwt);
    expect(after).toHaveLength(seeded.length - 1);
    expect(after.find((article) => article.documentId === edited!.documentId)?.title).toBe(retitled);
    expect(after.some((article) => article.slug === deleted!.slug)).toBe(false);
    expect(cms.output()).not.toMatch(/Seeded demo content/);
    expect(await countsOf(cms, jwt)).toEqual({ ...EXPECTED_COUNTS, 'api::article.article': demoArticles.length - 1 });
    expect(await mediaCount(cms, jwt)).toBe(seededFileCount);
    // The site token survives a restart: the file still matches the stored hash.
    expect(fs.readFileSync(cms.tokenFile, 'utf8').trim()).toBe(firstToken);
    const { status } = await request(`${cms.url}/api/articles`, { token: firstToken });
    expect(status).toBe(200);
  });

  it('resumes an interrupted seed: creates only what is missing and keeps what exists as it is', async () => {
    await cms!.stop();
    await forgetSeedMarker(database);
    cms = await startTestCms(database, secrets);
    const jwt = await adminLogin(cms.url, TEST_ADMIN.email, TEST_ADMIN.password);

    // Only the article deleted above was missing; nothing else is created twice.
    const seedLine = cms.output().split('\n').find((line) => line.includes('Seeded demo content'));
    expect(seedLine).toMatch(/ms: 1 article\b/);
    expect(seedLine).not.toContain(',');
    expect(await countsOf(cms, jwt)).toEqual(EXPECTED_COUNTS);
    expect(await mediaCount(cms, jwt)).toBe(seededFileCount);
    const articles = await allArticles(cms, jwt);
    expect(articles.some((article) => article.title === 'Tiêu đề do biên tập viên sửa lại')).toBe(true);
  });
});
