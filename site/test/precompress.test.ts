import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { precompressDir } from '../src/integrations/precompress.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const text = (marker: string) => Array.from({ length: 100 }, (_, n) => `<p>${marker} ${n}: Đảng bộ xã triển khai nghị quyết.</p>`).join('\n');

function site(): { dir: string; write(file: string, content: string | Buffer): string; age(file: string): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-precompress-'));
  dirs.push(dir);
  return {
    dir,
    write(file, content) {
      const full = path.join(dir, file);
      fs.mkdirSync(path.dirname(full), { recursive: true });
      fs.writeFileSync(full, content);
      return full;
    },
    // As a file of the previous build: its copies too, so that a rewrite is seen as newer.
    age(file) {
      const past = new Date(Date.now() - 60_000);
      for (const each of [file, `${file}.br`, `${file}.gz`]) if (fs.existsSync(each)) fs.utimesSync(each, past, past);
    },
  };
}

describe('precompressDir', () => {
  it('writes brotli and gzip copies of text files only, each decoding to its file', async () => {
    const { dir, write } = site();
    const page = write('tin-tuc/a/index.html', text('a'));
    const script = write('pagefind/pagefind.js', `const x = ${JSON.stringify(text('js'))};`);
    const entry = write('pagefind/pagefind-entry.json', JSON.stringify({ languages: { vi: { hash: 'x', pages: 3 } }, text: text('json') }));
    write('pagefind/fragment/vi_abc.pf_fragment', zlib.gzipSync(text('fragment')));
    write('pagefind/wasm.unknown.pagefind', zlib.gzipSync(text('wasm')));
    write('anh.png', crypto.randomBytes(2000));
    write('nho.css', 'a{color:red}');
    // Above the size floor, but random: compressing would not shrink it.
    write('ngau-nhien.json', crypto.randomBytes(3000));

    const result = await precompressDir(dir);

    for (const file of [page, script, entry]) {
      expect(zlib.brotliDecompressSync(fs.readFileSync(`${file}.br`))).toEqual(fs.readFileSync(file));
      expect(zlib.gunzipSync(fs.readFileSync(`${file}.gz`))).toEqual(fs.readFileSync(file));
    }
    const copies = fs.readdirSync(dir, { recursive: true }).map(String).filter((file) => /\.(br|gz)$/.test(file));
    expect(copies.sort()).toEqual(
      ['pagefind/pagefind-entry.json', 'pagefind/pagefind.js', 'tin-tuc/a/index.html'].flatMap((file) => [`${file}.br`, `${file}.gz`]).sort(),
    );
    expect(result).toMatchObject({ compressed: 4, upToDate: 1 });
  });

  it('renews only the copies of rewritten files, and drops a copy that no longer pays', async () => {
    const { dir, write, age } = site();
    const changed = write('tin-tuc/a/index.html', text('trước'));
    const kept = write('tin-tuc/b/index.html', text('b'));
    const shrinks = write('du-lieu.json', JSON.stringify(text('json')));
    await precompressDir(dir);
    for (const file of [changed, kept, shrinks]) age(file);
    const keptCopy = fs.statSync(`${kept}.br`).mtimeMs;

    write('tin-tuc/a/index.html', text('sau'));
    write('du-lieu.json', crypto.randomBytes(3000));
    const again = await precompressDir(dir);

    expect(again).toMatchObject({ compressed: 2, upToDate: 1 });
    expect(zlib.brotliDecompressSync(fs.readFileSync(`${changed}.br`)).toString()).toBe(text('sau'));
    expect(zlib.gunzipSync(fs.readFileSync(`${changed}.gz`)).toString()).toBe(text('sau'));
    expect(fs.statSync(`${kept}.br`).mtimeMs).toBe(keptCopy);
    expect(fs.existsSync(`${shrinks}.br`) || fs.existsSync(`${shrinks}.gz`)).toBe(false);
  });
});
