/**
 * One build at a time: the builder updates the working directory, a new build is composed from it in the staging
 * directory (compose-build.ts), checked, then moved into builds/ and switched live atomically. A failed or rejected
 * build leaves `current` untouched; either outcome is logged and kept in the status.
 *
 * With `indexSearch`, a build after the first one skips the search index, goes live with the live build's index, and
 * is indexed afterwards in the background (search-index.ts): the new page is served seconds after the webhook instead of
 * after a full re-index. The next build cancels an index refresh still running; it indexes its own result anyway.
 */
import fs from 'node:fs';
import { writeFileAtomic } from '../atomic-file.ts';
import { BuildRejectedError, checkBuild } from './build-check.ts';
import { type ComposeReference, composeOverPrelinked, prelinkReference } from './compose-build.ts';
import {
  activateBuild,
  buildDir,
  currentBuildId,
  deployLayout,
  listBuilds,
  newBuildId,
  pruneBuilds,
  type DeployLayout,
} from './deploy-dir.ts';
import type { BuildLockHandle } from './rebuild-lock.ts';
import type { RemoteDeploy } from './s3-deploy.ts';
import { RebuildScheduler } from './scheduler.ts';
import { carrySearchIndex, replaceSearchIndex, searchIndexOf } from './search-index.ts';

/**
 * Builds the site into `outDir` with Astro's cache in `cacheDir`; with `searchIndex: 'later'` without the search index.
 * `outDir` is always the same directory and still holds the previous build's output, which the builder may keep where
 * it is unchanged; once the build succeeded it must hold exactly the new site. Its files are never served directly.
 */
export type SiteBuilder = (target: { outDir: string; cacheDir: string; searchIndex: 'inline' | 'later' }) => Promise<void>;

/** Writes the search index of the built site in `siteDir` to `outputPath`; rejects once `signal` aborts. */
export type SearchIndexer = (siteDir: string, outputPath: string, signal: AbortSignal) => Promise<void>;

export interface RebuildServiceOptions {
  deployRoot: string;
  build: SiteBuilder;
  /** Index builds after they went live (see above); without it every build indexes inline. */
  indexSearch?: SearchIndexer;
  debounceMs: number;
  maxWaitMs: number;
  /** Builds kept for rollback, the live one included. */
  keepBuilds: number;
  minPageRatio: number;
  /**
   * Taken before each build and released after it (rebuild-lock.ts): no other service builds this site meanwhile.
   * A build whose lock is no longer held when it is ready does not go live.
   */
  buildLock?: () => Promise<BuildLockHandle>;
  /** Also deploy each build there (s3-deploy.ts): uploaded first, then its pointer switched, then `current` here. */
  remote?: RemoteDeploy;
  log?: (line: string) => void;
}

export interface BuildOutcome {
  id: string;
  /** ISO time the build finished. */
  at: string;
  durationMs: number;
  /** What triggered it (webhook events, "start", "manual"...). */
  reasons: string[];
}

export interface RebuildStatus {
  currentBuildId: string | null;
  builds: string[];
  running: { id: string; startedAt: string; reasons: string[] } | null;
  /** The live build's search index being refreshed after it went live. */
  indexing: { id: string; startedAt: string } | null;
  queue: { pending: number; since: string | null };
  lastSuccess: (BuildOutcome & { pages: number }) | null;
  lastFailure: (BuildOutcome & { reason: string }) | null;
  /** ISO time of the last accepted webhook. */
  lastEventAt: string | null;
}

export interface RebuildService {
  layout: DeployLayout;
  /** Queues a build (debounced, coalesced). */
  request(reason: string): void;
  /** Records an accepted webhook, then queues a build. */
  notify(event: string): void;
  status(): RebuildStatus;
  /** Resolves once no build is running or waiting and no search index is being refreshed. */
  idle(): Promise<void>;
  close(): void;
}

/** The part of a failed build's message an operator needs first: the first error line, or the last line. */
export function summarizeFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const lines = message.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  const errorLine = lines.find((line) => /\b\w*Error\b|\berror\b/i.test(line) && !/^\S+ .* failed \((exit|SIG)/.test(line));
  const summary = errorLine ?? lines.at(-1) ?? 'unknown error';
  // Long lines are mostly a request URL in the middle; the cause comes last, so keep both ends.
  return summary.length > 500 ? `${summary.slice(0, 200)} … ${summary.slice(-290)}` : summary;
}

type PersistedStatus = Pick<RebuildStatus, 'lastSuccess' | 'lastFailure'>;

function readPersisted(file: string): PersistedStatus {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<PersistedStatus>;
    return { lastSuccess: parsed.lastSuccess ?? null, lastFailure: parsed.lastFailure ?? null };
  } catch {
    return { lastSuccess: null, lastFailure: null };
  }
}

export function createRebuildService(options: RebuildServiceOptions): RebuildService {
  const layout = deployLayout(options.deployRoot);
  const log = options.log ?? ((line: string) => console.log(line));
  fs.mkdirSync(layout.buildsDir, { recursive: true });
  fs.mkdirSync(layout.cacheDir, { recursive: true });

  const persisted = readPersisted(layout.statusFile);
  let lastSuccess = persisted.lastSuccess;
  let lastFailure = persisted.lastFailure;
  let running: RebuildStatus['running'] = null;
  let lastEventAt: string | null = null;
  let indexing: { id: string; startedAt: string; abort: AbortController; done: Promise<void> } | null = null;

  /** Refreshes a live build's search index in the background; the next build or close() cancels it. */
  function startIndexing(id: string): void {
    const indexSearch = options.indexSearch!;
    const abort = new AbortController();
    const started = Date.now();
    const dir = buildDir(layout, id);
    const done = replaceSearchIndex(dir, (outputPath) => indexSearch(dir, outputPath, abort.signal)).then(
      () => log(`[rebuild] search index of build ${id} is up to date (${((Date.now() - started) / 1000).toFixed(1)} s)`),
      (error: unknown) =>
        log(
          abort.signal.aborted
            ? `[rebuild] search index of build ${id} left to the next build`
            : `[rebuild] search index of build ${id} failed, it keeps the previous index: ${summarizeFailure(error)}`,
        ),
    );
    indexing = { id, startedAt: new Date(started).toISOString(), abort, done: done.finally(() => (indexing = null)) };
  }

  async function stopIndexing(): Promise<void> {
    const current = indexing;
    if (current === null) return;
    current.abort.abort();
    await current.done;
  }

  const persist = () => writeJsonAtomic(layout.statusFile, { lastSuccess, lastFailure });

  async function runBuild(reasons: string[]): Promise<void> {
    const lock = await options.buildLock?.().catch((error: unknown) => {
      log(`[rebuild] build not started: ${(error as Error).message}`);
      return null;
    });
    if (lock === null) return;
    const id = newBuildId(layout);
    const started = Date.now();
    let kept = false;
    running = { id, startedAt: new Date(started).toISOString(), reasons };
    log(`[rebuild] build ${id} started (${describeReasons(reasons)})`);
    await stopIndexing();
    fs.rmSync(layout.stagingDir, { recursive: true, force: true });
    // An uploaded build is complete with its own index: the refresh after going live happens on this disk only.
    const liveIndex = options.indexSearch === undefined || options.remote !== undefined ? null : liveSearchIndex(layout);
    try {
      const building = options.build({ outDir: layout.workDir, cacheDir: layout.cacheDir, searchIndex: liveIndex === null ? 'inline' : 'later' });
      // Handled below; meanwhile a failure must not count as an unhandled rejection.
      building.catch(() => undefined);
      // Most of the composition is linking the previous build's files: done while the builder runs.
      const prelinked = await prelinkReference(layout.stagingDir, composeReference(layout)).catch(async (error: unknown) => {
        await building.catch(() => undefined);
        throw error;
      });
      await building;
      // Files of the working directory older than this were composed into this build as they are (compose-build.ts).
      const composedAt = Date.now();
      const composed = composeOverPrelinked(layout.workDir, layout.stagingDir, prelinked);
      if (liveIndex !== null) carrySearchIndex(liveIndex, layout.stagingDir);
      const live = currentBuildId(layout);
      const { pages, urlsChecked } = checkBuild(layout.stagingDir, live === null ? null : buildDir(layout, live), {
        minPageRatio: options.minPageRatio,
        pages: composed.pages,
        ...(live !== null && lastSuccess?.id === live ? { livePages: lastSuccess.pages } : {}),
      });
      fs.renameSync(layout.stagingDir, buildDir(layout, id));
      kept = true;
      writeJsonAtomic(layout.composedFile, { build: id, since: composedAt });
      await options.remote?.upload(id, buildDir(layout, id));
      if (lock !== undefined && !(await lock.stillHeld())) {
        throw new Error('this service lost the rebuild lock during the build: another one builds from now on');
      }
      await options.remote?.activate(id);
      activateBuild(layout, id);
      kept = false;
      const removed = pruneBuilds(layout, options.keepBuilds);
      if (options.remote !== undefined) {
        const remote = options.remote;
        await remote.prune(options.keepBuilds).catch((error: unknown) =>
          log(`[rebuild] could not remove old builds from ${remote.location}: ${summarizeFailure(error)}`));
      }
      const durationMs = Date.now() - started;
      lastSuccess = { id, at: new Date().toISOString(), durationMs, reasons, pages };
      const composing = `composed in ${((Date.now() - composedAt) / 1000).toFixed(1)} s: ${composed.linked} files kept, ${composed.copied} copied`;
      log(`[rebuild] build ${id} is live: ${pages} pages in ${(durationMs / 1000).toFixed(1)} s (${composing}; ${urlsChecked} live URLs kept)` +
        (removed.length > 0 ? `; removed old builds ${removed.join(', ')}` : ''));
      if (liveIndex !== null) startIndexing(id);
    } catch (error) {
      fs.rmSync(layout.stagingDir, { recursive: true, force: true });
      // A build that never went live is not kept for rollback.
      if (kept) fs.rmSync(buildDir(layout, id), { recursive: true, force: true });
      const reason = error instanceof BuildRejectedError ? `rejected: ${error.message}` : `failed: ${summarizeFailure(error)}`;
      lastFailure = { id, at: new Date().toISOString(), durationMs: Date.now() - started, reasons, reason };
      log(`[rebuild] build ${id} ${reason}; the live site is unchanged (${currentBuildId(layout) ?? 'no build yet'})`);
      if (!(error instanceof BuildRejectedError) && error instanceof Error) log(error.message);
    } finally {
      running = null;
      persist();
      await lock?.release();
    }
  }

  const scheduler = new RebuildScheduler({ debounceMs: options.debounceMs, maxWaitMs: options.maxWaitMs, runBuild });

  return {
    layout,
    request: (reason) => scheduler.request(reason),
    notify(event) {
      lastEventAt = new Date().toISOString();
      scheduler.request(event);
    },
    status() {
      const { pending, pendingSince } = scheduler.state;
      return {
        currentBuildId: currentBuildId(layout),
        builds: listBuilds(layout),
        running,
        indexing: indexing === null ? null : { id: indexing.id, startedAt: indexing.startedAt },
        queue: { pending, since: pendingSince === null ? null : new Date(pendingSince).toISOString() },
        lastSuccess,
        lastFailure,
        lastEventAt,
      };
    },
    async idle() {
      // A build may start an index refresh, and a pending build may follow it.
      do {
        await scheduler.idle();
        await indexing?.done;
      } while (scheduler.state.running || scheduler.state.pending > 0);
    },
    close() {
      scheduler.close();
      indexing?.abort.abort();
    },
  };
}

function writeJsonAtomic(file: string, value: unknown): void {
  writeFileAtomic(file, `${JSON.stringify(value, null, 2)}\n`);
}

/** The last composed build, if it is still kept, as the reference of the next composition. */
function composeReference(layout: DeployLayout): ComposeReference | null {
  try {
    const { build, since } = JSON.parse(fs.readFileSync(layout.composedFile, 'utf8')) as { build?: unknown; since?: unknown };
    if (typeof build !== 'string' || typeof since !== 'number' || !listBuilds(layout).includes(build)) return null;
    return { dir: buildDir(layout, build), since };
  } catch {
    return null;
  }
}

/** The live build's search index, or null before the first build (which then indexes inline). */
function liveSearchIndex(layout: DeployLayout): string | null {
  const live = currentBuildId(layout);
  return live === null ? null : searchIndexOf(buildDir(layout, live));
}

function describeReasons(reasons: string[]): string {
  const counts = new Map<string, number>();
  for (const reason of reasons) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  return [...counts].map(([reason, count]) => (count === 1 ? reason : `${reason} ×${count}`)).join(', ');
}
