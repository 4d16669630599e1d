/**
 * A build to serve is composed from the builder's working directory, which the builder updates in place from one
 * build to the next (Astro leaves an unchanged page where it is and overwrites a changed one). Composing:
 *   - a file not modified since the reference build (the last one composed) was composed is hard-linked from that
 *     build: no bytes are copied, and it is safe because nobody ever writes into a composed build;
 *   - every other file is copied, so that a composed build never shares a file with the working directory, which the
 *     next build writes into.
 * Publishing one article thus costs a few copies and ~10,000 links instead of copying the whole site; each kept build
 * is still a complete tree of its own, so the switch and rollback stay a symlink rename. The links are made while the
 * builder runs (prelinkReference); once it is done, only what changed is replaced (composeOverPrelinked).
 */
import fs from 'node:fs';
import path from 'node:path';
import { removeWithEmptyFolders } from '../../../site/src/integrations/reuse-out-dir.ts';
import { SEARCH_DIR } from './search-index.ts';

export interface ComposeReference {
  /** A composed build. */
  dir: string;
  /**
   * When `dir` was composed (ms since the epoch), after its builder had finished writing: files of the working
   * directory last modified before then are in `dir` as they are now.
   */
  since: number;
}

export interface ComposeResult {
  linked: number;
  copied: number;
  /** HTML pages in the composed build. */
  pages: number;
}

/** The reference build linked into the target ahead of time, and what was linked. */
export interface Prelinked {
  reference: ComposeReference | null;
  /** Files linked from the reference, relative to the target; compose removes those the build no longer produced. */
  files: Set<string>;
  dirs: Set<string>;
}

/**
 * Links every file of the reference build (but its search index, which the service carries over separately) into
 * `target`. It only reads the reference, so it runs while the builder still writes the working directory: the rebuild
 * service calls it while Astro builds, and most of the composition is done when the build ends. It yields now and then
 * so that the service keeps reading the build's output meanwhile.
 */
export async function prelinkReference(target: string, reference: ComposeReference | null): Promise<Prelinked> {
  const prelinked: Prelinked = { reference, files: new Set(), dirs: new Set(['']) };
  fs.mkdirSync(target, { recursive: true });
  if (reference === null || !fs.existsSync(reference.dir)) return { ...prelinked, reference: null };
  let sinceYield = 0;
  const walk = async (relative: string) => {
    for (const entry of fs.readdirSync(path.join(reference.dir, relative), { withFileTypes: true })) {
      if (relative === '' && isSearchIndex(entry.name)) continue;
      const file = path.join(relative, entry.name);
      if (entry.isDirectory()) {
        fs.mkdirSync(path.join(target, file));
        prelinked.dirs.add(file);
        await walk(file);
      } else if (entry.isFile()) {
        fs.linkSync(path.join(reference.dir, file), path.join(target, file));
        prelinked.files.add(file);
        if ((sinceYield += 1) === 500) {
          sinceYield = 0;
          await new Promise((resolve) => setImmediate(resolve));
        }
      }
    }
  };
  await walk('');
  return prelinked;
}

/** Composes `target` from the working directory over a prelinked reference (see prelinkReference). */
export function composeOverPrelinked(workDir: string, target: string, prelinked: Prelinked): ComposeResult {
  const result: ComposeResult = { linked: 0, copied: 0, pages: 0 };
  const { reference, files, dirs } = prelinked;
  const walk = (relative: string) => {
    if (!dirs.has(relative)) {
      // A file of the reference where this build has a folder.
      if (files.delete(relative)) fs.unlinkSync(path.join(target, relative));
      fs.mkdirSync(path.join(target, relative));
    }
    for (const entry of fs.readdirSync(path.join(workDir, relative), { withFileTypes: true })) {
      const file = path.join(relative, entry.name);
      if (entry.isDirectory()) {
        walk(file);
        continue;
      }
      if (!entry.isFile()) throw new Error(`Cannot compose ${path.join(workDir, file)}: only files and folders are expected in a build.`);
      if (entry.name.endsWith('.html')) result.pages += 1;
      if (dirs.delete(file)) replaceFolder(target, file, files);
      const unchanged = reference !== null && fs.statSync(path.join(workDir, file)).mtimeMs < reference.since;
      if (files.delete(file)) {
        if (unchanged) {
          result.linked += 1;
          continue;
        }
        // The target's file is the reference's: replace it, never write through the link.
        fs.unlinkSync(path.join(target, file));
      } else if (unchanged && linked(path.join(reference.dir, file), path.join(target, file))) {
        result.linked += 1;
        continue;
      }
      fs.copyFileSync(path.join(workDir, file), path.join(target, file));
      result.copied += 1;
    }
  };
  walk('');
  // What the reference had and this build no longer produced.
  for (const file of files) removeWithEmptyFolders(target, path.join(target, file));
  return result;
}

function isSearchIndex(name: string): boolean {
  return name === SEARCH_DIR || name.startsWith(`${SEARCH_DIR}-`);
}

/** Removes a folder of the reference where this build has a file, and forgets the files linked into it. */
function replaceFolder(target: string, folder: string, linkedFiles: Set<string>): void {
  fs.rmSync(path.join(target, folder), { recursive: true });
  for (const file of linkedFiles) if (file.startsWith(`${folder}${path.sep}`)) linkedFiles.delete(file);
}

/** Links `source` at `target`; false when the reference build does not have the file (it is copied instead). */
function linked(source: string, target: string): boolean {
  try {
    fs.linkSync(source, target);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}
