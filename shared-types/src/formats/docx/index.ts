/**
 * Reading an uploaded DOCX safely (Node only, hence its own entry point `@portal/shared-types/docx`): the zip's sizes
 * checked before inflating, and the parts checked for macros, XML entities and external references. Used by the Word
 * import (the CMS route behind the admin button and `pnpm run import:word`) and the CMS's full-text worker.
 */
export { DEFAULT_ZIP_LIMITS, ENCRYPTED, readZipParts } from './zip-parts.js';
export type { ZipLimits } from './zip-parts.js';
export { checkDocxParts } from './docx-checks.js';
export { refuse, WordImportRefusal } from './refusal.js';
export type { RefusalCode } from './refusal.js';
export { htmlToArticle, IMAGE_SRC_PREFIX } from './html-to-sections.js';
export type { ImportedArticle, ImportedSection } from './html-to-sections.js';
export { importKeyFor, MAX_WORD_FILE_BYTES, wordToArticle } from './word-to-article.js';
export type { WordArticle, WordFile, WordImage, WordReadOptions } from './word-to-article.js';
