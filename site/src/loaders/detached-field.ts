/**
 * A large field kept out of Astro's data store: each entry's value goes to a JSON file of its own in the cacheDir, and
 * the stored entry keeps the file's path plus whatever the pages need from the value across all entries (a summary
 * computed at load time).
 *
 * Why: Astro re-serialises the whole data store on every sync, bundles it into the build as one module and parses it
 * again on every build. Article bodies were more than half of it at 10,000 articles, yet a rebuild renders only the
 * few pages that changed, and only those read a body.
 */

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface DetachedFieldOptions {
  /** The field moved out of each entry, e.g. `sections`. */
  field: string;
  /** Fields stored in its place, computed from the whole entry (e.g. the document numbers its text cites). */
  summarize: (data: Record<string, unknown>) => Record<string, unknown>;
}

/** The stored entry's property holding the path of its detached value, e.g. `sectionsFile`. */
export function detachedFileKey(field: string): string {
  return `${field}File`;
}

/** The folder of one collection's detached values inside Astro's cacheDir. */
export function detachedFolder(cacheDir: URL, collection: string): string {
  return path.join(fileURLToPath(cacheDir), 'detached', collection);
}

/** Where an entry's detached value lives. */
export function detachedFile(folder: string, id: string): string {
  return path.join(folder, `${encodeURIComponent(id)}.json`);
}

/**
 * Writes the entry's value to its file (temp file and rename, so a reader never sees half of it) and returns the
 * entry to store: without the field, with its summary and the file's path.
 */
export function detach(options: DetachedFieldOptions, folder: string, id: string, data: Record<string, unknown>): Record<string, unknown> {
  const { [options.field]: value, ...rest } = data;
  const file = detachedFile(folder, id);
  fs.mkdirSync(folder, { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, JSON.stringify(value ?? null));
  fs.renameSync(temp, file);
  return { ...rest, ...options.summarize(data), [detachedFileKey(options.field)]: file };
}

/** Whether a stored entry's detached value is where the entry says and where this cacheDir keeps it. */
export function hasDetachedValue(options: DetachedFieldOptions, folder: string, id: string, stored: Record<string, unknown> | undefined): boolean {
  const file = detachedFile(folder, id);
  return stored?.[detachedFileKey(options.field)] === file && fs.existsSync(file);
}

export function removeDetached(folder: string, id: string): void {
  fs.rmSync(detachedFile(folder, id), { force: true });
}

export function removeAllDetached(folder: string): void {
  fs.rmSync(folder, { recursive: true, force: true });
}

/** Reads a detached value back; a missing or unreadable file is an error naming the entry and the file. */
export function readDetached(file: string, what: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(
      `${what}: its stored value is missing (${file}: ${(error as Error).message}); delete the build cache (SITE_CACHE_DIR) and build again.`,
    );
  }
  return JSON.parse(text) as unknown;
}
