import { demoEditorEmail } from '@portal/shared-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPlatformUnits } from '../src/seed/data/platform.ts';
import { adminLogin, request } from './helpers/http.ts';
import { createTestDatabase, type TestDatabase } from './helpers/test-database.ts';
import { startTestCms, testSecrets, TEST_ADMIN, type TestCms } from './helpers/test-cms.ts';

/**
 * The demo province platform that `pnpm start` seeds (SEED_DEMO_UNITS=true, as in the generated cms/.env): its own
 * CMS, since the shared test CMS keeps a single unit.
 */
const EDITOR_PASSWORD = 'BienTapDemo2026x';
const CM = (cms: TestCms, uid: string) => `${cms.url}/content-manager/collection-types/${uid}`;

interface UnitRow {
  documentId: string;
  slug: string;
  name: string;
  kind: string;
  state: string;
  pathPrefix: string | null;
  hostname: string | null;
  dissolvedOn: string | null;
  successors?: Array<{ slug: string }>;
}

describe('the demo province platform', () => {
  let database: TestDatabase;
  let cms: TestCms;
  let admin: string;
  let units: UnitRow[];
  const secrets = testSecrets();
  const env = { SEED_DEMO_UNITS: 'true', DEMO_EDITOR_PASSWORD: EDITOR_PASSWORD };

  beforeAll(async () => {
    database = await createTestDatabase('demo-platform');
    cms = await startTestCms(database, secrets, env);
    admin = await adminLogin(cms.url, TEST_ADMIN.email, TEST_ADMIN.password);
    const { body } = await request(`${CM(cms, 'api::unit.unit')}?page=1&pageSize=100&populate[successors]=true`, { token: admin });
    units = body.results;
  }, 600_000);

  afterAll(async () => {
    await cms?.stop();
    await database?.drop();
  });

  it('holds one province, three communes and one dissolved-district archive beside the default unit', () => {
    const demo = units.filter((unit) => demoPlatformUnits.some((expected) => expected.slug === unit.slug));
    expect(demo.map((unit) => unit.kind).sort()).toEqual([
      'commune-people-committee',
      'commune-people-committee',
      'commune-people-committee',
      'dissolved-district-archive',
      'province-party-committee',
    ]);
    expect(units).toHaveLength(demoPlatformUnits.length + 1);
    const archive = units.find((unit) => unit.kind === 'dissolved-district-archive')!;
    expect(archive).toMatchObject({ state: 'archived', dissolvedOn: '2025-07-01', pathPrefix: '/luu-tru/binh-son/' });
    expect(archive.successors!.map((unit) => unit.slug).sort()).toEqual(['xa-binh-chuong', 'xa-dong-son', 'xa-van-tuong']);
    expect(units.find((unit) => unit.slug === 'xa-binh-chuong')).toMatchObject({ hostname: 'binhchuong.quangngai.gov.vn', pathPrefix: '/xa/binh-chuong/' });
  });

  it('gives every demo unit its own published news, documents and (active units) this week’s schedule', async () => {
    for (const expected of demoPlatformUnits) {
      const unit = units.find((candidate) => candidate.slug === expected.slug)!;
      const count = async (uid: string) =>
        (await request(`${CM(cms, uid)}?page=1&pageSize=1&filters[unit][documentId][$eq]=${unit.documentId}`, { token: admin })).body.pagination.total;
      expect(await count('api::article.article'), expected.slug).toBe(expected.articles.length);
      expect(await count('api::legal-document.legal-document'), expected.slug).toBe(expected.documents.length);
      expect(await count('api::schedule.schedule'), expected.slug).toBe(expected.schedule ? 1 : 0);
      const published = await request(`${cms.url}/api/articles?filters[unit][slug][$eq]=${expected.slug}&fields[0]=slug`, {
        token: (await import('node:fs')).readFileSync(cms.tokenFile, 'utf8').trim(),
      });
      expect(published.body.data.map((article: { slug: string }) => article.slug).sort()).toEqual(expected.articles.map((article) => article.slug).sort());
    }
  });

  it('gives each unit one editor who signs in and sees only that unit’s articles', async () => {
    for (const slug of ['xa-van-tuong', 'tinh-uy-quang-ngai']) {
      const unit = units.find((candidate) => candidate.slug === slug)!;
      const jwt = await adminLogin(cms.url, demoEditorEmail(slug), EDITOR_PASSWORD);
      const { status, body } = await request(`${CM(cms, 'api::article.article')}?page=1&pageSize=100&populate[unit]=true`, { token: jwt });
      expect(status).toBe(200);
      expect(body.results.length).toBe(demoPlatformUnits.find((expected) => expected.slug === slug)!.articles.length);
      for (const article of body.results) expect(article.unit?.documentId ?? article.unitDocumentId).toBe(unit.documentId);
    }
    const defaultUnit = units.find((unit) => !demoPlatformUnits.some((expected) => expected.slug === unit.slug))!;
    expect(await adminLogin(cms.url, demoEditorEmail(defaultUnit.slug), EDITOR_PASSWORD)).toEqual(expect.any(String));
  });

  it('seeds once: a restart adds no unit, entry or editor', async () => {
    const before = (await request(`${CM(cms, 'api::article.article')}?page=1&pageSize=1`, { token: admin })).body.pagination.total;
    await cms.stop();
    cms = await startTestCms(database, secrets, env);
    admin = await adminLogin(cms.url, TEST_ADMIN.email, TEST_ADMIN.password);
    expect((await request(`${CM(cms, 'api::article.article')}?page=1&pageSize=1`, { token: admin })).body.pagination.total).toBe(before);
    expect((await request(`${CM(cms, 'api::unit.unit')}?page=1&pageSize=1`, { token: admin })).body.pagination.total).toBe(units.length);
    const { body } = await request(`${cms.url}/admin/users?pageSize=100`, { token: admin });
    const editors = body.data.results.filter((user: { email: string }) => user.email.startsWith('bientap.'));
    expect(editors).toHaveLength(units.length);
  }, 600_000);
});
