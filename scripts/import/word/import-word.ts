/**
 * One Word file → one draft article, by the CMS: the file is posted to its Word import route
 * (POST /api/editor/word-import, the same route as the admin's "Nhập từ Word" button), which reads, checks and saves
 * it. A refused file saves nothing; the same file imported again updates its draft.
 */
import fs from 'node:fs';
import path from 'node:path';
import { WordImportRefusal } from '@portal/shared-types/docx';

export interface CmsTarget {
  url: string;
  /** Admin JWT. */
  jwt: string;
}

export interface WordImportOptions {
  cms: CmsTarget;
  /** The unit's slug (or documentId). */
  unit: string;
  category?: string | undefined;
}

export type WordImportResult =
  | { file: string; outcome: 'created' | 'updated'; documentId: string; title: string; warnings: string[] }
  | { file: string; outcome: 'refused'; reason: string; code: string };

/** Answers about the run rather than the file (unknown unit or category, no right to the unit, signed out). */
const RUN_ERRORS = new Set([401, 403, 404]);

export async function importWordFile(file: string, options: WordImportOptions): Promise<WordImportResult> {
  const form = new FormData();
  form.append('files', await fs.openAsBlob(file), path.basename(file));
  form.append('unit', options.unit);
  if (options.category) form.append('category', options.category);
  const response = await fetch(`${options.cms.url}/api/editor/word-import`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${options.cms.jwt}` },
    body: form,
  });
  const body = (await response.json().catch(() => null)) as { data?: any; error?: { message?: string; details?: { code?: string } } } | null;
  if (response.ok && body?.data) {
    const { outcome, documentId, title, warnings } = body.data;
    return { file, outcome, documentId, title, warnings };
  }
  const code = body?.error?.details?.code;
  const message = body?.error?.message ?? `HTTP ${response.status}`;
  // A file the CMS refused (Vietnamese reason); a draft of someone else's is refused for that file only.
  if (response.status === 400 || code === 'draft-forbidden' || code === 'upload-forbidden') {
    return { file, outcome: 'refused', reason: message, code: code ?? 'refused' };
  }
  if (RUN_ERRORS.has(response.status)) throw new WordImportRefusal('not-word', message);
  throw new Error(`Importing ${file} failed (HTTP ${response.status}): ${message}`);
}
