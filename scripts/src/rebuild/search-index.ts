/**
 * The search index of a build, when the rebuild service indexes after going live. A build then carries the live
 * build's index (hard links: nothing is copied, and nobody ever writes into those files) so search keeps working at
 * once, and a fresh index replaces it afterwards. In such builds `pagefind` is a symlink to `pagefind-<stamp>/`, so the
 * replacement is one atomic rename, like the switch of `current`.
 */
import fs from 'node:fs';
import path from 'node:path';

export const SEARCH_DIR = 'pagefind';

/** The search index directory of a build (following its symlink), or null when the build has none. */
export function searchIndexOf(buildDir: string): string | null {
  try {
    const real = fs.realpathSync(path.join(buildDir, SEARCH_DIR));
    return fs.statSync(real).isDirectory() ? real : null;
  } catch {
    return null;
  }
}

function linkTree(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) linkTree(source, target);
    else fs.linkSync(source, target);
  }
}

function freshName(buildDir: string): string {
  let name = `${SEARCH_DIR}-${Date.now().toString(36)}`;
  for (let n = 2; fs.existsSync(path.join(buildDir, name)); n += 1) name = `${SEARCH_DIR}-${Date.now().toString(36)}-${n}`;
  return name;
}

/** Points `<buildDir>/pagefind` at `<buildDir>/<name>` atomically. */
function pointAt(buildDir: string, name: string): void {
  const link = path.join(buildDir, SEARCH_DIR);
  const temporary = `${link}.${process.pid}.${Date.now()}.tmp`;
  fs.symlinkSync(name, temporary);
  fs.renameSync(temporary, link);
}

/** Gives a new build the live build's index, until its own replaces it. */
export function carrySearchIndex(liveIndex: string, buildDir: string): void {
  const name = freshName(buildDir);
  linkTree(liveIndex, path.join(buildDir, name));
  pointAt(buildDir, name);
}

/**
 * Writes a fresh index for a build with `write(outputPath)`, then switches the build's `pagefind` link to it. The
 * index it replaces stays until the next replacement (a visitor's search may still be loading its chunks); older ones
 * are removed. If `write` fails, the build keeps its index.
 */
export async function replaceSearchIndex(buildDir: string, write: (outputPath: string) => Promise<void>): Promise<void> {
  const name = freshName(buildDir);
  const output = path.join(buildDir, name);
  try {
    await write(output);
  } catch (error) {
    fs.rmSync(output, { recursive: true, force: true });
    throw error;
  }
  const previous = searchIndexOf(buildDir);
  pointAt(buildDir, name);
  for (const entry of fs.readdirSync(buildDir)) {
    const dir = path.join(buildDir, entry);
    if (entry.startsWith(`${SEARCH_DIR}-`) && entry !== name && dir !== previous) fs.rmSync(dir, { recursive: true, force: true });
  }
}
