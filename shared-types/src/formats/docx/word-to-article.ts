/**
 * One Word file → a draft article's title and sections, its images (by content hash) and their captions. Every check
 * runs here, before anything is written: a refused file (WordImportRefusal, Vietnamese message) leaves nothing behind.
 * Used by the CMS's Word import route (the admin's "Nhập từ Word" button and `pnpm run import:word`).
 */
import crypto from 'node:crypto';
import mammoth from 'mammoth';
import { checkDocxParts } from './docx-checks.js';
import { htmlToArticle, IMAGE_SRC_PREFIX, type ImportedSection } from './html-to-sections.js';
import { refuse, WordImportRefusal } from './refusal.js';
import { DEFAULT_ZIP_LIMITS, ENCRYPTED, readZipParts, type ZipLimits } from './zip-parts.js';

export const MAX_WORD_FILE_BYTES = 50 * 1024 * 1024;

export interface WordFile {
  /** The file's name as the editor chose it ("bao-cao.docx"): its extension and, without a title, the title. */
  name: string;
  bytes: Buffer;
}

export interface WordReadOptions {
  maxFileBytes?: number;
  zipLimits?: ZipLimits;
  /** Old binary `.doc` → `.docx` bytes (LibreOffice); null or absent when the machine cannot convert. */
  convertDoc?: ((bytes: Buffer) => Promise<Buffer>) | null;
}

export interface WordImage {
  data: Buffer;
  contentType: string;
}

export interface WordArticle {
  title: string;
  sections: ImportedSection[];
  /** By key (content hash), as the image sections name them. */
  images: Map<string, WordImage>;
  /** First caption of each image key: the media file's caption and alt text. */
  captions: Map<string, string>;
  warnings: string[];
}

const WEB_IMAGES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

const extensionOf = (name: string) => /\.[^./\\]+$/.exec(name)?.[0].toLowerCase() ?? '';
const baseName = (name: string) => name.split(/[\\/]/).pop() ?? name;

/** The key that finds a unit's draft of a file again: importing the same file name into the same unit updates it. */
export function importKeyFor(unitSlug: string, fileName: string): string {
  return `word:${unitSlug}:${baseName(fileName).normalize('NFC').toLowerCase()}`;
}

export async function wordToArticle(file: WordFile, options: WordReadOptions = {}): Promise<WordArticle> {
  const extension = extensionOf(file.name);
  if (extension === '.docm' || extension === '.dotm') {
    refuse('macro', 'Tệp Word có chứa macro (.docm) không được nhập vì lý do an toàn. Hãy lưu lại thành "Tài liệu Word (.docx)" rồi nhập.');
  }
  if (extension !== '.docx' && extension !== '.doc') refuse('not-word', 'Không phải tệp Word (.docx hoặc .doc).');
  const maxBytes = options.maxFileBytes ?? MAX_WORD_FILE_BYTES;
  if (file.bytes.length > maxBytes) {
    refuse('too-large', `Tệp quá lớn (${(file.bytes.length / 1048576).toFixed(1)} MB); giới hạn là ${Math.round(maxBytes / 1048576)} MB.`);
  }
  let bytes = file.bytes;
  // An encrypted Word file (and an old .doc) is an OLE compound file, not a zip.
  const isCompound = bytes.length >= 8 && bytes.readUInt32BE(0) === 0xd0cf11e0 && bytes.readUInt32BE(4) === 0xa1b11ae1;
  if (extension === '.docx' && isCompound) refuse('encrypted', ENCRYPTED);
  if (extension === '.doc') {
    if (!options.convertDoc) {
      refuse(
        'doc-without-libreoffice',
        'Tệp .doc (Word 97–2003) cần LibreOffice để chuyển đổi, nhưng máy chủ chưa cài (gói Debian libreoffice-writer-nogui). Hãy mở tệp trong Word, lưu thành .docx rồi nhập lại.',
      );
    }
    bytes = await options.convertDoc!(bytes);
  }

  const parts = readZipParts(bytes, options.zipLimits ?? DEFAULT_ZIP_LIMITS);
  checkDocxParts(parts);

  const images = new Map<string, WordImage>();
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
  const name = baseName(file.name);
  const fromName = name.slice(0, name.length - extension.length).normalize('NFC').replace(/[_-]+/g, ' ').trim();
  const title = (article.title ?? (fromName.length >= 5 ? fromName : `Nhập từ Word: ${fromName}`)).slice(0, 300);
  return { title, sections: article.sections, images, captions: article.imageCaptions, warnings };
}
