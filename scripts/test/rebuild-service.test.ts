import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { activateBuild, currentBuildId, deployLayout, listBuilds, rollBack, RollbackError } from '../src/rebuild/deploy-dir.ts';
import { createRebuildService, summarizeFailure, type SearchIndexer, type SiteBuilder } from '../src/rebuild/rebuild-service.ts';
import { createStaticServer } from '../src/static-server.ts';
import { precompressDir } from '../../site/src/integrations/precompress.ts';
import { writeFakeSite } from './support/fake-site.ts';
import { rawRequest, type RawAnswer } from './support/raw-request.ts';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

function tempRoot(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-deploy-'));
  roots.push(root);
  return root;
}

/** A service whose builds are produced by `builds` in turn. */
function serviceWith(
  root: string,
  builds: SiteBuilder[],
  options: { keepBuilds?: number; minPageRatio?: number; indexSearch?: SearchIndexer } = {},
) {
  const log: string[] = [];
  let next = 0;
  const service = createRebuildService({
    deployRoot: root,
    debounceMs: 0,
    maxWaitMs: 0,
    keepBuilds: options.keepBuilds ?? 5,
    minPageRatio: options.minPageRatio ?? 0.5,
    log: (line) => log.push(line),
    ...(options.indexSearch === undefined ? {} : { indexSearch: options.indexSearch }),
    build: (target) => {
      const build = builds[next++];
      if (!build) throw new Error('no more builds scripted');
      return build(target);
    },
  });
  const buildOnce = async (reason = 'test') => {
    service.request(reason);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await service.idle();
    return service.status();
  };
  return { service, log, buildOnce };
}

const site = (marker: string, articles = 3): SiteBuilder => async ({ outDir }) => writeFakeSite(outDir, marker, articles);
/** One request to the static server over the live build of `root`. */
async function serveOnce(root: string, pathname: string, headers: Record<string, string>): Promise<RawAnswer> {
  const server = createStaticServer(() => path.join(root, 'current'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    return await rawRequest(`http://127.0.0.1:${(server.address() as AddressInfo).port}${pathname}`, headers);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}
const liveIndex = (root: string) => fs.readFileSync(path.join(root, 'current', 'index.html'), 'utf8');

describe('the rebuild service', () => {
  it('builds into a new directory and switches `current` to it', async () => {
    const root = tempRoot();
    const { buildOnce } = serviceWith(root, [site('first'), site('second')]);
    const first = await buildOnce('start');
    expect(first.currentBuildId).not.toBeNull();
    expect(liveIndex(root)).toContain('first');
    expect(fs.lstatSync(path.join(root, 'current')).isSymbolicLink()).toBe(true);

    const second = await buildOnce('entry.publish');
    expect(second.currentBuildId).not.toBe(first.currentBuildId);
    expect(second.builds).toEqual([first.currentBuildId, second.currentBuildId]);
    expect(liveIndex(root)).toContain('second');
    expect(second.lastSuccess).toMatchObject({ id: second.currentBuildId, pages: 5, reasons: ['entry.publish'] });
    expect(fs.existsSync(path.join(root, 'staging'))).toBe(false);
  });

  it('leaves the live site untouched when a build fails midway, and reports why', async () => {
    const root = tempRoot();
    const failing: SiteBuilder = async ({ outDir }) => {
      writeFakeSite(outDir, 'half-written', 1);
      throw new Error('astro build failed (exit 1):\n[StrapiLoadError] Cannot load collection "articles": network error (ECONNREFUSED)\nmore');
    };
    const { buildOnce, log } = serviceWith(root, [site('good'), failing]);
    const good = await buildOnce();
    const after = await buildOnce('entry.publish');
    expect(after.currentBuildId).toBe(good.currentBuildId);
    expect(liveIndex(root)).toContain('good');
    expect(after.builds).toEqual([good.currentBuildId]);
    expect(after.lastFailure?.reason).toBe('failed: [StrapiLoadError] Cannot load collection "articles": network error (ECONNREFUSED)');
    expect(after.lastSuccess?.id).toBe(good.currentBuildId);
    expect(log.join('\n')).toMatch(/failed: .*ECONNREFUSED.*the live site is unchanged/);
  });

  it('rejects a build whose page count collapsed or that lacks key pages', async () => {
    const root = tempRoot();
    const noArticles: SiteBuilder = async ({ outDir }) => {
      writeFakeSite(outDir, 'x', 1);
      fs.rmSync(path.join(outDir, 'tin-tuc'), { recursive: true });
    };
    const { buildOnce } = serviceWith(root, [site('big', 20), site('tiny', 2), noArticles, site('fine', 15)]);
    const big = await buildOnce();
    const collapsed = await buildOnce();
    expect(collapsed.currentBuildId).toBe(big.currentBuildId);
    expect(collapsed.lastFailure?.reason).toMatch(/^rejected: the page count collapsed: 4 pages against 22/);
    const missing = await buildOnce();
    expect(missing.lastFailure?.reason).toBe('rejected: key pages are missing: tin-tuc/<slug>/index.html');
    expect(liveIndex(root)).toContain('big');
    const fine = await buildOnce();
    expect(fine.currentBuildId).not.toBe(big.currentBuildId);
    expect(liveIndex(root)).toContain('fine');
  });

  it('keeps the last N builds and remembers outcomes across restarts', async () => {
    const root = tempRoot();
    const { buildOnce } = serviceWith(root, [site('1'), site('2'), site('3'), site('4')], { keepBuilds: 2 });
    for (let n = 0; n < 4; n += 1) await buildOnce();
    const status = await buildOnce().catch(() => null);
    const kept = listBuilds(deployLayout(root));
    expect(kept).toHaveLength(2);
    expect(kept.at(-1)).toBe(currentBuildId(deployLayout(root)));
    expect(liveIndex(root)).toContain('4');
    expect(status?.lastFailure?.reason).toMatch(/no more builds scripted/);

    const restarted = serviceWith(root, []).service.status();
    expect(restarted.lastSuccess?.id).toBe(kept.at(-1));
    expect(restarted.lastFailure?.reason).toMatch(/no more builds scripted/);
  });
});

/** A build that records how it was asked to index, and indexes inline when asked to, as the site does. */
const indexedSite =
  (marker: string, modes: string[]): SiteBuilder =>
  async ({ outDir, searchIndex }) => {
    modes.push(searchIndex);
    writeFakeSite(outDir, marker);
    if (searchIndex === 'inline') writeIndex(path.join(outDir, 'pagefind'), marker);
  };
const writeIndex = (dir: string, marker: string) => {
  fs.mkdirSync(path.join(dir, 'fragment'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'fragment', 'chunk.json'), marker);
};
const liveSearch = (root: string) => fs.readFileSync(path.join(root, 'current', 'pagefind', 'fragment', 'chunk.json'), 'utf8');

/** An indexer that waits until released (or aborted), then indexes with `marker`. */
function heldIndexer() {
  const calls: Array<{ release: (marker: string) => void; fail: (error: Error) => void }> = [];
  const indexSearch: SearchIndexer = (_siteDir, outputPath, signal) =>
    new Promise((resolve, reject) => {
      signal.addEventListener('abort', () => reject(signal.reason));
      calls.push({ release: (marker) => resolve(writeIndex(outputPath, marker)), fail: reject });
    });
  return { indexSearch, calls };
}
const until = async (condition: () => boolean) => {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
};

describe('search indexing after going live', () => {
  it('puts a build live with the live search index, then swaps in its own', async () => {
    const root = tempRoot();
    const modes: string[] = [];
    const { indexSearch, calls } = heldIndexer();
    const { service, log } = serviceWith(root, [indexedSite('first', modes), indexedSite('second', modes)], { indexSearch });
    service.request('start');
    await until(() => service.status().currentBuildId !== null);
    expect(liveSearch(root)).toBe('first');

    service.request('entry.publish');
    await until(() => calls.length === 1);
    // Live at once: the new pages with the previous index, which a refresh is now replacing.
    expect(liveIndex(root)).toContain('second');
    expect(liveSearch(root)).toBe('first');
    expect(service.status().indexing?.id).toBe(service.status().currentBuildId);
    expect(modes).toEqual(['inline', 'later']);

    calls[0]!.release('second');
    await service.idle();
    expect(liveSearch(root)).toBe('second');
    expect(fs.lstatSync(path.join(root, 'current', 'pagefind')).isSymbolicLink()).toBe(true);
    expect(service.status().indexing).toBeNull();
    expect(log.some((line) => /search index of build \S+ is up to date/.test(line))).toBe(true);
  });

  it('cancels a refresh when the next build starts, and keeps the carried index when a refresh fails', async () => {
    const root = tempRoot();
    const modes: string[] = [];
    const { indexSearch, calls } = heldIndexer();
    const { service, log } = serviceWith(root, [indexedSite('1', modes), indexedSite('2', modes), indexedSite('3', modes)], { indexSearch });
    service.request('start');
    await until(() => service.status().currentBuildId !== null);
    service.request('entry.publish');
    await until(() => calls.length === 1);
    service.request('entry.update');
    await until(() => calls.length === 2);
    expect(log.some((line) => /search index of build \S+ left to the next build/.test(line))).toBe(true);
    expect(liveIndex(root)).toContain('3');

    calls[1]!.fail(new Error('pagefind crashed'));
    await service.idle();
    expect(liveSearch(root)).toBe('1');
    expect(log.some((line) => /search index of build \S+ failed, it keeps the previous index: pagefind crashed/.test(line))).toBe(true);
    expect(fs.readdirSync(path.join(root, 'current')).filter((name) => name.startsWith('pagefind-'))).toHaveLength(1);
  });
});

describe('rollback', () => {
  it('switches back to the previous build, and refuses when there is none', async () => {
    const root = tempRoot();
    const layout = deployLayout(root);
    expect(() => rollBack(layout)).toThrow(RollbackError);
    const { buildOnce } = serviceWith(root, [site('old'), site('new')]);
    const old = await buildOnce();
    expect(() => rollBack(layout)).toThrow(/oldest kept build/);
    const fresh = await buildOnce();
    expect(rollBack(layout)).toEqual({ from: fresh.currentBuildId, to: old.currentBuildId });
    expect(liveIndex(root)).toContain('old');
    activateBuild(layout, fresh.currentBuildId!);
    expect(liveIndex(root)).toContain('new');
  });

  it('takes effect on the running static server at the next request', async () => {
    const root = tempRoot();
    const layout = deployLayout(root);
    const server = createStaticServer(() => layout.currentLink);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      expect((await fetch(`${base}/`)).status).toBe(503);
      const { buildOnce } = serviceWith(root, [site('old'), site('new')]);
      await buildOnce();
      await buildOnce();
      expect(await (await fetch(`${base}/tin-tuc/bai-1/`)).text()).toContain('new 1');
      rollBack(layout);
      expect(await (await fetch(`${base}/tin-tuc/bai-1/`)).text()).toContain('old 1');
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('summarizeFailure', () => {
  it('picks the first error line of a build log, else the last line', () => {
    expect(summarizeFailure(new Error('node astro.mjs build failed (exit 1):\nbuilding\nStrapiConfigError: STRAPI_URL is not set.\nat x'))).toBe(
      'StrapiConfigError: STRAPI_URL is not set.',
    );
    expect(summarizeFailure(new Error('first\nlast line'))).toBe('last line');
    const long = summarizeFailure(new Error(`StrapiLoadError: Cannot load collection "articles" from http://cms/api/articles?${'populate[x]=true&'.repeat(60)}: network error (ECONNREFUSED)`));
    expect(long.length).toBeLessThanOrEqual(500);
    expect(long).toMatch(/^StrapiLoadError: Cannot load collection "articles" from .* … .*network error \(ECONNREFUSED\)$/);
  });
});

describe('composing builds from the working directory', () => {
  const inode = (file: string) => fs.statSync(file).ino;
  const pause = () => new Promise((resolve) => setTimeout(resolve, 30));
  /** A builder that, like Astro over its previous output, writes only what changed (`pages`) and deletes `remove`. */
  const inPlace =
    (pages: Record<string, string>, remove: string[] = []): SiteBuilder =>
    async ({ outDir }) => {
      // In service, seconds pass between a build's last write and the next build's first; the file clock must see them.
      await pause();
      for (const [file, text] of Object.entries(pages)) {
        fs.mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
        fs.writeFileSync(path.join(outDir, file), text);
      }
      for (const file of remove) fs.rmSync(path.join(outDir, file), { recursive: true });
      await pause();
    };
  const fullSite = (marker: string, articles: number): SiteBuilder => async (target) => {
    await site(marker, articles)(target);
    await pause();
  };

  it('links unchanged files from the previous build, copies changed ones, and drops removed ones', async () => {
    const root = tempRoot();
    const layout = deployLayout(root);
    const { buildOnce } = serviceWith(root, [
      fullSite('v1', 3),
      inPlace({ 'tin-tuc/bai-2/index.html': '<h1>v2 2</h1>' }, ['tin-tuc/bai-3']),
      inPlace({ 'index.html': '<h1>v3</h1>' }),
    ]);
    const first = (await buildOnce()).currentBuildId!;
    const second = (await buildOnce()).currentBuildId!;
    const [firstDir, secondDir] = [path.join(layout.buildsDir, first), path.join(layout.buildsDir, second)];

    expect(inode(path.join(secondDir, 'tin-tuc/bai-1/index.html'))).toBe(inode(path.join(firstDir, 'tin-tuc/bai-1/index.html')));
    expect(inode(path.join(secondDir, 'index.html'))).toBe(inode(path.join(firstDir, 'index.html')));
    expect(fs.readFileSync(path.join(secondDir, 'tin-tuc/bai-2/index.html'), 'utf8')).toBe('<h1>v2 2</h1>');
    expect(fs.existsSync(path.join(secondDir, 'tin-tuc/bai-3'))).toBe(false);
    // The previous build is untouched, so a rollback is exact.
    expect(fs.readFileSync(path.join(firstDir, 'tin-tuc/bai-2/index.html'), 'utf8')).toBe('<h1>v1 2</h1>');
    expect(fs.existsSync(path.join(firstDir, 'tin-tuc/bai-3/index.html'))).toBe(true);

    // The next build writes into the working directory in place: no served build may share those files.
    await buildOnce();
    expect(fs.readFileSync(path.join(firstDir, 'index.html'), 'utf8')).toBe('<h1>v1</h1>');
    expect(fs.readFileSync(path.join(secondDir, 'index.html'), 'utf8')).toBe('<h1>v1</h1>');
    expect(liveIndex(root)).toBe('<h1>v3</h1>');
    expect(fs.readFileSync(path.join(root, 'current', 'tin-tuc/bai-2/index.html'), 'utf8')).toBe('<h1>v2 2</h1>');
    for (const file of ['index.html', 'tin-tuc/bai-2/index.html']) {
      expect(inode(path.join(layout.workDir, file))).not.toBe(inode(path.join(root, 'current', file)));
    }
  });

  it('replaces a folder of the previous build by a file and a file by a folder', async () => {
    const root = tempRoot();
    const swap: SiteBuilder = async ({ outDir }) => {
      await pause();
      fs.rmSync(path.join(outDir, 'a'), { recursive: true });
      fs.rmSync(path.join(outDir, 'b.txt'));
      fs.writeFileSync(path.join(outDir, 'a'), 'a as a file');
      fs.mkdirSync(path.join(outDir, 'b.txt'));
      fs.writeFileSync(path.join(outDir, 'b.txt', 'index.html'), 'b as a folder');
      await pause();
    };
    const { buildOnce } = serviceWith(root, [fullSite('v1', 2), inPlace({ 'a/index.html': 'a', 'b.txt': 'b' }), swap]);
    await buildOnce();
    const second = (await buildOnce()).currentBuildId!;
    expect((await buildOnce()).lastFailure).toBeNull();
    expect(fs.readFileSync(path.join(root, 'current', 'a'), 'utf8')).toBe('a as a file');
    expect(fs.readFileSync(path.join(root, 'current', 'b.txt', 'index.html'), 'utf8')).toBe('b as a folder');
    expect(fs.readFileSync(path.join(root, 'current', 'tin-tuc/bai-1/index.html'), 'utf8')).toBe('<h1>v1 1</h1>');
    const previous = path.join(deployLayout(root).buildsDir, second);
    expect(fs.readFileSync(path.join(previous, 'a', 'index.html'), 'utf8')).toBe('a');
    expect(fs.readFileSync(path.join(previous, 'b.txt'), 'utf8')).toBe('b');
  });

  it('keeps the compressed copies of unchanged pages and serves the changed page’s new ones, never a stale one', async () => {
    const root = tempRoot();
    const layout = deployLayout(root);
    const long = (marker: string) => `<h1>${marker}</h1>${'<p>Đảng bộ tỉnh triển khai nghị quyết đại hội.</p>'.repeat(40)}`;
    // As `astro build` with the precompress integration: the pages written, then their copies brought up to date.
    const compressing =
      (builder: SiteBuilder): SiteBuilder =>
      async (target) => {
        await builder(target);
        await precompressDir(target.outDir);
        await pause();
      };
    const pages = (marker: string) => Object.fromEntries([1, 2, 3].map((n) => [`tin-tuc/bai-${n}/index.html`, long(`${marker} ${n}`)]));
    const { buildOnce } = serviceWith(root, [
      compressing(inPlace({ 'index.html': long('v1'), '404.html': '<h1>404</h1>', 'sitemap-index.xml': '<sitemapindex/>', ...pages('v1') })),
      compressing(inPlace({ 'tin-tuc/bai-2/index.html': long('v2 2') })),
    ]);
    const first = path.join(layout.buildsDir, (await buildOnce()).currentBuildId!);
    const second = path.join(layout.buildsDir, (await buildOnce()).currentBuildId!);

    for (const suffix of ['.br', '.gz']) {
      expect(inode(path.join(second, `tin-tuc/bai-1/index.html${suffix}`))).toBe(inode(path.join(first, `tin-tuc/bai-1/index.html${suffix}`)));
      expect(inode(path.join(second, `tin-tuc/bai-2/index.html${suffix}`))).not.toBe(inode(path.join(first, `tin-tuc/bai-2/index.html${suffix}`)));
    }
    // Every copy in the live build and in the previous one decodes to the file beside it.
    for (const dir of [second, first]) {
      const copies = fs.readdirSync(dir, { recursive: true }).map(String).filter((file) => /\.(br|gz)$/.test(file));
      expect(copies).toHaveLength(8);
      for (const copy of copies) {
        const bytes = fs.readFileSync(path.join(dir, copy));
        const decoded = copy.endsWith('.br') ? zlib.brotliDecompressSync(bytes) : zlib.gunzipSync(bytes);
        expect(decoded.toString(), copy).toBe(fs.readFileSync(path.join(dir, copy.slice(0, -3)), 'utf8'));
      }
    }
    const served = await serveOnce(root, '/tin-tuc/bai-2/', { 'Accept-Encoding': 'br' });
    expect(served.headers['content-encoding']).toBe('br');
    expect(zlib.brotliDecompressSync(served.body).toString()).toBe(long('v2 2'));
  });

  it('copies everything when the build it would link from is gone', async () => {
    const root = tempRoot();
    const layout = deployLayout(root);
    const { buildOnce } = serviceWith(root, [site('v1', 2), inPlace({ 'index.html': '<h1>v2</h1>' })]);
    const first = (await buildOnce()).currentBuildId!;
    fs.rmSync(path.join(layout.buildsDir, first), { recursive: true });
    await buildOnce();
    expect(liveIndex(root)).toBe('<h1>v2</h1>');
    expect(fs.readFileSync(path.join(root, 'current', 'tin-tuc/bai-1/index.html'), 'utf8')).toBe('<h1>v1 1</h1>');
    expect(fs.statSync(path.join(root, 'current', 'tin-tuc/bai-1/index.html')).nlink).toBe(1);
  });
});
