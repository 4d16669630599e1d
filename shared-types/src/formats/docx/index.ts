/**
 * Reading an uploaded DOCX safely (Node only, hence its own entry point `@portal/shared-types/docx`): the zip's sizes
 * checked before inflating, and the parts checked for macros, XML entities and external references. Used by the Word
 * import (scripts) and the CMS's full-text worker.
 */
export { DEFAULT_ZIP_LIMITS, ENCRYPTED, readZipParts } from './zip-parts.js';
export type { ZipLimits } from './zip-parts.js';
export { checkDocxParts } from './docx-checks.js';
export { refuse, WordImportRefusal } from './refusal.js';
export type { RefusalCode } from './refusal.js';
