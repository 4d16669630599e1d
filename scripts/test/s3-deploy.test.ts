import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentBuildId, deployLayout, listBuilds } from '../src/rebuild/deploy-dir.ts';
import { createRebuildService, type SiteBuilder } from '../src/rebuild/rebuild-service.ts';
import { readS3DeploySettings, s3Deploy, type S3Settings } from '../src/rebuild/s3-deploy.ts';
import { getFreePort } from '../src/free-port.ts';
import { writeFakeSite } from './support/fake-site.ts';
import { localS3, type LocalS3 } from './support/s3-server.ts';

/**
 * Deploy to S3 against s3rver: a build is uploaded under its own prefix and the pointer switched only after its last
 * file; an upload cut midway (the server dies) leaves the pointer, and the live site, on the previous build.
 */

let dir: string;
let s3: LocalS3;
let settings: S3Settings;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-s3-deploy-'));
  s3 = localS3(await getFreePort(), path.join(dir, 's3'), ['site']);
  await s3.start();
  settings = readS3DeploySettings({
    DEPLOY_S3_BUCKET: 'site',
    S3_ENDPOINT: s3.endpoint,
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
    S3_FORCE_PATH_STYLE: 'true',
  })!;
});

afterAll(async () => {
  await s3?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

function filesOf(root: string, relative = ''): string[] {
  return fs.readdirSync(path.join(root, relative), { withFileTypes: true }).flatMap((entry) => {
    const name = relative === '' ? entry.name : `${relative}/${entry.name}`;
    return entry.isDirectory() ? filesOf(root, name) : [name];
  });
}

describe('deploy to S3', () => {
  it('uploads each build under its own prefix, switches the pointer last, and keeps it on the previous build when an upload fails', async () => {
    const remote = s3Deploy(settings, 'units/ha-noi/');
    const root = path.join(dir, 'deploy');
    const layout = deployLayout(root);
    const log: string[] = [];
    const markers: string[] = [];
    const searchModes: string[] = [];
    const site: SiteBuilder = async ({ outDir, searchIndex }) => {
      searchModes.push(searchIndex);
      writeFakeSite(outDir, markers.at(-1)!, 150);
    };
    let refreshed = 0;
    const service = createRebuildService({
      deployRoot: root,
      build: site,
      debounceMs: 0,
      maxWaitMs: 0,
      keepBuilds: 2,
      minPageRatio: 0.5,
      remote,
      // An uploaded build carries its own index: no refresh after going live (it would change only the local copy).
      indexSearch: async () => {
        refreshed += 1;
      },
      log: (line) => log.push(line),
    });
    const buildOnce = async (marker: string) => {
      markers.push(marker);
      service.request(marker);
      await new Promise((resolve) => setTimeout(resolve, 5));
      await service.idle();
      return service.status();
    };

    const first = await buildOnce('first');
    const firstId = first.currentBuildId!;
    expect(first.lastSuccess?.id).toBe(firstId);
    expect((await remote.pointer())?.build).toBe(firstId);
    const localFiles = filesOf(path.join(layout.buildsDir, firstId)).sort();
    const uploaded = s3.puts.filter((key) => key.startsWith(`units/ha-noi/builds/${firstId}/`));
    expect(uploaded.map((key) => key.slice(`units/ha-noi/builds/${firstId}/`.length)).sort()).toEqual(localFiles);
    // The pointer was the last object written for this build.
    expect(s3.puts.at(-1)).toBe('units/ha-noi/current.json');
    expect(s3.puts.indexOf('units/ha-noi/current.json')).toBe(s3.puts.length - 1);
    const page = await fetch(`${s3.endpoint}/site/units/ha-noi/builds/${firstId}/index.html`);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('first');

    // The server dies once the second build's upload has begun.
    let cut: Promise<void> | undefined;
    s3.onPut((key) => {
      if (cut === undefined && key.includes('/builds/') && !key.includes(firstId)) cut = s3.stop();
    });
    const second = await buildOnce('second');
    await cut;
    expect(cut).toBeDefined();
    expect(second.lastFailure?.reason).toMatch(/Upload of build .* failed/);
    expect(second.currentBuildId).toBe(firstId);
    expect(currentBuildId(layout)).toBe(firstId);
    expect(listBuilds(layout)).toEqual([firstId]);
    const partial = s3.puts.filter((key) => key.includes('/builds/') && !key.includes(firstId));
    expect(partial.length).toBeGreaterThan(0);
    expect(partial.length).toBeLessThan(localFiles.length);

    await s3.start();
    const pointer = await remote.pointer();
    expect(pointer?.build).toBe(firstId);
    expect(await (await fetch(`${s3.endpoint}/site/${pointer!.path}index.html`)).text()).toContain('first');

    // The next build goes live; the partial upload is no rollback target and is pruned.
    const third = await buildOnce('third');
    const thirdId = third.currentBuildId!;
    expect(thirdId).not.toBe(firstId);
    expect(await remote.pointer()).toMatchObject({ build: thirdId, previous: [firstId] });
    expect(await remote.builds()).toEqual([firstId, thirdId]);
    expect(await remote.rollBack()).toEqual({ from: thirdId, to: firstId });
    expect(await remote.pointer()).toMatchObject({ build: firstId, previous: [] });
    await expect(remote.rollBack()).rejects.toThrow(/Nothing to roll back to/);
    expect(searchModes).toEqual(['inline', 'inline', 'inline']);
    expect(refreshed).toBe(0);
    service.close();
  }, 60_000);

  it('refuses half a set of keys and a malformed endpoint', () => {
    expect(readS3DeploySettings({})).toBeNull();
    expect(() => readS3DeploySettings({ DEPLOY_S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'k' })).toThrow(/S3_SECRET_ACCESS_KEY/);
    expect(() => readS3DeploySettings({ DEPLOY_S3_BUCKET: 'b', S3_ENDPOINT: 'minio:9000' })).toThrow(/S3_ENDPOINT/);
  });
});
