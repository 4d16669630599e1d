/**
 * Issue 25 end to end: editors' changes in a real CMS, a real site build, and the built redirect map answered by the
 * project's static server and by a real nginx with the generated snippet. An explicit slug change (twice) leaves one
 * 301 from each old address straight to the new one; a renamed category redirects each of its list pages; an
 * unpublished article answers 410 with the Vietnamese page, and publishing it again gives it its 200 back.
 */
import fs from 'node:fs';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite } from '../../scripts/src/site-build.ts';
import { checkUrls } from '../../scripts/src/rebuild/url-check.ts';
import { createStaticServer } from '../../scripts/src/static-server.ts';
import { startNginx, type TestNginx } from '../../scripts/test/support/nginx.ts';
import { adminJwt, deleteCreatedEntries, mustCreate, publishEntry, uniqueMarker, updateEntry, validData } from '../../cms/tests/helpers/content-manager.ts';
import { request } from '../../cms/tests/helpers/http.ts';
import { readUrlMap } from '../../site/src/integrations/url-map.ts';
import { describeHtmlError, htmlErrors } from '../e2e/nu-html-checker.ts';
import { LIST_PAGE_SIZE } from '../../site/src/lib/navigation/listing.ts';

const cms = inject('cms');
const ARTICLE = 'api::article.article';
const CATEGORY = 'api::category.category';
const manager = (uid: string) => `${cms.url}/content-manager/collection-types/${uid}`;

describe('stable URLs in a built site', () => {
  const marker = uniqueMarker();
  const text = marker.text;
  let scratch: string;
  let root: string;
  let staticServer: http.Server;
  let staticBase: string;
  let nginx: TestNginx;
  let moved: { documentId: string; slugs: string[] };
  let withdrawn: { documentId: string; slug: string };
  let category: { old: string; current: string };

  const build = (name: string) =>
    buildSite({ cmsUrl: cms.url, tokenFile: cms.tokenFile, siteUrl: 'https://portal.example.vn', outDir: path.join(scratch, name), quiet: true });

  beforeAll(async () => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-stable-urls-'));
    // A category with two list pages, then renamed.
    const created = await mustCreate(cms, CATEGORY, validData(CATEGORY, marker));
    for (let n = 0; n <= LIST_PAGE_SIZE; n += 1) {
      const entry = await mustCreate(cms, ARTICLE, { ...validData(ARTICLE, marker), title: `Tin trong chuyên mục ${text} số ${n}`, category: created.documentId });
      await publishEntry(cms, ARTICLE, entry.documentId);
    }
    category = { old: created.slug, current: `chuyen-muc-doi-ten-${text}` };
    expect((await updateEntry(cms, CATEGORY, created.documentId, { slug: category.current })).status).toBe(200);

    // An article whose slug an editor changes twice, deliberately.
    const article = await mustCreate(cms, ARTICLE, { ...validData(ARTICLE, marker), title: `Tin đổi địa chỉ ${text}` });
    await publishEntry(cms, ARTICLE, article.documentId);
    moved = { documentId: article.documentId, slugs: [article.slug, `dia-chi-thu-hai-${text}`, `dia-chi-thu-ba-${text}`] };
    for (const slug of moved.slugs.slice(1)) {
      expect((await updateEntry(cms, ARTICLE, article.documentId, { slug })).status).toBe(200);
      await publishEntry(cms, ARTICLE, article.documentId);
    }

    // An article taken down.
    const gone = await mustCreate(cms, ARTICLE, { ...validData(ARTICLE, marker), title: `Tin bị gỡ ${text}` });
    await publishEntry(cms, ARTICLE, gone.documentId);
    withdrawn = { documentId: gone.documentId, slug: gone.slug };
    const { status } = await request(`${manager(ARTICLE)}/${gone.documentId}/actions/unpublish`, { method: 'POST', token: await adminJwt(cms), body: {} });
    expect(status).toBe(200);

    await build('first');
    root = path.join(scratch, 'first');
    staticServer = createStaticServer(() => root);
    await new Promise<void>((resolve) => staticServer.listen(0, '127.0.0.1', resolve));
    staticBase = `http://127.0.0.1:${(staticServer.address() as AddressInfo).port}`;
    nginx = await startNginx(root);
  }, 1_200_000);

  afterAll(async () => {
    staticServer?.close();
    await nginx?.stop();
    await deleteCreatedEntries();
    const { body } = await request(`${manager('api::redirect.redirect')}?filters[fromPath][$contains]=${text}&pageSize=100`, { token: await adminJwt(cms) });
    for (const record of (body?.results ?? []) as Array<{ documentId: string }>) {
      await request(`${manager('api::redirect.redirect')}/${record.documentId}`, { method: 'DELETE', token: await adminJwt(cms) });
    }
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
  });

  const servers = [
    ['the static server', () => staticBase],
    ['nginx with the generated snippet', () => nginx.url],
  ] as const;

  describe.each(servers)('%s', (_name, base) => {
    const answer = async (urlPath: string) => {
      const response = await fetch(`${base()}${urlPath}`, { redirect: 'manual' });
      const location = response.headers.get('location');
      return { status: response.status, location: location === null ? null : new URL(location, base()).pathname, body: await response.text() };
    };

    it('answers both old addresses of the article with one 301 to the current one', async () => {
      const [first, second, current] = moved.slugs.map((slug) => `/tin-tuc/${slug}/`);
      expect(await answer(first!)).toMatchObject({ status: 301, location: current });
      expect(await answer(second!)).toMatchObject({ status: 301, location: current });
      expect((await answer(current!)).status).toBe(200);
    });

    it('redirects each list page of the renamed category', async () => {
      expect(await answer(`/chuyen-muc/${category.old}/`)).toMatchObject({ status: 301, location: `/chuyen-muc/${category.current}/` });
      expect(await answer(`/chuyen-muc/${category.old}/2/`)).toMatchObject({ status: 301, location: `/chuyen-muc/${category.current}/2/` });
      expect((await answer(`/chuyen-muc/${category.current}/2/`)).status).toBe(200);
    });

    it('answers the unpublished article 410 with a Vietnamese page linking to its section and to search', async () => {
      const gone = await answer(`/tin-tuc/${withdrawn.slug}/`);
      expect(gone.status).toBe(410);
      expect(gone.body).toContain('Nội dung này không còn được đăng tải');
      expect(gone.body).toContain('href="/tin-tuc/"');
      expect(gone.body).toContain('href="/tim-kiem/"');
    });
  });

  it('builds valid HTML for the withdrawn-content pages', { timeout: 120_000 }, async () => {
    const pages = ['tin-tuc', 'van-ban', 'khac'].map((section) => path.join(root, 'da-go', section, 'index.html'));
    expect((await htmlErrors(pages)).map((error) => describeHtmlError(error, `${root}/`))).toEqual([]);
  });

  it('writes the same map as _redirects', () => {
    const lines = fs.readFileSync(path.join(root, '_redirects'), 'utf8').split('\n');
    expect(lines).toContain(`/tin-tuc/${moved.slugs[0]}/ /tin-tuc/${moved.slugs[2]}/ 301`);
    expect(lines).toContain(`/chuyen-muc/${category.old}/2/ /chuyen-muc/${category.current}/2/ 301`);
    expect(lines).toContain(`/tin-tuc/${withdrawn.slug}/ /da-go/tin-tuc/ 410`);
  });

  it('gives a republished article its address back, and the next build loses no URL of this one', async () => {
    await publishEntry(cms, ARTICLE, withdrawn.documentId);
    await build('second');
    expect(fs.existsSync(path.join(scratch, 'second', 'tin-tuc', withdrawn.slug, 'index.html'))).toBe(true);
    expect(readUrlMap(path.join(scratch, 'second')).gone).not.toContain(`/tin-tuc/${withdrawn.slug}/`);
    root = path.join(scratch, 'second');
    expect((await fetch(`${staticBase}/tin-tuc/${withdrawn.slug}/`)).status).toBe(200);
    expect(checkUrls(path.join(scratch, 'second'), path.join(scratch, 'first')).lost).toEqual([]);
  }, 900_000);
});
