/**
 * A unit's real site build deployed to S3 (s3rver on a free port): the platform's rebuild service uploads every file
 * of the build, its search index included, under `units/<slug>/builds/<id>/`, then switches `units/<slug>/current.json`
 * to it; the bucket then holds exactly the live build of the local deploy root.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { deleteCreatedEntries, mustCreate, publishEntry, uniqueMarker } from '../../cms/tests/helpers/content-manager.ts';
import { getFreePort } from '../../scripts/src/free-port.ts';
import { createPlatformRebuild, type PlatformRebuild } from '../../scripts/src/platform/platform-rebuild.ts';
import { readS3DeploySettings, s3Deploy, type RemoteDeploy } from '../../scripts/src/rebuild/s3-deploy.ts';
import { localS3, type LocalS3 } from '../../scripts/test/support/s3-server.ts';

const cms = inject('cms');
const run = uniqueMarker();
let scratch: string;
let s3: LocalS3;
let platform: PlatformRebuild;
let slug: string;
let remote: RemoteDeploy;

const sha = (data: Buffer) => crypto.createHash('sha256').update(data).digest('hex');

beforeAll(async () => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-s3-platform-'));
  s3 = localS3(await getFreePort(), path.join(scratch, 's3'), ['portal-site']);
  await s3.start();
  const unit = await mustCreate(cms, 'api::unit.unit', {
    name: `UBND xã S3 ${run.text}`,
    kind: 'commune-people-committee',
    hostname: `xa-s3-${run.number}.example.vn`,
    portalName: `Cổng xã S3 ${run.text}`,
  });
  slug = unit.slug as string;
  const article = await mustCreate(cms, 'api::article.article', {
    title: `Tin S3 ${run.text}`,
    slug: `tin-s3-${run.number}`,
    date: '2026-03-02T03:00:00.000Z',
    summary: 'Sapo của tin.',
    unit: { connect: [{ documentId: unit.documentId }] },
  });
  await publishEntry(cms, 'api::article.article', article.documentId);

  const settings = readS3DeploySettings({
    DEPLOY_S3_BUCKET: 'portal-site',
    S3_ENDPOINT: s3.endpoint,
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
    S3_FORCE_PATH_STYLE: 'true',
  })!;
  remote = s3Deploy(settings, `units/${slug}/`);
  platform = await createPlatformRebuild({
    settings: { secret: `s3-test-secret-${run.number}`, deployRoot: path.join(scratch, 'deploy'), debounceMs: 0, maxWaitMs: 0, keepBuilds: 3, minPageRatio: 0.5, concurrency: 1 },
    cmsUrl: cms.url,
    tokenFile: cms.tokenFile,
    siteUrlOf: (platformUnit) => `https://${platformUnit.hostname}`,
    unitFilter: (platformUnit) => platformUnit.slug === slug,
    remoteOf: (unitSlug) => s3Deploy(settings, `units/${unitSlug}/`),
    log: () => {},
  });
  platform.request('start');
  await platform.idle();
});

afterAll(async () => {
  await platform?.close();
  await s3?.stop();
  await deleteCreatedEntries();
  if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
});

describe('a unit deployed to S3', () => {
  it('uploads the whole live build, search index included, and points current.json at it', async () => {
    const status = platform.status().units[slug]!;
    expect(status.lastFailure).toBeNull();
    const live = status.currentBuildId!;
    expect(live).not.toBeNull();
    const pointer = await remote.pointer();
    expect(pointer).toMatchObject({ build: live, path: `units/${slug}/builds/${live}/`, previous: [] });

    const root = fs.realpathSync(path.join(platform.deployRootOf(slug), 'current'));
    const files = fs
      .readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
    expect(files).toContain(`tin-tuc/tin-s3-${run.number}/index.html`);
    expect(files.some((file) => file.startsWith('pagefind/'))).toBe(true);
    const uploaded = s3.puts.filter((key) => key.startsWith(pointer!.path)).map((key) => key.slice(pointer!.path.length));
    expect(uploaded.sort()).toEqual([...files].sort());
    // The pointer came after the build's last file.
    expect(s3.puts.lastIndexOf(`units/${slug}/current.json`)).toBeGreaterThan(s3.puts.indexOf(`${pointer!.path}${files.at(-1)}`));

    for (const file of [`tin-tuc/tin-s3-${run.number}/index.html`, 'index.html', 'pagefind/pagefind-entry.json']) {
      const response = await fetch(`${s3.endpoint}/portal-site/${pointer!.path}${file}`);
      expect(response.status, file).toBe(200);
      expect(sha(Buffer.from(await response.arrayBuffer())), file).toBe(sha(fs.readFileSync(path.join(root, file))));
    }
    const page = await fetch(`${s3.endpoint}/portal-site/${pointer!.path}tin-tuc/tin-s3-${run.number}/index.html`);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain(`Tin S3 ${run.text}`);
  });
});
