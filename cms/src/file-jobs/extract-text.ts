/**
 * The text of one attached file: a PDF's text layer (pdftotext, poppler-utils), pages without one read by OCR
 * (pdftoppm at 300 dpi, then Tesseract with its Vietnamese data), a DOCX's raw text (mammoth, after the same zip and
 * XML checks as the Word import), an image by OCR. Tesseract runs single-threaded so that one OCR job uses one core.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import mammoth from 'mammoth';
import { checkDocxParts, readZipParts } from '@portal/shared-types/docx';

const run = promisify(execFile);

export interface ExtractedText {
  text: string;
  /** The first page's text (PDF), or the start of the text: where a document's number, date and subject stand. */
  firstPage: string;
  /** Some of the text was read by OCR from page images. */
  machineRead: boolean;
}

/** Refused or unreadable input: the job fails with this message, the worker carries on. */
export class ExtractionError extends Error {
  override name = 'ExtractionError';
}

export const MAX_EXTRACT_BYTES = 100 * 1024 * 1024;
/** A page with fewer visible characters than this in its text layer is taken for a scan. */
const SCANNED_PAGE_CHARS = 10;

const visibleChars = (text: string) => text.replace(/\s+/g, '').length;

async function tool(command: string, args: string[], options: { timeout?: number; env?: NodeJS.ProcessEnv } = {}): Promise<string> {
  try {
    const { stdout } = await run(command, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: options.timeout ?? 120_000, env: options.env });
    return stdout;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new ExtractionError(
        `${command} is not installed: apt-get install -y poppler-utils tesseract-ocr tesseract-ocr-vie (see README, "Full text of documents")`,
      );
    }
    throw new ExtractionError(`${command} failed: ${String((error as { stderr?: string }).stderr ?? (error as Error).message).slice(0, 300)}`);
  }
}

export async function ocrImage(image: string): Promise<string> {
  // One thread per Tesseract: the worker's concurrency is what spreads jobs over cores.
  return tool('tesseract', [image, '-', '-l', 'vie'], { timeout: 300_000, env: { ...process.env, OMP_THREAD_LIMIT: '1' } });
}

async function pdfText(file: string): Promise<ExtractedText> {
  const layer = await tool('pdftotext', ['-enc', 'UTF-8', file, '-']);
  // pdftotext ends every page with a form feed.
  const pages = layer.split('\f');
  if (pages.length > 1 && pages.at(-1)!.trim() === '') pages.pop();
  const scanned = pages.map((page, index) => (visibleChars(page) < SCANNED_PAGE_CHARS ? index : -1)).filter((index) => index >= 0);
  if (scanned.length === 0) return { text: pages.join('\n\n'), firstPage: pages[0] ?? '', machineRead: false };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'full-text-'));
  try {
    for (const index of scanned) {
      const page = String(index + 1);
      const prefix = path.join(dir, `p${page}`);
      await tool('pdftoppm', ['-r', '300', '-gray', '-png', '-singlefile', '-f', page, '-l', page, file, prefix], { timeout: 300_000 });
      pages[index] = await ocrImage(`${prefix}.png`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return { text: pages.join('\n\n'), firstPage: pages[0] ?? '', machineRead: true };
}

async function imageText(file: string): Promise<ExtractedText> {
  const text = await ocrImage(file);
  return { text, firstPage: text, machineRead: true };
}

async function docxText(file: string): Promise<ExtractedText> {
  const bytes = fs.readFileSync(file);
  try {
    checkDocxParts(readZipParts(bytes));
  } catch (error) {
    throw new ExtractionError((error as Error).message);
  }
  const result = await mammoth.extractRawText({ buffer: bytes });
  return { text: result.value, firstPage: result.value.split('\n').slice(0, 80).join('\n'), machineRead: false };
}

export type FileKind = 'pdf' | 'docx' | 'image' | null;

export function fileKind(file: { mime?: string | null; ext?: string | null }): FileKind {
  const ext = (file.ext ?? '').toLowerCase();
  if (file.mime === 'application/pdf' || ext === '.pdf') return 'pdf';
  if (file.mime === 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' || ext === '.docx') return 'docx';
  if (/^image\/(png|jpeg|tiff|webp)$/.test(file.mime ?? '')) return 'image';
  return null;
}

/** Text of a file on disk, NFC, with runs of blank lines folded. */
export async function extractText(file: string, kind: Exclude<FileKind, null>): Promise<ExtractedText> {
  if (fs.statSync(file).size > MAX_EXTRACT_BYTES) throw new ExtractionError(`Tệp quá lớn để trích toàn văn (giới hạn ${MAX_EXTRACT_BYTES / 1048576} MB).`);
  const extracted = kind === 'pdf' ? await pdfText(file) : kind === 'docx' ? await docxText(file) : await imageText(file);
  const text = extracted.text
    .normalize('NFC')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text, firstPage: extracted.firstPage.normalize('NFC'), machineRead: extracted.machineRead };
}
