import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildOverPreviousOutput } from '../src/site-build.ts';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

/** A kept output directory and cache as a previous build left them, written a minute ago. */
function previousBuild() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-reuse-'));
  roots.push(root);
  const outDir = path.join(root, 'work');
  const cacheDir = path.join(root, 'cache');
  const past = new Date(Date.now() - 60_000);
  for (const file of [path.join(outDir, 'tin-tuc/bai-1/index.html'), path.join(cacheDir, 'incremental-build.json'), path.join(cacheDir, 'dist/tin-tuc/bai-1/index.html')]) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, 'previous');
    fs.utimesSync(file, past, past);
  }
  const kept = () => ({
    output: fs.existsSync(path.join(outDir, 'tin-tuc/bai-1/index.html')),
    manifest: fs.existsSync(path.join(cacheDir, 'incremental-build.json')),
    copies: fs.existsSync(path.join(cacheDir, 'dist')),
  });
  return { outDir, cacheDir, kept, marker: `${outDir}.incomplete` };
}

describe('buildOverPreviousOutput', () => {
  it('keeps the previous output and caches when the build fails before writing (the CMS unreachable)', async () => {
    const { outDir, cacheDir, kept, marker } = previousBuild();
    await expect(buildOverPreviousOutput(outDir, cacheDir, () => Promise.reject(new Error('ECONNREFUSED')))).rejects.toThrow('ECONNREFUSED');
    expect(kept()).toEqual({ output: true, manifest: true, copies: true });
    expect(fs.existsSync(marker)).toBe(false);
  });

  it('drops them when the build fails after it began writing pages', async () => {
    const { outDir, cacheDir, kept } = previousBuild();
    const failing = async () => {
      fs.writeFileSync(path.join(outDir, 'index.html'), 'half of a new build');
      throw new Error('render error');
    };
    await expect(buildOverPreviousOutput(outDir, cacheDir, failing)).rejects.toThrow('render error');
    expect(kept()).toEqual({ output: false, manifest: false, copies: false });
  });

  it('drops them before building when a previous build was interrupted, and clears its marker on success', async () => {
    const { outDir, cacheDir, kept, marker } = previousBuild();
    fs.writeFileSync(marker, 'left by a process that died mid-build');
    const seen = await buildOverPreviousOutput(outDir, cacheDir, async () => kept());
    expect(seen).toEqual({ output: false, manifest: false, copies: false });
    expect(fs.existsSync(marker)).toBe(false);
  });

  it('leaves a successful build alone', async () => {
    const { outDir, cacheDir, kept, marker } = previousBuild();
    await expect(buildOverPreviousOutput(outDir, cacheDir, async () => 'log')).resolves.toBe('log');
    expect(kept()).toEqual({ output: true, manifest: true, copies: true });
    expect(fs.existsSync(marker)).toBe(false);
  });
});
