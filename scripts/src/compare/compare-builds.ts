/**
 * Compares two built sites file by file (bytes), to prove that a change of code changed no page: a refactor built
 * from the same snapshot on both sides must leave the lists below empty, or name what differs and why.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface BuildComparison {
  /** Files in the first build only (relative paths, '/' separated, sorted). */
  onlyInA: string[];
  /** Files in the second build only. */
  onlyInB: string[];
  /** Files in both whose bytes differ. */
  differing: string[];
  /** Number of files in both with the same bytes. */
  same: number;
}

function filesOf(dir: string): string[] {
  if (!fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`Not a directory: ${dir}`);
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** `ignore`: path prefixes left out on both sides, e.g. 'pagefind/' (Pagefind's index is not byte-stable between runs). */
export function compareBuilds(dirA: string, dirB: string, ignore: readonly string[] = []): BuildComparison {
  const kept = (file: string) => !ignore.some((prefix) => file.startsWith(prefix));
  const a = filesOf(dirA).filter(kept);
  const b = new Set(filesOf(dirB).filter(kept));
  const comparison: BuildComparison = { onlyInA: [], onlyInB: [], differing: [], same: 0 };
  for (const file of a) {
    if (!b.has(file)) comparison.onlyInA.push(file);
    else if (fs.readFileSync(path.join(dirA, file)).equals(fs.readFileSync(path.join(dirB, file)))) comparison.same += 1;
    else comparison.differing.push(file);
    b.delete(file);
  }
  comparison.onlyInB = [...b].sort();
  return comparison;
}

/** True when both builds hold the same files with the same bytes. */
export const identical = (comparison: BuildComparison): boolean =>
  comparison.onlyInA.length === 0 && comparison.onlyInB.length === 0 && comparison.differing.length === 0;
