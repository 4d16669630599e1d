/**
 * A platform's units each built and published on their own (issue 16), against the live CMS: two communes get their
 * own deploy roots, the CMS's real webhook (deeply populated entries) reaches the platform's router, a publish in one
 * commune rebuilds that commune only, and the other's live output stays byte-for-byte the same. The static server
 * finds each unit's live build by hostname.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminJwt, deleteCreatedEntries, mustCreate, publishEntry, uniqueMarker } from '../../cms/tests/helpers/content-manager.ts';
import { request } from '../../cms/tests/helpers/http.ts';
import { unitRouter, movedLocation } from '../../scripts/src/platform/front-config.ts';
import { createPlatformRebuild, type PlatformRebuild } from '../../scripts/src/platform/platform-rebuild.ts';
import { listenPlatformWebhook, type PlatformWebhook } from '../../scripts/src/platform/platform-webhook.ts';
import { WEBHOOK_SECRET_HEADER } from '../../scripts/src/rebuild/webhook-auth.ts';
import { getWithHost } from '../../scripts/test/support/host-request.ts';
import { createStaticServer } from '../../scripts/src/static-server.ts';

const cms = inject('cms');
const run = uniqueMarker();
const SECRET = `platform-test-secret-${run.number}`;
const ARTICLE = 'api::article.article';
const hosts = { a: `xa-a-${run.number}.example.vn`, b: `xa-b-${run.number}.example.vn` };
const units: Record<'a' | 'b', { documentId: string; slug: string }> = {} as never;
let scratch: string;
let platform: PlatformRebuild;
let webhook: PlatformWebhook;
let webhookId: string | undefined;
let site: http.Server;
let siteUrl: string;

/** Every file of a unit's live build with its content hash (search index included). */
function liveFiles(slug: string): Record<string, string> {
  const root = fs.realpathSync(path.join(platform.deployRootOf(slug), 'current'));
  const files: Record<string, string> = {};
  for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files[path.relative(root, file)] = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  }
  return files;
}

const get = (host: string, pathname: string) => getWithHost(siteUrl, host, pathname);

async function publishedArticle(key: 'a' | 'b', label: string): Promise<string> {
  const created = await mustCreate(cms, ARTICLE, {
    title: `Tin ${label} ${run.text}`,
    slug: `tin-${label}-${run.number}`,
    date: '2026-03-02T03:00:00.000Z',
    summary: `Sapo của tin ${label}.`,
    unit: { connect: [{ documentId: units[key].documentId }] },
  });
  await publishEntry(cms, ARTICLE, created.documentId);
  return created.slug as string;
}

/** Waits until a unit's service has a new live build, then until every unit is idle. */
async function nextBuildOf(slug: string, previous: string | null): Promise<void> {
  const deadline = Date.now() + 150_000;
  while (platform.status().units[slug]?.lastSuccess?.id === previous || platform.status().units[slug]?.lastSuccess === null) {
    if (Date.now() > deadline) throw new Error(`No new build of ${slug}: ${JSON.stringify(platform.status().units[slug])}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await platform.idle();
}

beforeAll(async () => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-platform-'));
  for (const key of ['a', 'b'] as const) {
    const created = await mustCreate(cms, 'api::unit.unit', {
      name: `UBND xã ${key.toUpperCase()} ${run.text}`,
      kind: 'commune-people-committee',
      hostname: hosts[key],
      portalName: `Cổng xã ${key.toUpperCase()} ${run.text}`,
    });
    units[key] = { documentId: created.documentId, slug: created.slug };
  }
  await publishedArticle('a', 'dau-a');
  await publishedArticle('b', 'dau-b');

  webhook = await listenPlatformWebhook({ secret: SECRET, host: '127.0.0.1', port: 0 });
  platform = await createPlatformRebuild({
    settings: { secret: SECRET, deployRoot: path.join(scratch, 'deploy'), debounceMs: 300, maxWaitMs: 5_000, keepBuilds: 3, minPageRatio: 0.5, concurrency: 1 },
    cmsUrl: cms.url,
    tokenFile: cms.tokenFile,
    siteUrlOf: (unit) => `https://${unit.hostname}`,
    unitFilter: (unit) => unit.slug === units.a.slug || unit.slug === units.b.slug,
    log: () => {},
  });
  webhook.attach(platform);
  // The CMS's own webhook, as an operator would add it for the platform: the payloads under test are Strapi's.
  const jwt = await adminJwt(cms);
  const created = await request(`${cms.url}/admin/webhooks`, {
    method: 'POST',
    token: jwt,
    body: { name: `platform-test-${run.number}`, url: `${webhook.url}/webhook`, headers: { [WEBHOOK_SECRET_HEADER]: SECRET }, events: ['entry.update', 'entry.publish', 'entry.unpublish', 'entry.delete'] },
  });
  if (created.status !== 201 && created.status !== 200) throw new Error(`Could not add the webhook (${created.status}): ${JSON.stringify(created.body)}`);
  webhookId = created.body.data.id;

  platform.request('start');
  await platform.idle();
  site = createStaticServer(unitRouter(path.join(scratch, 'deploy'), () => platform.units()), {
    moved: (incoming) => movedLocation(platform.units(), platform.moves(), incoming),
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
});

afterAll(async () => {
  if (webhookId !== undefined) await request(`${cms.url}/admin/webhooks/${webhookId}`, { method: 'DELETE', token: await adminJwt(cms) });
  site?.closeAllConnections();
  site?.close();
  await webhook?.close();
  await platform?.close();
  await deleteCreatedEntries();
  if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
});

describe('a platform of units, each built and published on its own', () => {
  it('builds each unit into its own deploy root with its own content and search index, served by hostname', async () => {
    const status = platform.status();
    expect(Object.keys(status.units).sort()).toEqual([units.a.slug, units.b.slug].sort());
    for (const key of ['a', 'b'] as const) {
      expect(status.units[units[key].slug]!.lastFailure).toBeNull();
      expect(fs.existsSync(path.join(platform.deployRootOf(units[key].slug), 'current', 'pagefind', 'pagefind-entry.json'))).toBe(true);
    }
    expect((await get(hosts.a, `/tin-tuc/tin-dau-a-${run.number}/`)).status).toBe(200);
    expect((await get(hosts.a, '/')).text).toContain(`Cổng xã A ${run.text}`);
    expect((await get(hosts.a, `/tin-tuc/tin-dau-b-${run.number}/`)).status).toBe(404);
    expect((await get(hosts.b, `/tin-tuc/tin-dau-b-${run.number}/`)).status).toBe(200);
  });

  it('a publish in one commune rebuilds it alone; the other commune’s live output is byte-for-byte unchanged', async () => {
    const before = platform.status();
    const bFiles = liveFiles(units.b.slug);
    const aPrevious = before.units[units.a.slug]!.lastSuccess?.id ?? null;
    const slug = await publishedArticle('a', 'moi-a');
    await nextBuildOf(units.a.slug, aPrevious);

    const after = platform.status();
    expect(after.units[units.a.slug]!.lastSuccess?.reasons).toContain('entry.publish');
    expect((await get(hosts.a, `/tin-tuc/${slug}/`)).status).toBe(200);
    expect(after.units[units.b.slug]!.currentBuildId).toBe(before.units[units.b.slug]!.currentBuildId);
    expect(after.units[units.b.slug]!.builds).toEqual(before.units[units.b.slug]!.builds);
    expect(liveFiles(units.b.slug)).toEqual(bFiles);
    expect((await get(hosts.b, `/tin-tuc/${slug}/`)).status).toBe(404);
  });

  it('a commune that changes its hostname keeps answering at the old one: 301 to the same page on the new one', async () => {
    const newHost = `xa-a-moi-${run.number}.example.vn`;
    const previous = platform.status().units[units.a.slug]!.lastSuccess?.id ?? null;
    const updated = await request(`${cms.url}/content-manager/collection-types/api::unit.unit/${units.a.documentId}`, {
      method: 'PUT',
      token: await adminJwt(cms),
      body: { hostname: newHost },
    });
    expect(updated.status, JSON.stringify(updated.body)).toBe(200);
    await nextBuildOf(units.a.slug, previous);
    expect(platform.moves()).toContainEqual({ fromHost: hosts.a, fromPath: '/', toHost: newHost, toPath: '/' });
    const page = `/tin-tuc/tin-dau-a-${run.number}/`;
    expect(await get(hosts.a, `${page}?trang=1`)).toMatchObject({ status: 301, location: `https://${newHost}${page}?trang=1` });
    const moved = await get(newHost, page);
    expect(moved.status).toBe(200);
    // Built for its new address: the canonical link names the new hostname.
    expect(moved.text).toContain(`<link rel="canonical" href="https://${newHost}${page}"`);
    expect(platform.siteUrlOf(units.a.slug)).toBe(`https://${newHost}`);
    expect((await get(hosts.b, `/tin-tuc/tin-dau-b-${run.number}/`)).status).toBe(200);
  });
});
