/**
 * Astro's incremental build with the portal's page keys, run as the rebuild service runs it (over the previous output,
 * SITE_REUSE_OUT_DIR=1): after an editor changes one article and deletes another, the rebuild renders the changed
 * article's page and the listings showing it, reuses every other keyed page, removes the deleted article's page, and
 * produces exactly what a cold build produces. As in the service, the rebuild was started ahead of time, before the
 * edits, and waited for them (prepareSiteBuild).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pageGeneration, type PageGeneration } from '../../scripts/src/build-log.ts';
import { type SiteBuildOptions, buildSite, prepareSiteBuild } from '../../scripts/src/site-build.ts';
import { deleteCreatedEntries, getEntry, mustCreate, publishEntry, uniqueMarker, updateEntry, validData } from '../../cms/tests/helpers/content-manager.ts';
import { demoArticles } from '../../cms/src/seed/demo-content.ts';

const cms = inject('cms');
const ARTICLE = 'api::article.article';
const SITE_URL = 'https://portal.example.vn';

function htmlFiles(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(`/${path.relative(dir, file)}`, fs.readFileSync(file, 'utf8'));
  }
  return files;
}

describe('a rebuild after one edit', () => {
  const [edited, untouched] = demoArticles.filter((article) => !article.draft);
  let scratch: string;
  let documentId: string;
  let originalTitle: string;
  let first: PageGeneration;
  let second: PageGeneration;
  let removedPage: string;
  /** When the first build wrote the brotli copy of an article the edit does not touch. */
  let untouchedCopy: number;
  const buildOptions = (outDir: string, cacheDir: string): SiteBuildOptions & { cacheDir: string } => ({
    cmsUrl: cms.url,
    tokenFile: cms.tokenFile,
    siteUrl: SITE_URL,
    outDir,
    cacheDir,
    quiet: true,
    env: { SITE_REUSE_OUT_DIR: '1' },
  });
  const publishTitle = async (title: string) => {
    const response = await updateEntry(cms, ARTICLE, documentId, { title, slug: edited!.slug });
    expect(response.status).toBe(200);
    await publishEntry(cms, ARTICLE, documentId);
  };

  beforeAll(async () => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-incremental-'));
    const found = await fetch(`${cms.url}/api/articles?filters[slug][$eq]=${edited!.slug}&fields[0]=title`, {
      headers: { Authorization: `Bearer ${cms.token}` },
    }).then((response) => response.json() as Promise<{ data: Array<{ documentId: string; title: string }> }>);
    documentId = found.data[0]!.documentId;
    originalTitle = (await getEntry(cms, ARTICLE, documentId)).title;

    const removed = await mustCreate(cms, ARTICLE, validData(ARTICLE, uniqueMarker()));
    await publishEntry(cms, ARTICLE, removed.documentId);
    removedPage = `/tin-tuc/${removed.slug}/index.html`;

    first = pageGeneration(await buildSite(buildOptions(path.join(scratch, 'out'), path.join(scratch, 'cache'))));
    untouchedCopy = fs.statSync(path.join(scratch, 'out', `tin-tuc/${untouched!.slug}/index.html.br`)).mtimeMs;
    // The rebuild service's way: the same output directory, still holding the previous build, and its cache; the
    // build process started before the edits and waiting for them.
    const prepared = prepareSiteBuild(buildOptions(path.join(scratch, 'out'), path.join(scratch, 'cache')));
    await prepared.ready;
    await publishTitle(`${originalTitle} (đã biên tập lại)`);
    await deleteCreatedEntries();
    second = pageGeneration(await prepared.start());
  });

  afterAll(async () => {
    await deleteCreatedEntries();
    if (documentId !== undefined && originalTitle !== undefined) await publishTitle(originalTitle);
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  it('renders everything on a cold build', () => {
    expect(first.reused).toEqual([]);
    expect(first.rendered.length).toBeGreaterThan(50);
    expect(first.rendered).toContain(removedPage);
  });

  it('renders the edited article and the listings showing it, and reuses the other keyed pages', () => {
    const articlePage = `/tin-tuc/${edited!.slug}/index.html`;
    expect(second.rendered).toContain(articlePage);
    expect(second.rendered).toContain('/tin-tuc/index.html');
    expect(second.reused).toContain(`/tin-tuc/${untouched!.slug}/index.html`);
    expect(second.reused).not.toContain(articlePage);
    // Unkeyed pages (home, library, dashboards…) render every time; every article page but one is reused, and so is
    // every page that shows no article (reports, indicators, weeks, document facets).
    const articlePages = second.rendered.filter((page) => /^\/tin-tuc\/[^/]+\/index\.html$/.test(page) && !/^\/tin-tuc\/\d+\//.test(page));
    expect(articlePages).toEqual([articlePage]);
    const sharedOnly = /^\/(bao-cao|chi-tieu|lich-cong-tac|dai-hoi|trang)\/[^/]+\/index\.html$|^\/van-ban\/[^/]+\/[^/]+\/index\.html$/;
    expect(second.reused.filter((page) => sharedOnly.test(page)).length).toBeGreaterThan(10);
    expect(second.rendered.filter((page) => sharedOnly.test(page))).toEqual([]);
  });

  it("removes the deleted article's page from the reused output directory", () => {
    expect([...second.rendered, ...second.reused]).not.toContain(removedPage);
    expect(fs.existsSync(path.join(scratch, 'out', removedPage))).toBe(false);
    expect(fs.existsSync(path.dirname(path.join(scratch, 'out', removedPage)))).toBe(false);
  });

  it('renews the compressed copies of the pages it rendered, keeps the others, and leaves none stale', () => {
    const out = path.join(scratch, 'out');
    const editedPage = path.join(out, `tin-tuc/${edited!.slug}/index.html`);
    expect(zlib.brotliDecompressSync(fs.readFileSync(`${editedPage}.br`)).toString()).toContain('(đã biên tập lại)');
    expect(fs.statSync(path.join(out, `tin-tuc/${untouched!.slug}/index.html.br`)).mtimeMs).toBe(untouchedCopy);
    expect(fs.existsSync(path.join(out, `${removedPage}.br`))).toBe(false);
    const copies = fs.readdirSync(out, { recursive: true }).map(String).filter((file) => /\.(br|gz)$/.test(file));
    expect(copies.filter((file) => file.endsWith('index.html.br')).length).toBeGreaterThan(50);
    for (const copy of copies) {
      const bytes = fs.readFileSync(path.join(out, copy));
      const decoded = copy.endsWith('.br') ? zlib.brotliDecompressSync(bytes) : zlib.gunzipSync(bytes);
      expect(decoded.equals(fs.readFileSync(path.join(out, copy.slice(0, -3)))), copy).toBe(true);
    }
  });

  it('produces the same pages as a cold build of the same content', async () => {
    const incremental = htmlFiles(path.join(scratch, 'out'));
    expect(incremental.get(`/tin-tuc/${edited!.slug}/index.html`)).toContain('(đã biên tập lại)');
    await buildSite(buildOptions(path.join(scratch, 'cold'), path.join(scratch, 'cold-cache')));
    const cold = htmlFiles(path.join(scratch, 'cold'));
    expect([...incremental.keys()].sort()).toEqual([...cold.keys()].sort());
    const differing = [...cold].filter(([page, html]) => incremental.get(page) !== html).map(([page]) => page);
    expect(differing).toEqual([]);
  });
});
