import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { staleFiles } from '../src/integrations/reuse-out-dir.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('staleFiles', () => {
  it('keeps the route outputs the build listed and the files it wrote, and nothing else', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-reuse-'));
    dirs.push(dir);
    const started = Date.now();
    const write = (file: string, old: boolean) => {
      const full = path.join(dir, file);
      fs.mkdirSync(path.dirname(full), { recursive: true });
      fs.writeFileSync(full, file);
      if (old) fs.utimesSync(full, new Date(started - 60_000), new Date(started - 60_000));
      return full;
    };
    const kept = write('tin-tuc/bai-1/index.html', true);
    const rendered = write('tin-tuc/bai-2/index.html', false);
    const bundle = write('_astro/app.abc123.js', false);
    const deletedArticle = write('tin-tuc/bai-3/index.html', true);
    const oldBundle = write('_astro/app.0ld000.js', true);
    const oldIndex = write('pagefind/pagefind.js', true);
    // Compressed copies (precompress.ts) go with their file.
    const keptCopy = write('tin-tuc/bai-1/index.html.br', true);
    const deletedCopy = write('tin-tuc/bai-3/index.html.gz', true);

    // As the integration does: the file system's clock may lag Date.now() by a few milliseconds.
    const stale = staleFiles(dir, new Set([kept, rendered]), started - 1000);

    expect(stale.sort()).toEqual([oldBundle, oldIndex, deletedArticle, deletedCopy].sort());
    expect(stale).not.toContain(keptCopy);
    expect(stale).not.toContain(bundle);
  });
});
