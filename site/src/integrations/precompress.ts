/**
 * Compressed copies of the built site's text files, `X.br` (brotli) and `X.gz` (gzip) beside `X`, written at build time
 * so that the static server (scripts/src/static-server.ts) and nginx (`brotli_static`, `gzip_static`) send compressed
 * bytes without compressing per request. A copy is (re)written only when it is missing or older than its file: a
 * rebuild over the previous output (reuse-out-dir.ts) compresses just the pages it wrote, and a page it rewrote never
 * keeps the copy of its former content. A file whose compressed form would not be smaller gets no copy.
 */
import fsSync from 'node:fs';
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
  /** Files whose copies were up to date, or too small to have any. */
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

/** Whether both copies of a file exist and were written after it (so hold its content). */
function upToDate(file: string, mtimeMs: number): boolean {
  return PRECOMPRESSED.every(({ suffix }) => {
    const copy = fsSync.statSync(`${file}${suffix}`, { throwIfNoEntry: false });
    return copy !== undefined && copy.mtimeMs >= mtimeMs;
  });
}

/**
 * Writes both copies of a file, or removes a copy that would not be smaller than the file. Written in place: a build
 * that fails or dies midway is not used, and its output directory is dropped (site-build.ts buildOverPreviousOutput).
 */
async function precompressFile(file: string): Promise<void> {
  const raw = await fs.readFile(file);
  await Promise.all(
    PRECOMPRESSED.map(async ({ encoding, suffix }) => {
      const compressed = await COMPRESSORS[encoding](raw);
      if (compressed.length < raw.length) await fs.writeFile(`${file}${suffix}`, compressed);
      else await fs.rm(`${file}${suffix}`, { force: true });
    }),
  );
}

/**
 * Writes the missing or outdated compressed copies of every compressible file under `dir`. What is up to date is
 * found with synchronous stats (a rebuild checks every page: at 13,000 pages that takes a fraction of a second this
 * way, seconds through the thread pool); zlib then compresses on Node's thread pool, a few files at a time.
 */
export async function precompressDir(dir: string, options: { concurrency?: number } = {}): Promise<PrecompressResult> {
  const result: PrecompressResult = { compressed: 0, upToDate: 0, bytes: 0 };
  const outdated: string[] = [];
  for (const entry of fsSync.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !isCompressible(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    const { size, mtimeMs } = fsSync.statSync(file);
    if (size < MIN_BYTES) {
      for (const { suffix } of PRECOMPRESSED) fsSync.rmSync(`${file}${suffix}`, { force: true });
      result.upToDate += 1;
    } else if (upToDate(file, mtimeMs)) {
      result.upToDate += 1;
    } else {
      outdated.push(file);
      result.bytes += size;
    }
  }
  const concurrency = options.concurrency ?? Math.max(2, os.availableParallelism() * 2);
  let next = 0;
  const worker = async () => {
    while (next < outdated.length) await precompressFile(outdated[next++]!);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  result.compressed = outdated.length;
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
