/**
 * A build to serve is composed from the builder's working directory, which the builder updates in place from one
 * build to the next (Astro leaves an unchanged page where it is and overwrites a changed one). Composing:
 *   - a file not modified since the reference build (the last one composed) was composed is hard-linked from that
 *     build: no bytes are copied, and it is safe because nobody ever writes into a composed build;
 *   - every other file is copied, so that a composed build never shares a file with the working directory, which the
 *     next build writes into.
 * Publishing one article thus costs a few copies and ~10,000 links instead of copying the whole site; each kept build
 * is still a complete tree of its own, so the switch and rollback stay a symlink rename.
 */
import fs from 'node:fs';
import path from 'node:path';

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

export function composeBuild(workDir: string, target: string, reference: ComposeReference | null): ComposeResult {
  const result: ComposeResult = { linked: 0, copied: 0, pages: 0 };
  const walk = (relative: string) => {
    fs.mkdirSync(path.join(target, relative), { recursive: relative === '' });
    for (const entry of fs.readdirSync(path.join(workDir, relative), { withFileTypes: true })) {
      const file = path.join(relative, entry.name);
      if (entry.isDirectory()) {
        walk(file);
        continue;
      }
      if (!entry.isFile()) throw new Error(`Cannot compose ${path.join(workDir, file)}: only files and folders are expected in a build.`);
      if (entry.name.endsWith('.html')) result.pages += 1;
      if (reference !== null && fs.statSync(path.join(workDir, file)).mtimeMs < reference.since && linked(path.join(reference.dir, file), path.join(target, file))) {
        result.linked += 1;
      } else {
        fs.copyFileSync(path.join(workDir, file), path.join(target, file));
        result.copied += 1;
      }
    }
  };
  walk('');
  return result;
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
