import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expandUrlMap, nginxRedirectsConf, urlRecordSchema } from '@portal/shared-types';
import { createApiToken } from '../../scripts/src/cms-admin-api.ts';
import { urlMapAnswer } from '../../scripts/src/static-server.ts';
import { dropDatabase, loadDump } from '../../scripts/import/nukeviet/fixture-database.ts';
import { adminJwt } from './helpers/content-manager.ts';
import { request } from './helpers/http.ts';
import { FIXTURE as fixture, importTraces, removeImports, runImport as runCli } from './helpers/nukeviet-import.ts';

/**
 * import:nukeviet against the real CMS and a real MariaDB: the fixture is loaded into a throwaway database, imported
 * twice (the second run changes nothing), killed midway and resumed (no duplicates), and dry-run (writes nothing).
 */
const cms = inject('cms');
const server = process.env.PORTAL_TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';
const database = `nukeviet_test_${process.pid}_${Date.now() % 100000}`;
let source = '';
const NOW = String(Date.parse('2026-12-01T08:00:00+07:00') / 1000);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'nukeviet-import-'));
const units: Record<string, string> = {};
let token = '';
let jwt = '';

const runImport = (unit: string, extra: string[] = []) => runCli(cms, jwt, { source, unit, work, now: NOW, extra });

/** A request, tried again once when the CMS closed the idle connection while the test waited on the importer. */
async function get(url: string, bearer: string) {
  try {
    return await request<any>(url, { token: bearer });
  } catch {
    return request<any>(url, { token: bearer });
  }
}
const api = async (route: string) => {
  const { status, body } = await get(`${cms.url}${route}`, token);
  if (status !== 200) throw new Error(`${route}: ${status} ${JSON.stringify(body)}`);
  return body;
};
/** Drafts included: through the admin API (the public API serves published entries only). */
const articlesOf = async (unit: string): Promise<any[]> => {
  const { status, body } = await get(`${cms.url}/content-manager/collection-types/api::article.article?page=1&pageSize=500&filters[$and][0][legacyId][$startsWith]=nukeviet:${unit}:`, jwt);
  if (status !== 200) throw new Error(`articles of ${unit}: ${status} ${JSON.stringify(body)}`);
  return body.results;
};
/** Published articles with their relations, through the public API. */
const publishedArticles = async (unit: string): Promise<any[]> =>
  (await api(`/api/articles?pagination[pageSize]=1000&filters[legacyId][$startsWith]=nukeviet:${unit}:&populate[category]=true&populate[otherCategories]=true&populate[tags]=true&populate[cover]=true&populate[sections][on][sections.image][populate][image]=true&populate[sections][on][sections.rich-text]=true&populate[sections][on][sections.table]=true`)).data;

const cm = (uid: string) => `${cms.url}/content-manager/collection-types/${uid}`;
let before: Awaited<ReturnType<typeof importTraces>> = { tags: new Set(), media: new Set() };
async function listAll(url: string): Promise<any[]> {
  const { body } = await get(url, jwt);
  return body.results ?? [];
}

beforeAll(async () => {
  source = await loadDump(server, database, path.join(fixture, 'nukeviet-demo.sql'));

  jwt = await adminJwt(cms);
  token = await createApiToken(cms.url, jwt, { name: `nukeviet-import-${Date.now()}`, description: 'import test', type: 'full-access' });
  for (const [key, name] of [['main', 'Lưu trữ huyện Bình Sơn'], ['killed', 'Lưu trữ huyện Ba Chẽ'], ['dry', 'Lưu trữ huyện Phú Riềng']] as const) {
    const slug = `nv-${key}-${Date.now() % 100000}`;
    const created = await request<any>(`${cms.url}/content-manager/collection-types/api::unit.unit`, {
      method: 'POST',
      token: jwt,
      body: { name: `${name} ${slug}`, slug, kind: 'dissolved-district-archive' },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    units[key] = slug;
  }
  before = await importTraces(cms, jwt);
}, 120_000);

afterAll(async () => {
  // Leave the shared CMS as it was: later test files (and the site build test) expect only the demo content.
  await removeImports(cms, jwt, Object.values(units), before);
  await dropDatabase(server, database);
  fs.rmSync(work, { recursive: true, force: true });
});

describe('import:nukeviet', () => {
  let first: ReturnType<typeof runImport>;

  it('imports the fixture: categories, articles, tags, documents, media, with a report and an old-URL map', async () => {
    first = runImport(units.main!);
    expect(first.status, first.stderr + first.stdout).toBe(0);
    const report = first.report!;
    expect(report.counts.category).toMatchObject({ created: 5, updated: 0 });
    expect(report.counts.article).toMatchObject({ created: 50, skipped: 0 });
    expect(report.counts.document.created + report.counts.document.skipped).toBe(20);
    expect(report.counts.media.created).toBeGreaterThan(0);
    expect(report.lawsModule).toBe('imported');
    expect(report.unparsedNumbers.map((row) => row.rawNumber)).toEqual(['Số: không rõ/2019']);
    expect(report.missingFiles.map((row) => row.file)).toEqual(
      expect.arrayContaining(['/uploads/news/2020_08/khong-ton-tai.jpg', '2020_11/anh-bi-mat.jpg', '2019_06/tep-da-mat.pdf']),
    );
    expect(report.removedMarkup.find((row) => row.legacyId.endsWith(':news:8'))?.removed).toMatchObject({ 'tag <script>': 1, 'attribute onclick': 1, 'attribute style': 1, 'javascript: URL': 1 });
    expect(first.stdout).toContain('unparsed number');
    // Issue 25's redirect records carry every old address into the site's redirect map: the path forms and (issue 17)
    // the query-string forms, which the servers match by their parameters.
    expect(report.redirects.available).toBe(true);
    expect(first.urls!.filter((row) => row.fromPath.includes('?')).length).toBeGreaterThan(0);
    expect(report.redirects.created).toBe(first.urls!.length);
  });

  it('keeps content, two categories, statuses, views, tags and NFC text; bodies are sanitised sections', async () => {
    const unit = units.main!;
    const all = await articlesOf(unit);
    expect(all).toHaveLength(50);
    const drafts = new Map(all.map((article) => [Number(article.legacyId.split(':').pop()), article]));
    const published = await publishedArticles(unit);
    const byId = new Map(published.map((article) => [Number(article.legacyId.split(':').pop()), article]));
    const one = byId.get(1)!;
    expect(one.category.name).toBe('Hoạt động Huyện ủy');
    expect(one.otherCategories.map((c: any) => c.name)).toEqual(['Đại hội Đảng bộ']);
    expect(one.featured).toBe(true);
    expect(one.hot).toBe(true);
    expect(one.cover.alternativeText).toBe('Hội nghị tổng kết');
    expect(one.sections.map((s: any) => s.__component)).toEqual(['sections.rich-text', 'sections.image', 'sections.table', 'sections.rich-text']);
    expect(one.sections[1].image.id).toBe(one.cover.id); // the same file once in the media library
    const links = JSON.stringify(one.sections[3]);
    expect(links).toContain(`"url":"/tin-tuc/${drafts.get(2)!.slug}/"`);
    expect(links).toContain(`"url":"/tin-tuc/${drafts.get(3)!.slug}/"`);
    expect(one.date).toBe(new Date(Date.parse('2020-01-04T08:20:00+07:00')).toISOString());
    expect(one.legacyViews).toBe(52);
    expect(one.tags.map((t: any) => t.name)).toEqual([]);
    expect(byId.get(12)!.tags.map((t: any) => t.name).sort()).toEqual(['Bình Sơn', 'sắp xếp đơn vị hành chính', 'đại hội đảng'].sort());

    const dangerous = JSON.stringify(byId.get(8)!.sections);
    expect(dangerous).not.toMatch(/script|onclick|onerror|javascript:|color:red|iframe|evil/i);
    expect(dangerous).toContain('https://baoquangngai.vn/tin');
    expect(dangerous).toContain('Chạy chữ');

    expect(byId.get(10)!.title).toBe('Xã Bình Hòa ra quân xây dựng nông thôn mới'.normalize('NFC'));
    expect(byId.get(10)!.title).not.toBe(byId.get(10)!.title.normalize('NFD'));
    expect(drafts.get(4)!.slug).not.toBe(drafts.get(9)!.slug);
    expect([5, 6, 7, 1].map((id) => drafts.get(id)!.legacyStatus)).toEqual(['scheduled', 'expired', 'pending', 'published']);
    expect([...byId.keys()]).toHaveLength(47);
    expect([...byId.keys()]).not.toEqual(expect.arrayContaining([5]));

    const documents = (await api(`/api/legal-documents?pagination[pageSize]=100&filters[legacyId][$startsWith]=nukeviet:${unit}:&populate[relations][populate]=*&populate[files]=true`)).data as any[];
    // A number that does not parse gives no address: the document is kept as a draft for an editor to correct.
    expect(documents.find((d) => d.legacyId.endsWith(':laws:20'))).toBeUndefined();
    const kept = await listAll(`${cm('api::legal-document.legal-document')}?page=1&pageSize=10&filters[$and][0][legacyId][$eq]=${encodeURIComponent(`nukeviet:${unit}:laws:20`)}`);
    expect(kept.map((d) => [d.rawNumber, d.status])).toEqual([['Số: không rõ/2019', 'draft']]);
    const nfd = documents.find((d) => d.legacyId.endsWith(':laws:19'));
    if (nfd) expect(nfd.rawNumber).toBe(nfd.rawNumber.normalize('NFC'));
    const withFile = documents.find((d) => d.files?.length > 0);
    expect(withFile).toBeTruthy();
    const related = documents.find((d) => d.legacyId.endsWith(':laws:7'));
    if (related) expect(related.relations.map((r: any) => r.kind)).toEqual(['replaces']);
  });

  it('maps every old address of an imported entry to its new page', () => {
    const urls = first.urls!;
    const to = (from: string) => urls.find((row) => row.fromPath === from)?.toPath;
    expect(to('/news/hoat-dong-huyen-uy/dang-bo-huyen-binh-son-hoan-thanh-xuat-sac-nhiem-vu-1.html')).toMatch(/^\/tin-tuc\/dang-bo-huyen-binh-son-hoan-thanh-xuat-sac-nhiem-vu/);
    expect(to('/news/dai-hoi-dang-bo/dang-bo-huyen-binh-son-hoan-thanh-xuat-sac-nhiem-vu-1.html')).toBe(to('/news/hoat-dong-huyen-uy/dang-bo-huyen-binh-son-hoan-thanh-xuat-sac-nhiem-vu-1.html'));
    expect(to('/index.php?language=vi&nv=news&op=hoat-dong-huyen-uy/dang-bo-huyen-binh-son-hoan-thanh-xuat-sac-nhiem-vu-1')).toBeTruthy();
    expect(to('/news/tin-tuc/')).toMatch(/^\/chuyen-muc\//);
    expect(to('/news/tag/binh-son')).toMatch(/^\/the\//);
    expect(to('/laws/detail/215-kl-tu-1.html')).toMatch(/^\/van-ban\//);
    expect(new Set(urls.map((row) => row.fromPath)).size).toBe(urls.length);
  });

  it('carries the query-string addresses into the build: the static server answers them 301 in any order', async () => {
    // What the site build loads (its zod schema) and writes (its redirect map), as the server reads it.
    const { data } = await api(`/api/redirects?pagination[pageSize]=1000&filters[unit][slug][$eq]=${units.main}`);
    const records = (data as unknown[]).map((row) => urlRecordSchema.parse(row));
    const query = '/index.php?language=vi&nv=news&op=hoat-dong-huyen-uy/dang-bo-huyen-binh-son-hoan-thanh-xuat-sac-nhiem-vu-1';
    const article = first.urls!.find((row) => row.fromPath === query)!.toPath;
    expect(records.find((record) => record.fromPath === query)?.toPath).toBe(article);
    expect(records.filter((record) => record.fromPath.startsWith('/index.php?'))).toHaveLength(first.urls!.filter((row) => row.fromPath.includes('?')).length);
    const map = expandUrlMap(records, new Set());
    const loaded = { redirects: new Map(Object.entries(map.redirects)), gone: new Set(map.gone) };
    expect(urlMapAnswer(loaded, '/index.php', '?op=hoat-dong-huyen-uy%2Fdang-bo-huyen-binh-son-hoan-thanh-xuat-sac-nhiem-vu-1&nv=news&language=vi')).toEqual({
      status: 301,
      location: article,
      query: true,
    });
    expect(nginxRedirectsConf(map)).toContain(`location = "/@legacy-query/vi&news&hoat-dong-huyen-uy/dang-bo-huyen-binh-son-hoan-thanh-xuat-sac-nhiem-vu-1" { internal; return 301 "${article}"; }`);
  });

  it('a second run changes nothing', () => {
    const second = runImport(units.main!);
    expect(second.status, second.stderr).toBe(0);
    for (const [type, count] of Object.entries(second.report!.counts)) {
      expect({ type, created: count.created, updated: count.updated }).toEqual({ type, created: 0, updated: 0 });
    }
    expect(second.report!.counts.article.unchanged).toBe(50);
    expect(second.report!.redirects).toMatchObject({ created: 0, updated: 0 });
    expect(second.urls).toEqual(first.urls);
  });

  it('a run killed midway and started again finishes without duplicates', async () => {
    const killed = runImport(units.killed!, ['--stop-after', '12']);
    expect(killed.signal).toBe('SIGKILL');
    const partial = await articlesOf(units.killed!);
    expect(partial.length).toBeLessThan(50);
    const resumed = runImport(units.killed!);
    expect(resumed.status, resumed.stderr).toBe(0);
    expect(resumed.report!.counts.media.created).toBe(0); // same files as the first unit: found by hash
    const all = await articlesOf(units.killed!);
    expect(all).toHaveLength(50);
    expect(new Set(all.map((article) => article.legacyId)).size).toBe(50);
    const categories = (await api(`/api/categories?pagination[pageSize]=100&filters[legacyId][$startsWith]=nukeviet:${units.killed}:`)).data;
    expect(new Set(categories.map((c: any) => c.legacyId)).size).toBe(5);
    expect(categories).toHaveLength(5);
  });

  it('--dry-run writes nothing and reports the same counts', async () => {
    const dry = runImport(units.dry!, ['--dry-run']);
    expect(dry.status, dry.stderr).toBe(0);
    expect(dry.report!.dryRun).toBe(true);
    expect(dry.report!.counts.article.created).toBe(50);
    expect(dry.report!.counts.category.created).toBe(5);
    expect(await articlesOf(units.dry!)).toHaveLength(0);
  });
});
