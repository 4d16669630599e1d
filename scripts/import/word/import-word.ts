/**
 * One Word file → one draft article. Every check runs before anything is written: a refused file leaves the CMS and
 * its media library untouched. The draft is keyed by unit and file name (`importKey`), so importing the file again
 * updates that draft instead of adding a second one.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import mammoth from 'mammoth';
import { findImportedArticle, resolveCategory, resolveUnit, saveDraft, uploadImageOnce, type CmsTarget } from './cms-writer.ts';
import { htmlToArticle, IMAGE_SRC_PREFIX, type ImportedSection } from './html-to-sections.ts';
import { checkDocxParts, DEFAULT_ZIP_LIMITS, ENCRYPTED, readZipParts, refuse, WordImportRefusal, type ZipLimits } from '@portal/shared-types/docx';

export const MAX_WORD_FILE_BYTES = 50 * 1024 * 1024;

export interface WordImportOptions {
  cms: CmsTarget;
  unit: string;
  category?: string | undefined;
  maxFileBytes?: number;
  zipLimits?: ZipLimits;
  /** LibreOffice's command for `.doc`; found on PATH when not given, `null` = not available. */
  soffice?: string | null;
}

export type WordImportResult =
  | { file: string; outcome: 'created' | 'updated'; documentId: string; title: string; warnings: string[] }
  | { file: string; outcome: 'refused'; reason: string; code: string };

/** Resolved once per run: the unit and category documentIds. */
export interface ImportTargets {
  unitId: string | null;
  categoryId: string | null;
}

export async function resolveTargets(options: WordImportOptions): Promise<ImportTargets> {
  const unitId = await resolveUnit(options.cms, options.unit);
  return { unitId, categoryId: options.category ? await resolveCategory(options.cms, options.category, unitId) : null };
}

export function importKeyFor(unit: string, file: string): string {
  return `word:${unit}:${path.basename(file).normalize('NFC').toLowerCase()}`;
}

const SUPPORTED = new Set(['.docx', '.doc']);

function findSoffice(): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    for (const name of ['soffice', 'libreoffice']) {
      const candidate = path.join(dir, name);
      if (dir && fs.existsSync(candidate)) return candidate;
    }
  }
  return null;
}

/** An old binary .doc → .docx bytes through LibreOffice in headless mode. */
function convertDoc(file: string, soffice: string | null): Buffer {
  if (!soffice) {
    refuse(
      'doc-without-libreoffice',
      'Tệp .doc (Word 97–2003) cần LibreOffice để chuyển đổi, nhưng máy chủ chưa cài (gói Debian libreoffice-writer). Hãy mở tệp trong Word, lưu thành .docx rồi nhập lại.',
    );
  }
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'word-import-'));
  try {
    // A private profile dir: a running LibreOffice of the user would otherwise swallow the conversion.
    const run = spawnSync(
      soffice!,
      [`-env:UserInstallation=file://${outDir}/profile`, '--headless', '--convert-to', 'docx', '--outdir', outDir, file],
      { timeout: 120_000, stdio: 'pipe' },
    );
    const converted = path.join(outDir, `${path.basename(file, path.extname(file))}.docx`);
    if (run.status !== 0 || !fs.existsSync(converted)) {
      refuse('doc-conversion-failed', 'Không chuyển đổi được tệp .doc sang .docx (tệp hỏng hoặc được đặt mật khẩu).');
    }
    return fs.readFileSync(converted);
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}

interface FileImage {
  data: Buffer;
  contentType: string;
}

const WEB_IMAGES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

/** Reads and converts a file without writing anything; refuses (WordImportRefusal) bad input. */
export async function readWordFile(
  file: string,
  options: Pick<WordImportOptions, 'maxFileBytes' | 'zipLimits' | 'soffice'> = {},
): Promise<{ title: string; sections: ImportedSection[]; images: Map<string, FileImage>; captions: Map<string, string>; warnings: string[] }> {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.docm' || extension === '.dotm') {
    refuse('macro', 'Tệp Word có chứa macro (.docm) không được nhập vì lý do an toàn. Hãy lưu lại thành "Tài liệu Word (.docx)" rồi nhập.');
  }
  if (!SUPPORTED.has(extension)) refuse('not-word', 'Không phải tệp Word (.docx hoặc .doc).');
  const size = fs.statSync(file).size;
  const maxBytes = options.maxFileBytes ?? MAX_WORD_FILE_BYTES;
  if (size > maxBytes) {
    refuse('too-large', `Tệp quá lớn (${(size / 1048576).toFixed(1)} MB); giới hạn là ${Math.round(maxBytes / 1048576)} MB.`);
  }
  let bytes: Buffer = fs.readFileSync(file);
  // An encrypted Word file (and an old .doc) is an OLE compound file, not a zip.
  const isCompound = bytes.length >= 8 && bytes.readUInt32BE(0) === 0xd0cf11e0 && bytes.readUInt32BE(4) === 0xa1b11ae1;
  if (extension === '.docx' && isCompound) refuse('encrypted', ENCRYPTED);
  if (extension === '.doc') {
    bytes = convertDoc(file, options.soffice === undefined ? findSoffice() : options.soffice);
  }

  const parts = readZipParts(bytes, options.zipLimits ?? DEFAULT_ZIP_LIMITS);
  checkDocxParts(parts);

  const images = new Map<string, FileImage>();
  const warnings: string[] = [];
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: bytes },
      {
        externalFileAccess: false,
        styleMap: [
          "p[style-name='Title'] => h1.title:fresh",
          'p.Title => h1.title:fresh',
          "p[style-name='Caption'] => p.caption:fresh",
          "p[style-name='caption'] => p.caption:fresh",
          'p.Caption => p.caption:fresh',
        ],
        convertImage: mammoth.images.imgElement(async (image) => {
          const data = Buffer.from(await image.readAsArrayBuffer());
          if (!WEB_IMAGES.has(image.contentType)) {
            warnings.push(`Bỏ qua một ảnh định dạng ${image.contentType} (trình duyệt không hiển thị được).`);
            return { src: '' };
          }
          const key = crypto.createHash('sha256').update(data).digest('hex');
          images.set(key, { data, contentType: image.contentType });
          return { src: `${IMAGE_SRC_PREFIX}${key}` };
        }),
      },
    );
    html = result.value;
  } catch (error) {
    if (error instanceof WordImportRefusal) throw error;
    refuse('corrupt', 'Tệp bị hỏng hoặc không phải tệp Word (.docx) hợp lệ.');
  }
  const article = htmlToArticle(html!);
  if (article.sections.length === 0 && !article.title) refuse('no-content', 'Tệp Word không có nội dung.');
  const fromName = path.basename(file, path.extname(file)).normalize('NFC').replace(/[_-]+/g, ' ').trim();
  const title = (article.title ?? (fromName.length >= 5 ? fromName : `Nhập từ Word: ${fromName}`)).slice(0, 300);
  return { title, sections: article.sections, images, captions: article.imageCaptions, warnings };
}

export async function importWordFile(file: string, options: WordImportOptions, targets: ImportTargets): Promise<WordImportResult> {
  let read: Awaited<ReturnType<typeof readWordFile>>;
  try {
    read = await readWordFile(file, options);
  } catch (error) {
    if (error instanceof WordImportRefusal) return { file, outcome: 'refused', reason: error.message, code: error.code };
    throw error;
  }
  const mediaIds = new Map<string, number>();
  for (const [key, image] of read.images) {
    mediaIds.set(key, await uploadImageOnce(options.cms, image, read.captions.get(key) ?? null));
  }
  const sections = read.sections.map((section) =>
    section.__component === 'sections.image'
      ? { __component: section.__component, image: mediaIds.get(section.imageKey), caption: section.caption }
      : section,
  );
  const importKey = importKeyFor(options.unit, file);
  const existing = await findImportedArticle(options.cms, importKey);
  const data: Record<string, unknown> = {
    title: read.title,
    sections,
    importKey,
    // The draft keeps the date it was first imported with.
    date: existing?.date ?? new Date().toISOString(),
    ...(targets.categoryId ? { category: { set: [{ documentId: targets.categoryId }] } } : {}),
    ...(targets.unitId ? { unit: { set: [{ documentId: targets.unitId }] } } : {}),
  };
  const documentId = await saveDraft(options.cms, data, existing?.documentId ?? null);
  return { file, outcome: existing ? 'updated' : 'created', documentId, title: read.title, warnings: read.warnings };
}
