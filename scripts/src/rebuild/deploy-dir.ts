/**
 * The deploy root holds every kept build and one `current` symlink the static server follows:
 *
 *   <root>/builds/<id>/   finished builds, newest last (ids sort by time)
 *   <root>/current        → builds/<id>, switched atomically by renaming a fresh symlink over it
 *   <root>/work/          the builder's output directory, kept and updated in place from build to build (never served);
 *                         work.incomplete exists while a build writes it (site-build.ts buildOverPreviousOutput)
 *   <root>/staging/       where the next build is composed from work/ (compose-build.ts), renamed into builds/ once
 *                         it passed the checks
 *   <root>/cache/         Astro's cacheDir: the content-layer data store and incremental-build cache, kept between builds
 *   <root>/composed.json  which build was composed last and when (the reference of the next composition)
 */
import fs from 'node:fs';
import path from 'node:path';

export interface DeployLayout {
  root: string;
  buildsDir: string;
  currentLink: string;
  workDir: string;
  stagingDir: string;
  cacheDir: string;
  composedFile: string;
  statusFile: string;
}

export function deployLayout(root: string): DeployLayout {
  const absolute = path.resolve(root);
  return {
    root: absolute,
    buildsDir: path.join(absolute, 'builds'),
    currentLink: path.join(absolute, 'current'),
    workDir: path.join(absolute, 'work'),
    stagingDir: path.join(absolute, 'staging'),
    cacheDir: path.join(absolute, 'cache'),
    composedFile: path.join(absolute, 'composed.json'),
    statusFile: path.join(absolute, 'status.json'),
  };
}

const BUILD_ID = /^\d{8}T\d{9}Z(-\d+)?$/;

/** A build id that sorts by time: 20261123T125024123Z (UTC, milliseconds); `-n` is added on a collision. */
export function newBuildId(layout: DeployLayout, now = new Date()): string {
  const base = now.toISOString().replace(/[-:.]/g, '');
  let id = base;
  for (let n = 2; fs.existsSync(path.join(layout.buildsDir, id)); n += 1) id = `${base}-${n}`;
  return id;
}

/** Kept builds, oldest first. */
export function listBuilds(layout: DeployLayout): string[] {
  if (!fs.existsSync(layout.buildsDir)) return [];
  return fs
    .readdirSync(layout.buildsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && BUILD_ID.test(entry.name))
    .map((entry) => entry.name)
    .sort();
}

/** The build `current` points at, or null before the first successful build. */
export function currentBuildId(layout: DeployLayout): string | null {
  let target: string;
  try {
    target = fs.readlinkSync(layout.currentLink);
  } catch {
    return null;
  }
  return path.basename(target);
}

export function buildDir(layout: DeployLayout, id: string): string {
  return path.join(layout.buildsDir, id);
}

/**
 * Points `current` at a kept build. The new symlink is made under a temporary name and renamed over `current`:
 * rename(2) replaces it atomically, so a request sees either the old build or the new one, never nothing.
 */
export function activateBuild(layout: DeployLayout, id: string): void {
  if (!fs.existsSync(buildDir(layout, id))) throw new Error(`Build ${id} does not exist in ${layout.buildsDir}.`);
  const temporary = `${layout.currentLink}.${process.pid}.${Date.now()}.tmp`;
  // Relative, so the deploy root can be moved or mounted elsewhere.
  fs.symlinkSync(path.join('builds', id), temporary);
  try {
    fs.renameSync(temporary, layout.currentLink);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

/** Prefix of a pruned build's directory while it is being deleted. */
const REMOVING = '.removing-';

/** Removes the oldest builds beyond `keep`; the live build is never removed. Returns the removed ids. */
export function pruneBuilds(layout: DeployLayout, keep: number): string[] {
  const current = currentBuildId(layout);
  const builds = listBuilds(layout);
  const removable = builds.slice(0, Math.max(0, builds.length - keep)).filter((id) => id !== current);
  // Out of the list at once (a rename), deleted in the background: removing tens of thousands of files takes seconds,
  // and the static server may share this process. Leftovers of an interrupted deletion go with the next prune.
  for (const id of removable) fs.renameSync(buildDir(layout, id), path.join(layout.buildsDir, `${REMOVING}${id}`));
  for (const entry of fs.readdirSync(layout.buildsDir)) {
    if (entry.startsWith(REMOVING)) void fs.promises.rm(path.join(layout.buildsDir, entry), { recursive: true, force: true }).catch(() => {});
  }
  return removable;
}

export class RollbackError extends Error {
  override readonly name = 'RollbackError';
}

/** Switches `current` to the newest kept build older than the live one. */
export function rollBack(layout: DeployLayout): { from: string; to: string } {
  const current = currentBuildId(layout);
  if (current === null) throw new RollbackError(`Nothing to roll back: ${layout.currentLink} does not exist yet.`);
  const older = listBuilds(layout).filter((id) => id < current);
  const previous = older.at(-1);
  if (previous === undefined) {
    throw new RollbackError(`Nothing to roll back to: ${current} is the oldest kept build in ${layout.buildsDir}.`);
  }
  activateBuild(layout, previous);
  return { from: current, to: previous };
}
