import fs from 'node:fs';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { listenRebuildService, type RunningRebuildService } from '../../scripts/src/rebuild/listen.ts';
import { buildDir, rollBack } from '../../scripts/src/rebuild/deploy-dir.ts';
import { WEBHOOK_SECRET_HEADER } from '../../scripts/src/rebuild/webhook-auth.ts';
import { buildFromSnapshot } from '../../scripts/src/snapshot/build-from-snapshot.ts';
import { exportSnapshot } from '../../scripts/src/snapshot/export-snapshot.ts';
import { startRecordingProxy, type RecordingProxy } from '../../scripts/src/snapshot/recording-proxy.ts';
import { createStaticServer } from '../../scripts/src/static-server.ts';
import { demoArticles } from '../../cms/src/seed/demo-content.ts';

const cms = inject('cms');
const SECRET = 'integration-test-webhook-secret';
const SITE_URL = 'https://portal.example.vn';
const MEDIA_URL = 'https://cms.example.vn';
const article = demoArticles.find((candidate) => !candidate.draft)!;

function htmlPages(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

describe('the publishing pipeline against a live CMS', () => {
  let scratch: string;
  // The rebuild service reaches the CMS through this proxy, so the test can "stop the CMS" by closing it.
  let cmsProxy: RecordingProxy;
  let rebuild: RunningRebuildService;
  let site: http.Server;
  let siteBase: string;

  const webhook = (event: string, secret: string | null = SECRET) =>
    fetch(`${rebuild.url}/webhook`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(secret === null ? {} : { [WEBHOOK_SECRET_HEADER]: secret }) },
      body: JSON.stringify({ event, model: 'article', entry: { documentId: 'x', publishedAt: '2026-01-01T00:00:00.000Z' } }),
    });
  const settled = async () => {
    // Past the debounce, then until the build (and any follow-up) is done.
    await new Promise((resolve) => setTimeout(resolve, 400));
    await rebuild.service.idle();
    return rebuild.service.status();
  };

  beforeAll(async () => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-publishing-'));
    cmsProxy = await startRecordingProxy(cms.url);
    rebuild = await listenRebuildService({
      settings: {
        secret: SECRET,
        deployRoot: path.join(scratch, 'deploy'),
        debounceMs: 300,
        maxWaitMs: 5_000,
        keepBuilds: 3,
        minPageRatio: 0.5,
      },
      host: '127.0.0.1',
      port: 0,
      cmsUrl: cmsProxy.url,
      tokenFile: cms.tokenFile,
      siteUrl: SITE_URL,
      buildEnv: { STRAPI_MEDIA_URL: MEDIA_URL },
      log: () => {},
    });
    site = createStaticServer(() => rebuild.service.layout.currentLink);
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    siteBase = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    site?.closeAllConnections();
    site?.close();
    await rebuild?.close();
    await cmsProxy?.close();
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  it('ignores webhooks without the shared secret', async () => {
    expect((await webhook('entry.publish', null)).status).toBe(401);
    expect((await webhook('entry.publish', 'wrong')).status).toBe(401);
    const status = await settled();
    expect(status.builds).toEqual([]);
    expect((await fetch(`${siteBase}/`)).status).toBe(503);
  });

  it('builds and switches the served site on a publish webhook', async () => {
    expect((await webhook('entry.publish')).status).toBe(202);
    const status = await settled();
    expect(status.lastFailure).toBeNull();
    expect(status.currentBuildId).toBe(status.lastSuccess?.id);
    const page = await fetch(`${siteBase}/tin-tuc/${article.slug}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(article.slug);
  });

  it('coalesces a burst of webhooks into one build, and rolls back to the previous build', async () => {
    const first = rebuild.service.status().currentBuildId!;
    for (const event of ['entry.update', 'entry.publish', 'media.create']) expect((await webhook(event)).status).toBe(202);
    const status = await settled();
    expect(status.builds).toHaveLength(2);
    expect(status.lastSuccess?.reasons).toEqual(['entry.update', 'entry.publish', 'media.create']);
    const second = status.currentBuildId!;
    expect(second).not.toBe(first);
    // The second build went live with the first one's search index, then got its own (settled() waits for it).
    expect(status.indexing).toBeNull();
    const searchLink = path.join(buildDir(rebuild.service.layout, second), 'pagefind');
    expect(fs.lstatSync(searchLink).isSymbolicLink()).toBe(true);
    expect(fs.readdirSync(path.join(searchLink, 'fragment')).length).toBeGreaterThan(0);
    expect((await fetch(`${siteBase}/pagefind/pagefind-entry.json`)).status).toBe(200);

    expect(rollBack(rebuild.service.layout)).toEqual({ from: second, to: first });
    expect(rebuild.service.status().currentBuildId).toBe(first);
    expect((await fetch(`${siteBase}/tin-tuc/${article.slug}/`)).status).toBe(200);
  });

  it('builds the same site from a snapshot, with no CMS involved', async () => {
    const snapshot = await exportSnapshot({ url: cms.url, tokenFile: cms.tokenFile });
    expect(Object.keys(snapshot.responses).some((url) => url.startsWith('/api/articles?'))).toBe(true);
    const outDir = path.join(scratch, 'from-snapshot');
    await buildFromSnapshot(snapshot, { outDir, siteUrl: SITE_URL, mediaUrl: MEDIA_URL, quiet: true });

    // The newest live build (the served one was rolled back above).
    const live = buildDir(rebuild.service.layout, rebuild.service.status().lastSuccess!.id);
    expect(htmlPages(outDir)).toEqual(htmlPages(live));
    const articlePage = path.join('tin-tuc', article.slug, 'index.html');
    expect(fs.readFileSync(path.join(outDir, articlePage), 'utf8')).toBe(fs.readFileSync(path.join(live, articlePage), 'utf8'));
  });

  it('keeps the live site when a build fails because the CMS stopped', async () => {
    const live = rebuild.service.status().currentBuildId;
    const before = await (await fetch(`${siteBase}/tin-tuc/${article.slug}/`)).text();
    await cmsProxy.close();

    expect((await webhook('entry.publish')).status).toBe(202);
    const status = await settled();
    expect(status.currentBuildId).toBe(live);
    expect(status.lastFailure?.reason).toMatch(/^failed: .*(ECONNREFUSED|network error)/);
    expect(fs.existsSync(rebuild.service.layout.stagingDir)).toBe(false);
    const after = await fetch(`${siteBase}/tin-tuc/${article.slug}/`);
    expect(after.status).toBe(200);
    expect(await after.text()).toBe(before);
    const reported = (await (await fetch(`${rebuild.url}/status`)).json()) as { lastFailure: { reason: string } };
    expect(reported.lastFailure.reason).toBe(status.lastFailure?.reason);
  });
});
