/**
 * Starts the rebuild service and its webhook/status server, building the site with `astro build`. After each build the
 * next one is started ahead of time and waits for the content sync (site-build.ts prepareSiteBuild), so that a
 * webhook's rebuild does not wait for Astro to start.
 */
import type http from 'node:http';
import { type PreparedSiteBuild, type SiteBuildOptions, buildOverPreviousOutput, prepareSiteBuild } from '../site-build.ts';
import type { RebuildSettings } from './config.ts';
import { createRebuildService, type RebuildService, type RebuildServiceOptions, type SiteBuilder } from './rebuild-service.ts';
import { createWebhookServer, listenWebhookServer } from './webhook-server.ts';

export interface RunningRebuildService {
  service: RebuildService;
  server: http.Server;
  /** Base URL of the webhook/status server, e.g. http://127.0.0.1:4322 */
  url: string;
  close(): Promise<void>;
}

export interface ListenOptions {
  settings: RebuildSettings;
  host: string;
  /** 0 picks a free port. */
  port: number;
  cmsUrl: string;
  tokenFile?: string;
  token?: string;
  siteUrl: string;
  /** Further site build environment (STRAPI_MEDIA_URL...). */
  buildEnv?: Record<string, string>;
  /** Hide the build output (failures still report their log tail). */
  quiet?: boolean;
  log?: (line: string) => void;
  /** Held around each build (rebuild-lock.ts), and where else each build goes (s3-deploy.ts). */
  buildLock?: RebuildServiceOptions['buildLock'];
  remote?: RebuildServiceOptions['remote'];
  /** False while this service stands by (one-builder.ts): its webhook endpoint answers 503. */
  active?: () => boolean;
}

type BuildTarget = Parameters<SiteBuilder>[0];

export interface SiteRebuildOptions extends Omit<ListenOptions, 'host' | 'port'> {
  /**
   * Start the next `astro build` ahead of time once a build ended (default true). A platform of many units turns it
   * off: one idle Astro process per unit would hold its memory for nothing.
   */
  prepareAhead?: boolean;
  /** Waits for a free build slot and returns its release (bounded concurrency across units). */
  buildSlot?: () => Promise<() => void>;
}

export interface SiteRebuild {
  service: RebuildService;
  close(): Promise<void>;
}

/** The rebuild service of one site, building with `astro build`, without its HTTP side. */
export function createSiteRebuild(options: SiteRebuildOptions): SiteRebuild {
  const { settings } = options;
  const prepareAhead = options.prepareAhead ?? true;
  const buildOptions = ({ outDir, cacheDir, searchIndex }: BuildTarget): SiteBuildOptions & { cacheDir: string } => ({
    cmsUrl: options.cmsUrl,
    ...(options.tokenFile === undefined ? {} : { tokenFile: options.tokenFile }),
    ...(options.token === undefined ? {} : { token: options.token }),
    siteUrl: options.siteUrl,
    outDir,
    cacheDir,
    quiet: options.quiet ?? true,
    // Unchanged pages stay where they are (site/src/integrations/reuse-out-dir.ts).
    env: { ...options.buildEnv, SITE_SEARCH_INDEX: searchIndex, SITE_REUSE_OUT_DIR: '1' },
  });
  // The next build, started ahead of time once the last one ended, and what it builds.
  let ahead: { target: string; build: PreparedSiteBuild } | undefined;
  let closed = false;
  const targetKey = (target: BuildTarget) => [target.outDir, target.cacheDir, target.searchIndex].join('\0');
  const prepareNext = (target: BuildTarget) => {
    if (closed || !prepareAhead) return;
    // After the first successful build the live build's search index is carried over and refreshed afterwards.
    const next = { ...target, searchIndex: 'later' as const };
    ahead = { target: targetKey(next), build: prepareSiteBuild(buildOptions(next)) };
  };
  const service = createRebuildService({
    deployRoot: settings.deployRoot,
    debounceMs: settings.debounceMs,
    maxWaitMs: settings.maxWaitMs,
    keepBuilds: settings.keepBuilds,
    minPageRatio: settings.minPageRatio,
    ...(options.log === undefined ? {} : { log: options.log }),
    ...(options.buildLock === undefined ? {} : { buildLock: options.buildLock }),
    ...(options.remote === undefined ? {} : { remote: options.remote }),
    build: async (target) => {
      const release = options.buildSlot ? await options.buildSlot() : () => {};
      const prepared = ahead?.target === targetKey(target) ? ahead.build : undefined;
      if (prepared === undefined) await ahead?.build.cancel();
      ahead = undefined;
      try {
        await buildOverPreviousOutput(target.outDir, target.cacheDir, () => (prepared ?? prepareSiteBuild(buildOptions(target))).start());
      } finally {
        release();
        prepareNext(target);
      }
    },
    indexSearch: async (siteDir, outputPath, signal) => {
      // Loaded on first use: the Pagefind package is only needed once a build has gone live.
      const { indexSite } = await import('../../../site/src/integrations/pagefind.ts');
      await indexSite(siteDir, { outputPath, signal });
    },
  });
  return {
    service,
    async close() {
      closed = true;
      service.close();
      await service.idle();
      await ahead?.build.cancel();
      ahead = undefined;
    },
  };
}

export async function listenRebuildService(options: ListenOptions): Promise<RunningRebuildService> {
  const { settings } = options;
  const rebuild = createSiteRebuild(options);
  const { service } = rebuild;
  const server = createWebhookServer({ service, secret: settings.secret, ...(options.active === undefined ? {} : { active: options.active }) });
  const url = await listenWebhookServer(server, options.host, options.port);
  return {
    service,
    server,
    url,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await rebuild.close();
    },
  };
}
