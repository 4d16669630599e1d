/**
 * One rebuild service per unit (issue 16): each unit's site is built with PORTAL_UNIT into its own deploy root
 * (`<DEPLOY_ROOT>/units/<slug>/`, with `current`, `builds/`, its own search index), a webhook rebuilds only the units
 * it touches (rebuild-routing.ts), and builds of different units share REBUILD_CONCURRENCY slots. A unit's failing
 * build leaves its live site as it was and blocks nobody else: each service keeps its own queue and status.
 */
import type { RebuildSettings } from '../rebuild/config.ts';
import type { RebuildLock } from '../rebuild/rebuild-lock.ts';
import type { RemoteDeploy } from '../rebuild/s3-deploy.ts';
import { type SiteRebuild, createSiteRebuild } from '../rebuild/listen.ts';
import type { RebuildStatus } from '../rebuild/rebuild-service.ts';
import { createBuildSlots } from './build-slots.ts';
import { type PlatformUnit, type UnitMove, type UnitsSource, fetchPlatformUnits, fetchUnitMoves, unitDeployRoot } from './platform-units.ts';
import { type EntryMemory, type RebuildTargets, unitsForWebhook } from './rebuild-routing.ts';

export interface PlatformRebuildOptions extends UnitsSource {
  /** `deployRoot` is the platform's: each unit gets `<deployRoot>/units/<slug>/`. */
  settings: RebuildSettings;
  /**
   * The public URL of a unit's site (its SITE_URL: canonical links, sitemap; a path in it is the build's base), given
   * every unit of the platform; null: the unit has no public address here, and is not built.
   */
  siteUrlOf: (unit: PlatformUnit, units: readonly PlatformUnit[]) => string | null;
  /** The units this service builds (default all): a machine may build part of a platform (REBUILD_UNITS). */
  unitFilter?: (unit: PlatformUnit) => boolean;
  /** Called with the units after each reading (at start and after a unit changed), e.g. to write the nginx config. */
  onUnits?: (units: readonly PlatformUnit[], moves: readonly UnitMove[]) => void;
  /** Further site build environment for every unit. */
  buildEnv?: Record<string, string>;
  /** Each unit's build holds that unit's lock (rebuild-lock.ts): no other service builds it meanwhile. */
  lock?: RebuildLock;
  /** Where else a unit's builds go (s3-deploy.ts), e.g. its prefix in a bucket. */
  remoteOf?: (slug: string) => RemoteDeploy;
  quiet?: boolean;
  log?: (line: string) => void;
}

export interface PlatformStatus {
  concurrency: number;
  units: Record<string, RebuildStatus & { siteUrl: string }>;
}

export interface PlatformRebuild {
  /** Every unit of the platform (the routing needs them all); `status()` lists those built here. */
  units(): PlatformUnit[];
  /** The units' former addresses (hostname or prefix changes), for the front servers. */
  moves(): UnitMove[];
  /** The deploy root of a unit: its live build is `<root>/current`. */
  deployRootOf(slug: string): string;
  siteUrlOf(slug: string): string | undefined;
  /** Queues builds for an accepted webhook; returns the units it queued, or "all". */
  notify(event: string, payload: Record<string, unknown>): string[] | 'all';
  /** Queues builds of the given units (all when omitted). */
  request(reason: string, slugs?: readonly string[]): void;
  status(): PlatformStatus;
  /** Resolves once no unit builds, waits or indexes. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

export async function createPlatformRebuild(options: PlatformRebuildOptions): Promise<PlatformRebuild> {
  const { settings } = options;
  const log = options.log ?? ((line: string) => console.log(line));
  const slots = createBuildSlots(settings.concurrency ?? 1);
  const memory: EntryMemory = new Map();
  const sites = new Map<string, { unit: PlatformUnit; siteUrl: string; rebuild: SiteRebuild }>();
  let units: PlatformUnit[] = [];
  let moves: UnitMove[] = [];
  let closed = false;

  const siteFor = (unit: PlatformUnit, siteUrl: string) => {
    return {
      unit,
      siteUrl,
      rebuild: createSiteRebuild({
        settings: { ...settings, deployRoot: unitDeployRoot(settings.deployRoot, unit.slug) },
        cmsUrl: options.cmsUrl,
        ...(options.token === undefined ? {} : { token: options.token }),
        ...(options.tokenFile === undefined ? {} : { tokenFile: options.tokenFile }),
        siteUrl,
        buildEnv: { ...options.buildEnv, PORTAL_UNIT: unit.slug },
        ...(options.quiet === undefined ? {} : { quiet: options.quiet }),
        log: (line) => log(line.replace(/^\[rebuild\]/, `[rebuild ${unit.slug}]`)),
        prepareAhead: false,
        buildSlot: () => slots.acquire(),
        ...(options.lock === undefined ? {} : { buildLock: () => options.lock!.buildLock(unit.slug) }),
        ...(options.remoteOf === undefined ? {} : { remote: options.remoteOf(unit.slug) }),
      }),
    };
  };

  /** Reads the units again: new units get a service (and a first build), removed ones stop being rebuilt. */
  const refreshUnits = async (): Promise<string[]> => {
    [units, moves] = await Promise.all([fetchPlatformUnits(options), fetchUnitMoves(options)]);
    const added: string[] = [];
    const built = units.flatMap((unit) => {
      const siteUrl = options.siteUrlOf(unit, units);
      return siteUrl !== null && (options.unitFilter ?? (() => true))(unit) ? [{ unit, siteUrl }] : [];
    });
    const present = new Set(built.map(({ unit }) => unit.slug));
    for (const { unit, siteUrl } of built) {
      const known = sites.get(unit.slug);
      if (known && known.siteUrl === siteUrl) known.unit = unit;
      else if (known) {
        // A new address is in every page (canonical links, sitemap, and a prefix in every link): the unit's service
        // starts again with it, on the same deploy root once the old one has finished its build.
        await known.rebuild.close();
        sites.set(unit.slug, siteFor(unit, siteUrl));
      } else {
        sites.set(unit.slug, siteFor(unit, siteUrl));
        added.push(unit.slug);
      }
    }
    for (const [slug, site] of sites) {
      if (present.has(slug)) continue;
      sites.delete(slug);
      log(`[platform] unit ${slug} is gone: its last build stays in ${unitDeployRoot(settings.deployRoot, slug)}, no longer rebuilt`);
      void site.rebuild.close();
    }
    options.onUnits?.(units, moves);
    return added;
  };
  await refreshUnits();

  const queue = (reason: string, targets: RebuildTargets, event?: string) => {
    const slugs = targets.all ? [...sites.keys()] : targets.slugs.filter((slug) => sites.has(slug));
    for (const slug of slugs) {
      const { service } = sites.get(slug)!.rebuild;
      if (event === undefined) service.request(reason);
      else service.notify(event);
    }
    log(`[platform] ${targets.why}: ${targets.all ? 'every unit' : slugs.join(', ') || 'no unit'}`);
    return slugs;
  };

  return {
    units: () => units,
    moves: () => moves,
    deployRootOf: (slug) => unitDeployRoot(settings.deployRoot, slug),
    siteUrlOf: (slug) => sites.get(slug)?.siteUrl,
    notify(event, payload) {
      if (closed) return [];
      const targets = unitsForWebhook(payload, units, memory);
      if (payload.uid === 'api::unit.unit') {
        // A unit added, renamed or moved: read the units again before building every site.
        refreshUnits().then(
          () => queue('units changed', targets, event),
          (error: unknown) => log(`[platform] could not read the units again: ${(error as Error).message}`),
        );
        return 'all';
      }
      const slugs = queue(event, targets, event);
      return targets.all ? 'all' : slugs;
    },
    request(reason, slugs) {
      queue(reason, slugs === undefined ? { all: true, why: reason } : { all: false, slugs: [...slugs], why: reason });
    },
    status() {
      const result: PlatformStatus = { concurrency: slots.size, units: {} };
      for (const [slug, site] of sites) result.units[slug] = { ...site.rebuild.service.status(), siteUrl: site.siteUrl };
      return result;
    },
    async idle() {
      // A build of one unit may be waiting for a slot another holds: wait until every service is idle at once.
      for (;;) {
        await Promise.all([...sites.values()].map((site) => site.rebuild.service.idle()));
        const busy = [...sites.values()].some((site) => {
          const status = site.rebuild.service.status();
          return status.running !== null || status.queue.pending > 0 || status.indexing !== null;
        });
        if (!busy) return;
      }
    },
    async close() {
      closed = true;
      await Promise.all([...sites.values()].map((site) => site.rebuild.close()));
    },
  };
}
