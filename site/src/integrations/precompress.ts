/**
 * Compressed copies of the built site's text files, `X.br` (brotli) and `X.gz` (gzip) beside `X`, written at build time
 * so that the static server (scripts/src/static-server.ts) and nginx (`brotli_static`, `gzip_static`) send compressed
 * bytes without compressing per request. A copy is (re)written only when it is missing or older than its file: a
 * rebuild over the previous output (reuse-out-dir.ts) compresses just the pages it wrote, and a page it rewrote never
 * keeps the copy of its former content. A file whose compressed form would not be smaller gets no copy.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { AstroIntegration } from 'astro';

/** The copies, in the order a server prefers them, with the `Content-Encoding` each is sent with. */
export const PRECOMPRESSED = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const;

export type PrecompressedEncoding = (typeof PRECOMPRESSED)[number]['encoding'];

/**
 * Text files worth compressing. Images, fonts and PDFs are compressed formats already, and so are Pagefind's chunks
 * (.pf_fragment, .pf_index, .pf_filter, .pf_meta) and its WASM (wasm.*.pagefind): Pagefind gzips them itself.
 */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.svg', '.csv', '.ics', '.map', '.webmanifest']);

/** Below this size a compressed copy saves less than a packet's headers. */
const MIN_BYTES = 256;

/**
 * Brotli quality 6: on the demo build's pages 30.0 % of their size (quality 11: 27.0 %) at 0.2 ms a page instead of
 * 12 ms, which keeps a full build of 13,000 pages seconds long (BENCHMARKS.md, "Precompression").
 */
export const BROTLI_QUALITY = 6;

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

export function isCompressible(file: string): boolean {
  return COMPRESSIBLE.has(path.extname(file).toLowerCase());
}

export interface PrecompressResult {
  /** Files whose copies were written now. */
  compressed: number;
  /** Files whose copies were up to date. */
  upToDate: number;
  /** Bytes of the files compressed now. */
  bytes: number;
}

type Compress = (raw: Buffer) => Promise<Buffer>;

const COMPRESSORS: Record<PrecompressedEncoding, Compress> = {
  br: (raw) =>
    brotli(raw, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
      },
    }),
  gzip: (raw) => gzip(raw, { level: 9 }),
};

async function mtimeOf(file: string): Promise<number | null> {
  try {
    return (await fs.stat(file)).mtimeMs;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Writes through a temporary name, so that a copy is never left half-written under its real name. */
async function writeCopy(file: string, bytes: Buffer): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await fs.writeFile(temporary, bytes);
  await fs.rename(temporary, file);
}

/** Brings the copies of one file up to date; true when it compressed. */
async function precompressFile(file: string, size: number, mtimeMs: number): Promise<boolean> {
  const copies = PRECOMPRESSED.map(({ encoding, suffix }) => ({ encoding, file: `${file}${suffix}` }));
  const copyTimes = await Promise.all(copies.map((copy) => mtimeOf(copy.file)));
  // A copy written after its file holds the file's content; a missing one means the file did not shrink or is new.
  if (size < MIN_BYTES || copyTimes.every((time) => time !== null && time >= mtimeMs)) {
    if (size < MIN_BYTES) await Promise.all(copies.map((copy) => fs.rm(copy.file, { force: true })));
    return false;
  }
  const raw = await fs.readFile(file);
  await Promise.all(
    copies.map(async (copy) => {
      const compressed = await COMPRESSORS[copy.encoding](raw);
      if (compressed.length < raw.length) await writeCopy(copy.file, compressed);
      else await fs.rm(copy.file, { force: true });
    }),
  );
  return true;
}

/**
 * Writes the missing or outdated compressed copies of every compressible file under `dir`. zlib compresses on Node's
 * thread pool, so a few files at a time keep every core busy.
 */
export async function precompressDir(dir: string, options: { concurrency?: number } = {}): Promise<PrecompressResult> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile() && isCompressible(entry.name)).map((entry) => path.join(entry.parentPath, entry.name));
  const result: PrecompressResult = { compressed: 0, upToDate: 0, bytes: 0 };
  const concurrency = options.concurrency ?? Math.max(2, os.availableParallelism() * 2);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++]!;
      const { size, mtimeMs } = await fs.stat(file);
      if (await precompressFile(file, size, mtimeMs)) {
        result.compressed += 1;
        result.bytes += size;
      } else result.upToDate += 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return result;
}

/** Precompresses the finished output; listed after every integration that writes or removes files. */
export function precompress(): AstroIntegration {
  return {
    name: 'portal:precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { compressed, upToDate, bytes } = await precompressDir(path.resolve(fileURLToPath(dir)));
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`compressed ${compressed} files (${(bytes / 1048576).toFixed(1)} MB) in ${seconds} s; ${upToDate} were up to date`);
      },
    },
  };
}
