import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { demoEnglishPage, demoIndicators, demoInformationAccess, demoSiteSettings, demoUnitProfile } from '../src/seed/demo-content.ts';
import { UNIT_SCOPED_TYPES } from '../src/units/scoped-types.ts';
import { adminLogin, request } from './helpers/http.ts';
import { createTestDatabase, type TestDatabase } from './helpers/test-database.ts';
import { startTestCms, testSecrets, TEST_ADMIN, type TestCms } from './helpers/test-cms.ts';

/** Table of each unit-scoped type, and of its `unit` link. */
const TABLES: Record<(typeof UNIT_SCOPED_TYPES)[number], string> = {
  'api::article.article': 'articles',
  'api::category.category': 'categories',
  'api::page.page': 'pages',
  'api::legal-document.legal-document': 'legal_documents',
  'api::congress.congress': 'congresses',
  'api::indicator.indicator': 'indicators',
  'api::kpi-report.kpi-report': 'kpi_reports',
  'api::schedule.schedule': 'schedules',
  'api::feedback.feedback': 'feedbacks',
  'api::site-setting.site-setting': 'site_settings',
  'api::outage-notice.outage-notice': 'outage_notices',
  'api::information-request.information-request': 'information_requests',
  'api::satisfaction-vote.satisfaction-vote': 'satisfaction_votes',
  'api::redirect.redirect': 'redirects',
  'api::english-page.english-page': 'english_pages',
  'api::information-access.information-access': 'information_accesses',
  'api::unit-profile.unit-profile': 'unit_profiles',
};
const MIGRATION = '2026.12.07T00.00.00.indicator-measure-unit.js';

async function sql(database: TestDatabase, statements: string[]): Promise<Array<Record<string, unknown>>> {
  if (database.client === 'sqlite') {
    const db = new Database(database.env.DATABASE_FILENAME!);
    try {
      let rows: Array<Record<string, unknown>> = [];
      for (const statement of statements) {
        const prepared = db.prepare(statement);
        rows = prepared.reader ? (prepared.all() as Array<Record<string, unknown>>) : (prepared.run(), []);
      }
      return rows;
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: database.env.DATABASE_URL });
  await client.connect();
  try {
    let rows: Array<Record<string, unknown>> = [];
    for (const statement of statements) rows = (await client.query(statement)).rows;
    return rows;
  } finally {
    await client.end();
  }
}

/**
 * Turns a database of this version back into one written before units existed: no unit rows, no `unit` links, no
 * default-unit record, the indicator's measurement unit in its old `unit` column and the renaming migration not run.
 * (The empty tables of the unit type stay; on a real old database Strapi's schema sync creates them.)
 */
async function forgetUnits(database: TestDatabase): Promise<void> {
  await sql(database, [
    ...Object.values(TABLES).flatMap((table) => [`DELETE FROM ${table}_unit_lnk`, `UPDATE ${table} SET unit_document_id = NULL`]),
    ...['units_cmps', 'units_organisation_lnk', 'units_parent_lnk', 'units_successors_lnk', 'units_editors_lnk'].map((table) => `DELETE FROM ${table}`),
    "DELETE FROM files_related_mph WHERE related_type = 'api::unit.unit'",
    'DELETE FROM units',
    "DELETE FROM strapi_core_store_settings WHERE key = 'core_portal_default-unit'",
    `DELETE FROM strapi_migrations WHERE name = '${MIGRATION}'`,
    'ALTER TABLE indicators RENAME COLUMN measure_unit TO unit',
  ]);
}

describe('upgrading a single-unit install', () => {
  let database: TestDatabase;
  let cms: TestCms | undefined;
  const secrets = testSecrets();

  afterAll(async () => {
    await cms?.stop();
    await database?.drop();
  });

  it('gives every entry, drafts and published versions alike, a default unit made from the site settings, losing nothing', async () => {
    database = await createTestDatabase('units-upgrade');
    cms = await startTestCms(database, secrets);
    await cms.stop();
    cms = undefined;

    await forgetUnits(database);
    const rowsBefore: Record<string, number> = {};
    for (const [uid, table] of Object.entries(TABLES)) {
      rowsBefore[uid] = Number((await sql(database, [`SELECT COUNT(*) AS n FROM ${table}`]))[0]!.n);
      expect(Number((await sql(database, [`SELECT COUNT(*) AS n FROM ${table}_unit_lnk`]))[0]!.n)).toBe(0);
    }
    expect(rowsBefore['api::article.article']).toBeGreaterThan(0);

    cms = await startTestCms(database, secrets);
    expect(cms.output()).toMatch(/Created the default unit "Ủy ban nhân dân huyện Bình Sơn"/);
    expect(cms.output()).toMatch(/Gave \d+ entries without a unit the default unit/);

    // Every row of every unit-scoped table (draft and published rows) now links to the one default unit.
    const units = await sql(database, ['SELECT id, document_id, name, portal_name FROM units']);
    expect(units).toHaveLength(1);
    expect(units[0]).toMatchObject({ name: demoSiteSettings.ownerName, portal_name: demoSiteSettings.portalName });
    for (const [uid, table] of Object.entries(TABLES)) {
      const rows = Number((await sql(database, [`SELECT COUNT(*) AS n FROM ${table}`]))[0]!.n);
      expect(rows, uid).toBe(rowsBefore[uid]);
      const linked = await sql(database, [`SELECT DISTINCT unit_id FROM ${table}_unit_lnk`]);
      const unlinked = Number(
        (await sql(database, [`SELECT COUNT(*) AS n FROM ${table} WHERE id NOT IN (SELECT ${uid.split('.')[1]!.replace(/-/g, '_')}_id FROM ${table}_unit_lnk)`]))[0]!.n,
      );
      expect(unlinked, uid).toBe(0);
      const keys = await sql(database, [`SELECT DISTINCT unit_document_id AS key FROM ${table}`]);
      if (rows > 0) expect(keys.map((row) => row.key), uid).toEqual([units[0]!.document_id]);
      if (rows > 0) expect(linked.map((row) => Number(row.unit_id)), uid).toEqual([Number(units[0]!.id)]);
    }

    // The single types of before (English page, Tiếp cận thông tin, profile) are the default unit's entries, unchanged.
    expect(await sql(database, ['SELECT unit_name FROM english_pages'])).toEqual([{ unit_name: demoEnglishPage.unitName }]);
    expect(await sql(database, ['SELECT focal_name FROM information_accesses'])).toEqual([{ focal_name: demoInformationAccess.focalName }]);
    expect(await sql(database, ['SELECT history FROM unit_profiles'])).toEqual([{ history: demoUnitProfile.history }]);

    // The measurement unit of every indicator survived its column's renaming.
    const indicators = await sql(database, ['SELECT code, measure_unit FROM indicators']);
    const expected = new Map(demoIndicators.map((indicator) => [indicator.code, indicator.measureUnit]));
    expect(indicators.length).toBeGreaterThan(0);
    for (const row of indicators) expect(row.measure_unit, String(row.code)).toBe(expected.get(String(row.code)));

    // Through the admin: the content manager counts every article in the default unit.
    const jwt = await adminLogin(cms.url, TEST_ADMIN.email, TEST_ADMIN.password);
    const cm = `${cms.url}/content-manager/collection-types/api::article.article?page=1&pageSize=1`;
    const all = await request(cm, { token: jwt });
    const inUnit = await request(`${cm}&filters[unit][documentId][$eq]=${String(units[0]!.document_id)}`, { token: jwt });
    expect(inUnit.body.pagination.total).toBe(all.body.pagination.total);

    // A second start is a no-op: still one unit, nothing reassigned.
    await cms.stop();
    cms = await startTestCms(database, secrets);
    expect(cms.output()).not.toMatch(/Created the default unit|Gave \d+ entries/);
    expect(await sql(database, ['SELECT id FROM units'])).toHaveLength(1);
  });
});
