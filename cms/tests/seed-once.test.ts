import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { demoArticles } from '../src/seed/demo-content.ts';
import { adminLogin, request } from './helpers/http.ts';
import { createTestDatabase, type TestDatabase } from './helpers/test-database.ts';
import { startTestCms, testSecrets, TEST_ADMIN, type TestCms } from './helpers/test-cms.ts';

const COLLECTION = 'content-manager/collection-types/api::article.article';

async function allArticles(cms: TestCms, jwt: string) {
  const { body } = await request(`${cms.url}/${COLLECTION}?page=1&pageSize=100`, { token: jwt });
  return body.results as Array<{ documentId: string; slug: string; title: string }>;
}

describe('demo seed on a fresh database', () => {
  let database: TestDatabase;
  let cms: TestCms | undefined;
  const secrets = testSecrets();

  afterAll(async () => {
    await cms?.stop();
    await database?.drop();
  });

  it('seeds once, and a second start neither duplicates nor overwrites editor changes', async () => {
    database = await createTestDatabase('seed');
    cms = await startTestCms(database, secrets);
    const firstToken = fs.readFileSync(cms.tokenFile, 'utf8').trim();
    let jwt = await adminLogin(cms.url, TEST_ADMIN.email, TEST_ADMIN.password);

    const seeded = await allArticles(cms, jwt);
    expect(seeded.map((article) => article.slug).sort()).toEqual(demoArticles.map((article) => article.slug).sort());

    // An editor retitles one demo article and deletes another.
    const [edited, deleted] = seeded;
    const retitled = 'Tiêu đề do biên tập viên sửa lại';
    const update = await request(`${cms.url}/${COLLECTION}/${edited!.documentId}`, {
      method: 'PUT',
      token: jwt,
      body: { title: retitled },
    });
    expect(update.status).toBe(200);
    const removal = await request(`${cms.url}/${COLLECTION}/${deleted!.documentId}`, { method: 'DELETE', token: jwt });
    expect(removal.status).toBe(200);

    await cms.stop();
    cms = await startTestCms(database, secrets);
    jwt = await adminLogin(cms.url, TEST_ADMIN.email, TEST_ADMIN.password);

    const after = await allArticles(cms, jwt);
    expect(after).toHaveLength(seeded.length - 1);
    expect(after.find((article) => article.documentId === edited!.documentId)?.title).toBe(retitled);
    expect(after.some((article) => article.slug === deleted!.slug)).toBe(false);
    expect(cms.output()).not.toMatch(/Seeded demo content/);
    // The site token survives a restart: the file still matches the stored hash.
    expect(fs.readFileSync(cms.tokenFile, 'utf8').trim()).toBe(firstToken);
    const { status } = await request(`${cms.url}/api/articles`, { token: firstToken });
    expect(status).toBe(200);
  });
});
