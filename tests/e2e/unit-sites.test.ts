/**
 * The sites of a platform's units (issue 16), built from a live CMS with PORTAL_UNIT for each unit: a province with a
 * directory of units and a former-name lookup, two communes each with its own content, a provincial article
 * syndicated to one commune only (with a canonical link to the original) and one syndicated to all, and a dissolved
 * district's archive with its banner and no visitor forms, whose valid documents its successor lists; a commune served
 * under a path prefix of the province's host, every URL of its build under that prefix, working in Chromium through
 * the platform's static server. The pages this adds (the prefixed commune's too) pass axe (WCAG 2.2 AA) in Chromium and
 * the Nu HTML Checker.
 */
import fs from 'node:fs';
import http, { type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminJwt, countEntries, createEntry, deleteCreatedEntries, mustCreate, publishEntry, uniqueMarker } from '../../cms/tests/helpers/content-manager.ts';
import { bindToUnit, signUpAs } from '../../cms/tests/helpers/admin-users.ts';
import { request } from '../../cms/tests/helpers/http.ts';
import { unitRouter } from '../../scripts/src/platform/front-config.ts';
import { type PlatformUnit, unitDeployRoot } from '../../scripts/src/platform/platform-units.ts';
import { buildSite } from '../../scripts/src/site-build.ts';
import { createStaticServer } from '../../scripts/src/static-server.ts';
import { loadPagefind } from '../../site/test/support/pagefind-node.ts';
import { axeViolations, closeContext, launchChromium } from './browser.ts';
import { describeHtmlError, htmlErrors } from './nu-html-checker.ts';

const cms = inject('cms');
const run = uniqueMarker();
const n = run.number;
const UNIT = 'api::unit.unit';
const ARTICLE = 'api::article.article';
const connect = (documentId: string) => ({ connect: [{ documentId }] });

const hosts = { province: `tinh-${n}.example.vn`, commune: `xa-a-${n}.example.vn`, archive: `luu-tru-${n}.example.vn` };
const names = {
  province: `Tỉnh ủy Thử ${run.text}`,
  communeA: `Đảng ủy xã An Thử ${run.text}`,
  communeB: `UBND xã Bình Thử ${run.text}`,
  archive: `Huyện ủy Cũ ${run.text}`,
  former: `Xã Đông Cũ ${run.text}`,
};
const units: Record<'province' | 'communeA' | 'communeB' | 'archive', { documentId: string; slug: string }> = {} as never;
const articles: Record<string, string> = {};
const dirs: Record<string, string> = {};
let documentSlug = '';
const users: number[] = [];

const page = (unit: string, pathname: string): string => {
  const file = path.join(dirs[unit]!, pathname, 'index.html');
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
};
const built = (unit: string, pathname: string) => fs.existsSync(path.join(dirs[unit]!, pathname, 'index.html'));
const htmlFiles = (dir: string) =>
  fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));

async function unit(key: keyof typeof units, data: Record<string, unknown>): Promise<void> {
  const created = await mustCreate(cms, UNIT, data);
  units[key] = { documentId: created.documentId, slug: created.slug };
}

async function article(key: string, unitKey: keyof typeof units, extra: Record<string, unknown> = {}): Promise<void> {
  const slug = `tin-${key}-${run.text}`;
  const created = await mustCreate(cms, ARTICLE, {
    title: `Tin ${key} ${run.text}`,
    slug,
    date: '2026-03-02T03:00:00.000Z',
    summary: `Sapo của tin ${key}.`,
    unit: connect(units[unitKey].documentId),
    ...extra,
  });
  await publishEntry(cms, ARTICLE, created.documentId);
  articles[key] = created.slug;
}

async function buildUnit(key: keyof typeof units, siteUrl: string): Promise<void> {
  dirs[key] = fs.mkdtempSync(path.join(os.tmpdir(), `portal-unit-${key}-`));
  await buildSite({ cmsUrl: cms.url, tokenFile: cms.tokenFile, siteUrl, outDir: dirs[key]!, quiet: true, env: { PORTAL_UNIT: units[key].slug } });
}

beforeAll(async () => {
  // Organisation history: a former commune merged into the organisation commune A publishes for.
  const communeOrganisation = await mustCreate(cms, 'api::organisation.organisation', { name: `Đảng bộ xã An Thử ${run.text}`, kind: 'party-committee', level: 'commune' });
  await mustCreate(cms, 'api::organisation.organisation', {
    name: names.former,
    kind: 'peoples-committee',
    level: 'commune',
    activeUntil: '2025-06-30',
    mergedInto: connect(communeOrganisation.documentId),
  });

  await unit('province', { name: names.province, kind: 'province-party-committee', hostname: hosts.province, portalName: `Cổng Tỉnh ủy ${run.text}` });
  await unit('communeA', {
    name: names.communeA,
    kind: 'commune-party-committee',
    hostname: hosts.commune,
    parent: connect(units.province.documentId),
    organisation: connect(communeOrganisation.documentId),
    portalName: `Cổng xã An ${run.text}`,
  });
  await unit('communeB', { name: names.communeB, kind: 'commune-people-committee', pathPrefix: `/xa/binh-${n}/`, parent: connect(units.province.documentId) });
  await unit('archive', {
    name: names.archive,
    kind: 'dissolved-district-archive',
    hostname: hosts.archive,
    parent: connect(units.province.documentId),
    state: 'archived',
    dissolvedOn: '2025-07-01',
    dissolutionDecision: `Nghị quyết số ${n}/NQ-UBTVQH15`,
    successors: connect(units.communeA.documentId),
  });

  await article('tinh', 'province');
  await article('xa-a', 'communeA');
  await article('xa-b', 'communeB');
  await article('luu-tru', 'archive');
  await article('tinh-cho-xa-a', 'province', { syndicatedTo: connect(units.communeA.documentId) });
  await article('tinh-cho-moi-xa', 'province', { syndicateToAll: true });
  const document = await mustCreate(cms, 'api::legal-document.legal-document', {
    rawNumber: `${n}-NQ/HU`,
    subject: `Nghị quyết còn hiệu lực ${run.text}`,
    term: '2020-2025',
    issuedDate: '2024-03-01',
    unit: connect(units.archive.documentId),
  });
  await publishEntry(cms, 'api::legal-document.legal-document', document.documentId);
  documentSlug = document.slug;

  await buildUnit('province', `https://${hosts.province}`);
  await buildUnit('communeA', `https://${hosts.commune}`);
  await buildUnit('communeB', `https://${hosts.province}/xa/binh-${n}/`);
  await buildUnit('archive', `https://${hosts.archive}`);
}, 900_000);

afterAll(async () => {
  for (const dir of Object.values(dirs)) fs.rmSync(dir, { recursive: true, force: true });
  await deleteCreatedEntries();
  if (users.length > 0) await request(`${cms.url}/admin/users/batch-delete`, { method: 'POST', token: await adminJwt(cms), body: { ids: users } });
});

describe('syndication in the CMS', () => {
  it('refuses, in Vietnamese, to mark a commune’s article for re-publication, saving nothing', async () => {
    const title = `Tin xã đăng lại ${run.text}`;
    const response = await createEntry(cms, ARTICLE, {
      title,
      date: '2026-03-02T03:00:00.000Z',
      summary: 'Sapo.',
      unit: connect(units.communeA.documentId),
      syndicateToAll: true,
    });
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0]).toMatchObject({ path: ['syndicateToAll'], message: expect.stringContaining('Chỉ tin bài của Tỉnh ủy, UBND tỉnh') });
    expect(await countEntries(cms, ARTICLE, `&filters[title][$eq]=${encodeURIComponent(title)}`)).toBe(0);
  });

  it('refuses to re-publish on an archive or on the article’s own unit', async () => {
    const response = await createEntry(cms, ARTICLE, {
      title: `Tin tỉnh sai ${run.text}`,
      date: '2026-03-02T03:00:00.000Z',
      summary: 'Sapo.',
      unit: connect(units.province.documentId),
      syndicatedTo: { connect: [{ documentId: units.archive.documentId }, { documentId: units.province.documentId }] },
    });
    expect(response.status).toBe(400);
    const messages = response.body.error.details.errors.map((error: { message: string }) => error.message);
    expect(messages).toEqual([expect.stringContaining('chính đơn vị'), expect.stringContaining('đã giải thể')]);
  });

  it('refuses a commune that adds a re-publication to its stored article', async () => {
    const documentId = (await request(`${cms.url}/api/articles?filters[slug][$eq]=${articles['xa-a']}`, { token: cms.token })).body.data[0].documentId;
    const response = await request(`${cms.url}/content-manager/collection-types/${ARTICLE}/${documentId}`, {
      method: 'PUT',
      token: await adminJwt(cms),
      body: { syndicatedTo: connect(units.communeB.documentId) },
    });
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0].path).toEqual(['syndicatedTo']);
  });

  it('leaves a provincial article syndicated to a commune out of reach of that commune’s editor', async () => {
    const editor = await signUpAs(cms, 'Biên tập viên');
    users.push(editor.id);
    await bindToUnit(cms, editor, units.communeA.documentId);
    const documentId = (await request(`${cms.url}/api/articles?filters[slug][$eq]=${articles['tinh-cho-xa-a']}`, { token: cms.token })).body.data[0].documentId;
    const entry = `${cms.url}/content-manager/collection-types/${ARTICLE}/${documentId}`;
    const edit = await request(entry, { method: 'PUT', token: editor.jwt, body: { title: 'Sửa từ xã', syndicateToAll: true } });
    expect([403, 404]).toContain(edit.status);
    const stored = await request(entry, { token: await adminJwt(cms) });
    expect(stored.body.data).toMatchObject({ title: `Tin tinh-cho-xa-a ${run.text}`, syndicateToAll: false });
  });
});

describe('each unit’s own site', () => {
  it('holds only its own articles and those syndicated to it', () => {
    expect(built('communeA', `tin-tuc/${articles['xa-a']}`)).toBe(true);
    expect(built('communeA', `tin-tuc/${articles['xa-b']}`)).toBe(false);
    expect(built('communeA', `tin-tuc/${articles['tinh']}`)).toBe(false);
    expect(built('communeA', `tin-tuc/${articles['luu-tru']}`)).toBe(false);
    expect(built('communeB', `tin-tuc/${articles['xa-b']}`)).toBe(true);
    expect(built('communeB', `tin-tuc/${articles['xa-a']}`)).toBe(false);
    expect(built('province', `tin-tuc/${articles['tinh']}`)).toBe(true);
    expect(built('province', `tin-tuc/${articles['xa-a']}`)).toBe(false);
  });

  it('carries its own settings: the unit’s portal name', () => {
    expect(page('communeA', '')).toContain(`<title>Cổng xã An ${run.text}</title>`);
    expect(page('province', '')).toContain(`<title>Cổng Tỉnh ủy ${run.text}</title>`);
  });
});

describe('a syndicated article', () => {
  it('appears only on the chosen commune, with a canonical link to the original and its source', () => {
    const slug = articles['tinh-cho-xa-a']!;
    expect(built('communeB', `tin-tuc/${slug}`)).toBe(false);
    const copy = page('communeA', `tin-tuc/${slug}`);
    const original = `https://${hosts.province}/tin-tuc/${slug}/`;
    expect(copy).toContain(`<link rel="canonical" href="${original}">`);
    expect(copy).toContain(`Nguồn: ${names.province}`);
    expect(copy).toContain(`<a href="${original}">Xem bài gốc</a>`);
    // Visitors respond on the original: no rating or feedback form on the copy.
    expect(copy).not.toContain('feedback-form');
    // The original keeps its own canonical URL and forms.
    const own = page('province', `tin-tuc/${slug}`);
    expect(own).toContain(`<link rel="canonical" href="${original}">`);
    expect(own).not.toContain('Nguồn: ');
    expect(own).toContain('feedback-form');
    // An own article is never given another unit's canonical.
    expect(page('communeA', `tin-tuc/${articles['xa-a']}`)).toContain(`<link rel="canonical" href="https://${hosts.commune}/tin-tuc/${articles['xa-a']}/">`);
  });

  it('marked for all appears on every commune, not on the archive', () => {
    const slug = articles['tinh-cho-moi-xa']!;
    expect(built('communeA', `tin-tuc/${slug}`)).toBe(true);
    expect(built('communeB', `tin-tuc/${slug}`)).toBe(true);
    expect(built('archive', `tin-tuc/${slug}`)).toBe(false);
  });
});

describe('an archived unit’s site', () => {
  it('shows on every page the dissolution date, decision and a link to the successor’s site', () => {
    const pages = htmlFiles(dirs.archive!).filter((file) => !file.includes(`${path.sep}xem-truoc${path.sep}`));
    expect(pages.length).toBeGreaterThan(5);
    for (const file of pages) {
      const html = fs.readFileSync(file, 'utf8');
      const banner = html.match(/<aside class="archive-notice"[\s\S]*?<\/aside>/)?.[0] ?? '';
      expect(banner, file).toContain(`Đây là trang lưu trữ của ${names.archive}, đã giải thể từ ngày 01/07/2025.`);
      expect(banner, file).toContain(`Theo Nghị quyết số ${n}/NQ-UBTVQH15.`);
      expect(banner, file).toContain(`<a href="https://${hosts.commune}/" data-successor>${names.communeA}</a>`);
    }
  });

  it('renders no feedback, rating, consultation, information-request or satisfaction form', () => {
    for (const file of htmlFiles(dirs.archive!)) {
      const html = fs.readFileSync(file, 'utf8');
      expect(html, file).not.toMatch(/<form[^>]*method="post"/);
      expect(html, file).not.toContain('data-participation');
    }
    expect(page('archive', 'danh-gia-hai-long')).toContain('Trang lưu trữ không nhận ý kiến');
    expect(page('archive', 'tiep-can-thong-tin')).toContain('Trang lưu trữ không nhận ý kiến');
    // Its content stays: the article and the document are there, searchable.
    expect(built('archive', `tin-tuc/${articles['luu-tru']}`)).toBe(true);
    expect(built('archive', `van-ban/${documentSlug}`)).toBe(true);
    // An active unit keeps its forms.
    expect(page('communeA', 'danh-gia-hai-long')).toMatch(/<form[^>]*method="post"/);
  });

  it('keeps its content searchable', async () => {
    const search = await loadPagefind(dirs.archive!);
    try {
      expect(await search.search(`Sapo của tin luu-tru ${run.text}`)).toContain(`/tin-tuc/${articles['luu-tru']}/`);
    } finally {
      search.close();
    }
  });

  it('has its still-valid documents listed on the successor’s library, linking to the archive', () => {
    const library = page('communeA', 'van-ban');
    expect(library).toContain(`data-inherited-from="${units.archive.slug}"`);
    expect(library).toContain(`href="https://${hosts.archive}/van-ban/${documentSlug}/"`);
    expect(page('communeB', 'van-ban')).not.toContain('data-inherited-from');
  });
});

describe('the provincial portal', () => {
  it('lists every unit by kind, linking each site and marking the archive', () => {
    const directory = page('province', 'don-vi');
    const section = (kind: string) => directory.match(new RegExp(`<section[^>]*data-unit-group="${kind}"[\\s\\S]*?</section>`))?.[0] ?? '';
    expect(section('commune-party-committee')).toContain(`<a href="https://${hosts.commune}/">${names.communeA}</a>`);
    expect(section('commune-people-committee')).toContain(`<a href="https://${hosts.province}/xa/binh-${n}/">${names.communeB}</a>`);
    const archive = section('dissolved-district-archive');
    expect(archive).toContain(`<a href="https://${hosts.archive}/">${names.archive}</a>`);
    expect(archive).toContain('Lưu trữ – đã giải thể');
    // Only the provincial portal has it.
    expect(built('communeA', 'don-vi')).toBe(false);
    expect(page('province', '')).toContain('<a href="/don-vi/">Danh bạ đơn vị</a>');
  });

  it('leads a former commune’s name to the unit that serves it now, without JavaScript', () => {
    const directory = page('province', 'don-vi');
    const entry = directory.match(new RegExp(`<li data-former-name="${names.former}">[\\s\\S]*?</li>`))?.[0] ?? '';
    expect(entry).toContain(`<h3 id="ten-cu-xa-dong-cu-${run.text}">${names.former}</h3>`);
    expect(entry).toContain('đến 30/06/2025');
    expect(entry).toContain(`<a href="https://${hosts.commune}/">${names.communeA}</a>`);
    // The archive's name leads to its successor too.
    const archived = directory.match(new RegExp(`<li data-former-name="${names.archive}">[\\s\\S]*?</li>`))?.[0] ?? '';
    expect(archived).toContain(names.communeA);
  });

  it('finds the former name in the site search, typed without accents and with d for đ', async () => {
    const search = await loadPagefind(dirs.province!);
    try {
      expect(await search.search(`xa dong cu ${run.text}`)).toContain('/don-vi/');
    } finally {
      search.close();
    }
  });

  it('offers a province-wide search merging the other active units’ indexes', () => {
    const searchPage = page('province', 'tim-kiem');
    const bundles = JSON.parse(
      (searchPage.match(/data-bundles="([^"]*)"/)?.[1] ?? '[]').replace(/&quot;/g, '"').replace(/&amp;/g, '&'),
    ) as Array<{ bundle: string }>;
    const urls = bundles.map((bundle) => bundle.bundle);
    expect(urls).toContain(`https://${hosts.commune}/pagefind/`);
    expect(urls).toContain(`https://${hosts.province}/xa/binh-${n}/pagefind/`);
    expect(urls).not.toContain(`https://${hosts.archive}/pagefind/`);
    expect(searchPage).toContain('Toàn tỉnh');
    expect(page('communeA', 'tim-kiem')).not.toContain('data-search-scope');
  });
});

describe('the pages this adds, in a browser and in the Nu HTML Checker', () => {
  let browser: Browser;
  const servers: Server[] = [];
  // A build under a path prefix is served under it (`base`), as the platform's front servers do.
  const serve = async (dir: string, base = '/') => {
    const server = createStaticServer(() => ({ root: dir, base }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push(server);
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  };

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    for (const server of servers) await new Promise((resolve) => server.close(resolve));
  });

  it('pass axe (WCAG 2.2 AA), and the former-name filter narrows the list as one types', async () => {
    const province = await serve(dirs.province!);
    const archive = await serve(dirs.archive!);
    const communeA = await serve(dirs.communeA!);
    const communeB = `${await serve(dirs.communeB!, `/xa/binh-${n}/`)}/xa/binh-${n}`;
    const context = await browser.newContext();
    const failures: string[] = [];
    try {
      const targets = [
        `${province}/don-vi/`,
        `${province}/tim-kiem/`,
        `${archive}/`,
        `${archive}/tin-tuc/${articles['luu-tru']}/`,
        `${archive}/danh-gia-hai-long/`,
        `${communeA}/tin-tuc/${articles['tinh-cho-xa-a']}/`,
        `${communeA}/van-ban/`,
        `${communeB}/`,
        `${communeB}/tin-tuc/${articles['xa-b']}/`,
      ];
      for (const url of targets) {
        const tab = await context.newPage();
        try {
          await tab.goto(url);
          for (const violation of await axeViolations(tab)) failures.push(`${url}: ${violation.id} ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
        } finally {
          await tab.close();
        }
      }
      const tab = await context.newPage();
      await tab.goto(`${province}/don-vi/`);
      await tab.locator('#ten-cu-tim').fill('xa dong cu');
      await expect.poll(() => tab.locator(`li[data-former-name="${names.former}"]`).isVisible()).toBe(true);
      expect(await tab.locator(`li[data-former-name="${names.archive}"]`).isVisible()).toBe(false);
      expect(await tab.locator('[data-former-status]').textContent()).toContain('khớp với “xa dong cu”');
      await tab.close();
    } finally {
      await closeContext(context);
    }
    expect(failures).toEqual([]);
  });

  it('searches the whole province from the provincial portal, merging the communes’ indexes', async () => {
    const province = await serve(dirs.province!);
    const context = await browser.newContext();
    // The communes' sites live on their own hostnames (or under a prefix of the province's): answered here from
    // their builds, with the CORS header their servers send for /pagefind/.
    const answer = (dir: string, prefix: string) => async (route: import('playwright-core').Route) => {
      const pathname = decodeURIComponent(new URL(route.request().url()).pathname).slice(prefix.length - 1);
      const file = path.join(dir, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
      if (!fs.existsSync(file)) return route.fulfill({ status: 404, body: '' });
      return route.fulfill({ status: 200, body: fs.readFileSync(file), headers: { 'Access-Control-Allow-Origin': '*' } });
    };
    await context.route(`https://${hosts.commune}/**`, answer(dirs.communeA!, '/'));
    await context.route(`https://${hosts.province}/xa/binh-${n}/**`, answer(dirs.communeB!, `/xa/binh-${n}/`));
    try {
      const tab = await context.newPage();
      const results = async (query: string) => {
        await tab.goto(`${province}/tim-kiem/?q=${encodeURIComponent(query)}`);
        await expect.poll(() => tab.locator('#search-status').textContent(), { timeout: 30_000 }).toMatch(/kết quả|Không tìm thấy/);
        return tab.locator('#search-results a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
      };
      const own = await results(`Sapo của tin xa-a ${run.text}`);
      expect(own.some((href) => href.includes(hosts.commune))).toBe(false);
      await tab.goto(`${province}/tim-kiem/?q=${encodeURIComponent(`Sapo của tin xa-a ${run.text}`)}&pham-vi=toan-tinh`);
      await expect.poll(() => tab.locator('#search-results a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href)), { timeout: 30_000 })
        .toContain(`https://${hosts.commune}/tin-tuc/${articles['xa-a']}/`);
      await tab.locator('#q').fill(`Sapo của tin xa-b ${run.text}`);
      await tab.locator('#search-form button[type="submit"]').click();
      await expect.poll(() => tab.locator('#search-results a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href)), { timeout: 30_000 })
        .toContain(`https://${hosts.province}/xa/binh-${n}/tin-tuc/${articles['xa-b']}/`);
      await tab.close();
    } finally {
      await closeContext(context);
    }
  });

  it('are valid HTML', async () => {
    const files = [
      path.join(dirs.province!, 'don-vi', 'index.html'),
      path.join(dirs.province!, 'tim-kiem', 'index.html'),
      path.join(dirs.archive!, 'index.html'),
      path.join(dirs.archive!, 'danh-gia-hai-long', 'index.html'),
      path.join(dirs.archive!, 'tiep-can-thong-tin', 'index.html'),
      path.join(dirs.archive!, 'tin-tuc', articles['luu-tru']!, 'index.html'),
      path.join(dirs.communeA!, 'tin-tuc', articles['tinh-cho-xa-a']!, 'index.html'),
      path.join(dirs.communeA!, 'van-ban', 'index.html'),
      path.join(dirs.communeB!, 'index.html'),
      path.join(dirs.communeB!, 'tin-tuc', articles['xa-b']!, 'index.html'),
      // The English page (when the CMS has one) carries the banner too.
      path.join(dirs.archive!, 'en', 'index.html'),
    ].filter((file) => fs.existsSync(file));
    const errors = await htmlErrors(files);
    expect(errors.map((error) => describeHtmlError(error, os.tmpdir() + path.sep))).toEqual([]);
  });
});

describe('a unit served under a path prefix of the shared host', () => {
  const prefix = () => `/xa/binh-${n}/`;
  const sharedOrigin = () => `https://${hosts.province}`;
  /** Whether the province's build (the root of the shared host) serves a path: a link to the province's own site. */
  const provinceServes = (pathname: string) => {
    const file = path.join(dirs.province!, decodeURIComponent(pathname));
    return fs.existsSync(pathname.endsWith('/') ? path.join(file, 'index.html') : file);
  };
  const files = (dir: string, pattern: RegExp) =>
    fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && pattern.test(entry.name))
      .map((entry) => path.join(entry.parentPath, entry.name))
      .filter((file) => !path.relative(dir, file).startsWith(`pagefind${path.sep}`));

  it('links, loads and announces everything under its prefix: no root-absolute URL outside it', () => {
    const outside: string[] = [];
    let checked = 0;
    for (const file of files(dirs.communeB!, /\.html$/)) {
      const html = fs.readFileSync(file, 'utf8');
      const where = path.relative(dirs.communeB!, file);
      const values = [...html.matchAll(/\s(?:href|src|action|srcset|data-plain-href)="([^"]*)"/g)].flatMap((match) =>
        match[0].trimStart().startsWith('srcset') ? match[1]!.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!) : [match[1]!],
      );
      for (const value of values) {
        const url = value.replace(/&amp;/g, '&');
        checked += 1;
        // Root-absolute: a path of this site, so under the prefix.
        if (url.startsWith('/') && !url.startsWith('//') && !url.startsWith(prefix())) outside.push(`${where}: ${url}`);
      }
    }
    // Absolute URLs on the shared host (canonical, Open Graph, sitemap, feeds, calendars, open data): under the prefix,
    // or a page of the province's site there (the original of a syndicated article).
    for (const file of files(dirs.communeB!, /\.(html|xml|txt|ics|json|csv)$/)) {
      const text = fs.readFileSync(file, 'utf8');
      for (const match of text.matchAll(new RegExp(`${sharedOrigin().replace(/\./g, '\\.')}(/[^"'<>\\s,)]*)?`, 'g'))) {
        const pathname = match[1] ?? '/';
        checked += 1;
        if (!pathname.startsWith(prefix()) && !provinceServes(pathname)) outside.push(`${path.relative(dirs.communeB!, file)}: ${match[0]}`);
      }
    }
    expect(checked).toBeGreaterThan(200);
    expect(outside).toEqual([]);
    // The prefix is only put in front: the build's files stay at its root; its news list links its own article.
    expect(page('communeB', 'tin-tuc')).toContain(`href="${prefix()}tin-tuc/${articles['xa-b']}/"`);
    expect(fs.readFileSync(path.join(dirs.communeB!, 'sitemap-0.xml'), 'utf8')).toContain(`<loc>${sharedOrigin()}${prefix()}tin-tuc/${articles['xa-b']}/</loc>`);
    expect(JSON.parse(fs.readFileSync(path.join(dirs.communeB!, 'url-map.json'), 'utf8')).base).toBe(prefix());
    // A unit at the root of its host is built as before: no base anywhere.
    expect(page('communeA', 'tin-tuc')).toContain(`href="/tin-tuc/${articles['xa-a']}/"`);
    expect(JSON.parse(fs.readFileSync(path.join(dirs.communeA!, 'url-map.json'), 'utf8'))).not.toHaveProperty('base');
  });

  it('works in Chromium through the platform’s static server: assets, links, search and the view beacon', async () => {
    // The platform's deploy root: each unit's live build where the rebuild service puts it.
    const deployRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-prefix-deploy-'));
    const platformUnits: PlatformUnit[] = [
      { documentId: units.province.documentId, slug: units.province.slug, name: names.province, kind: 'province-party-committee', state: 'active', hostname: hosts.province },
      { documentId: units.communeA.documentId, slug: units.communeA.slug, name: names.communeA, kind: 'commune-party-committee', state: 'active', hostname: hosts.commune, parent: { documentId: units.province.documentId } },
      { documentId: units.communeB.documentId, slug: units.communeB.slug, name: names.communeB, kind: 'commune-people-committee', state: 'active', pathPrefix: prefix(), parent: { documentId: units.province.documentId } },
    ];
    for (const [key, unit] of [['province', units.province], ['communeA', units.communeA], ['communeB', units.communeB]] as const) {
      fs.mkdirSync(unitDeployRoot(deployRoot, unit.slug), { recursive: true });
      fs.symlinkSync(dirs[key]!, path.join(unitDeployRoot(deployRoot, unit.slug), 'current'));
    }
    const server = createStaticServer(unitRouter(deployRoot, () => platformUnits));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const local = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const browser = await launchChromium();
    const context = await browser.newContext();
    // The shared host's requests go to the static server, with their Host header, as a front proxy would send them.
    await context.route(`${sharedOrigin()}/**`, async (route) => {
      const url = new URL(route.request().url());
      const answer = await relay(local, hosts.province, `${url.pathname}${url.search}`);
      await route.fulfill(answer);
    });
    // The view beacon and the statistics go to the CMS itself (relayed, as Chromium keeps a public page from calling a
    // loopback address); the beacons' answers are recorded on the way.
    const beacons: number[] = [];
    await context.route(`${cms.url}/api/public/**`, async (route) => {
      const response = await route.fetch();
      if (new URL(route.request().url()).pathname === '/api/public/views') beacons.push(response.status());
      await route.fulfill({ response });
    });
    const failures: string[] = [];
    context.on('response', (response) => {
      if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
    });
    context.on('requestfailed', (request) => failures.push(`failed ${request.url()}: ${request.failure()?.errorText}`));
    const home = `${sharedOrigin()}${prefix()}`;
    try {
      const tab = await context.newPage();
      const beacon = tab.waitForRequest((request) => request.url() === `${cms.url}/api/public/views`);
      await tab.goto(home);
      // The stylesheet is there (a file under the prefix); the scripts run (the statistics block fills in).
      expect(await tab.evaluate(() => [...document.styleSheets].filter((sheet) => sheet.href !== null).length)).toBeGreaterThan(0);
      const sent = await beacon;
      expect(sent.postData()).toBe(`${prefix()}`);
      // The CMS accepted it.
      await expect.poll(() => beacons, { timeout: 15_000 }).toEqual([204]);
      await expect.poll(() => tab.locator('[data-visitor-stats]').isVisible(), { timeout: 15_000 }).toBe(true);

      // Every internal link of the page stays under the prefix; clicking one leads there.
      const links = await tab.locator('a[href]').evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
      const own = links.filter((href) => href.startsWith(sharedOrigin()));
      expect(own.length).toBeGreaterThan(10);
      expect(own.filter((href) => !href.startsWith(home) && !provinceServes(new URL(href).pathname))).toEqual([]);
      await tab.locator(`a[href="${prefix()}tin-tuc/"]`).first().click();
      await tab.waitForURL(`${home}tin-tuc/`);
      await tab.locator(`a[href="${prefix()}tin-tuc/${articles['xa-b']}/"]`).first().click();
      await tab.waitForURL(`${home}tin-tuc/${articles['xa-b']}/`);
      expect(await tab.locator('h1').first().textContent()).toContain(`Tin xa-b ${run.text}`);

      // The search page under the prefix: Pagefind's bundle loads from there and its results link there.
      await tab.locator(`a[href="${prefix()}tim-kiem/"]`).first().click();
      await tab.waitForURL(`${home}tim-kiem/`);
      await tab.locator('#q').fill(`Sapo của tin xa-b ${run.text}`);
      await tab.locator('#search-form button[type="submit"]').click();
      const result = `${home}tin-tuc/${articles['xa-b']}/`;
      await expect
        .poll(() => tab.locator('#search-results a').evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href)), { timeout: 30_000 })
        .toContain(result);
      const results = await tab.locator('#search-results a').evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
      expect(results.filter((href) => !href.startsWith(home))).toEqual([]);
      await tab.locator(`#search-results a[href$="${prefix()}tin-tuc/${articles['xa-b']}/"]`).first().click();
      await tab.waitForURL(result);
      // Every page view was counted.
      await expect.poll(() => beacons.length, { timeout: 15_000 }).toBeGreaterThanOrEqual(5);
      expect(beacons.filter((status) => status !== 204)).toEqual([]);

      // A missing page inside the prefix gets this unit's 404 page, whose links stay under the prefix too.
      const missing = await tab.goto(`${home}khong-co-trang-nay/`);
      expect(missing?.status()).toBe(404);
      const homeLink = await tab.locator('header a[href]').first().getAttribute('href');
      expect(homeLink?.startsWith(prefix())).toBe(true);
      failures.splice(failures.indexOf(`404 ${home}khong-co-trang-nay/`), 1);
      expect(failures).toEqual([]);
      await tab.close();
    } finally {
      await closeContext(context);
      await browser.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      fs.rmSync(deployRoot, { recursive: true, force: true });
    }
  });
});

/** A GET to the static server with the given Host header, as Playwright's route.fulfill takes it. */
function relay(base: string, host: string, pathAndQuery: string): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const request = http.request({ host: url.hostname, port: url.port, path: pathAndQuery, headers: { host } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(response.headers)) if (typeof value === 'string') headers[name] = value;
        resolve({ status: response.statusCode ?? 0, headers, body: Buffer.concat(chunks) });
      });
    });
    request.on('error', reject);
    request.end();
  });
}
