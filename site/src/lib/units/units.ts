/**
 * The units of the platform as one site sees them (issue 16): which unit this build is for, its settings (the
 * unit's own, falling back to the site-setting single type), which articles it shows (its own and those a provincial
 * unit syndicated to it), the archive banner and the directory of units. Pure functions of the loaded collections.
 */

import {
  type Article,
  type SiteSettings,
  type Unit,
  type UnitKind,
  UNIT_KIND_LABELS,
  isPortalOfProvince,
  platformOrigin,
  servingUnits,
  unitSiteUrl,
  unitsShowing,
} from '@portal/shared-types';

/**
 * The unit this build is for: PORTAL_UNIT's unit; without PORTAL_UNIT the platform's only unit, else the unit the
 * site settings belong to (the default unit). Undefined when the CMS has no units (an older CMS).
 */
export function resolveCurrentUnit(
  units: readonly Unit[],
  portalUnit: string | undefined,
  settingsUnit?: { documentId: string } | null,
): Unit | undefined {
  if (portalUnit !== undefined) return units.find((unit) => unit.slug === portalUnit);
  if (units.length === 1) return units[0];
  if (settingsUnit) return units.find((unit) => unit.documentId === settingsUnit.documentId);
  return undefined;
}

const text = (value: string | null | undefined): string | undefined => (value?.trim() ? value : undefined);

/**
 * The site settings of a unit's site: each field the unit fills wins; an empty one falls back to the site-setting
 * single type. Undefined when neither gives a portal name.
 */
export function unitSettings(unit: Unit | undefined, base: SiteSettings | undefined): SiteSettings | undefined {
  if (unit === undefined) return base;
  const portalName = text(unit.portalName) ?? base?.portalName;
  if (portalName === undefined) return base;
  const list = <T>(own: readonly T[], fallback: readonly T[] | undefined): T[] => [...(own.length > 0 ? own : (fallback ?? []))];
  return {
    ...(base ?? {
      id: unit.id,
      documentId: unit.documentId,
      createdAt: unit.createdAt,
      updatedAt: unit.updatedAt,
      publishedAt: null,
      ownerOrganisation: unit.organisation ?? null,
    }),
    portalName,
    ownerName: text(unit.ownerName) ?? base?.ownerName ?? unit.name,
    editorInChiefName: text(unit.editorInChiefName) ?? base?.editorInChiefName ?? '',
    editorInChiefTitle: text(unit.editorInChiefTitle) ?? base?.editorInChiefTitle ?? null,
    licence: text(unit.licence) ?? base?.licence ?? null,
    phone: text(unit.phone) ?? base?.phone ?? '',
    email: text(unit.email) ?? base?.email ?? '',
    address: text(unit.address) ?? base?.address ?? '',
    archiveNotice: text(unit.archiveNotice) ?? base?.archiveNotice ?? null,
    logo: unit.logo ?? base?.logo ?? null,
    linkedWebsites: list(unit.linkedWebsites, base?.linkedWebsites),
    socialLinks: list(unit.socialLinks, base?.socialLinks),
    homeSections: list(unit.homeSections, base?.homeSections),
    ownerOrganisation: unit.organisation ?? base?.ownerOrganisation ?? null,
  };
}

type SyndicationFields = Pick<Article, 'unit' | 'syndicatedTo' | 'syndicateToAll'>;

/**
 * Whether the current unit's site shows an article: its own, or one a provincial unit re-publishes on it. A build
 * without a current unit (a single-unit install, an older CMS) shows everything it loaded.
 */
export function showsArticle(article: SyndicationFields, current: Unit | undefined, units: readonly Unit[]): boolean {
  if (current === undefined || article.unit == null) return true;
  if (article.unit.documentId === current.documentId) return true;
  const state = {
    unit: article.unit.documentId,
    syndicatedTo: (article.syndicatedTo ?? []).map((unit) => unit.documentId),
    syndicateToAll: article.syndicateToAll ?? false,
  };
  return unitsShowing(state, units).some((unit) => unit.documentId === current.documentId);
}

/** Where a syndicated article comes from, on another unit's site. */
export interface SyndicatedFrom {
  /** The original unit's name, for "Nguồn: …". */
  unitName: string;
  /** The original page on the original unit's site: the canonical URL of every copy. */
  url: string | null;
}

/**
 * The origin of an article shown on `current`'s site but published by another unit, or null for an own article.
 * `siteUrl` is this build's site URL (the platform origin when no root unit has a hostname).
 */
export function syndicatedFrom(
  article: SyndicationFields & { slug: string },
  current: Unit | undefined,
  units: readonly Unit[],
  siteUrl: string | undefined,
): SyndicatedFrom | null {
  if (current === undefined || article.unit == null || article.unit.documentId === current.documentId) return null;
  const origin = units.find((unit) => unit.documentId === article.unit!.documentId) ?? article.unit;
  const home = unitHome(origin, units, siteUrl, current);
  return {
    unitName: origin.name,
    url: home === null ? null : new URL(`tin-tuc/${article.slug}/`, home).href,
  };
}

/** A unit's site home, for links from `current`'s pages (built for `siteUrl`); null when it has no address. */
export function unitHome(
  unit: Pick<Unit, 'hostname' | 'pathPrefix'>,
  units: readonly Unit[],
  siteUrl: string | undefined,
  current: Unit | undefined,
): string | null {
  return unitSiteUrl(unit, platformOrigin(units, siteUrl, current));
}

/** What the banner of an archived unit's pages says. */
export interface ArchiveBanner {
  unitName: string;
  dissolvedOn: string | null;
  decision: string | null;
  /** Extra text the editors wrote (settings' archive notice). */
  notice: string | null;
  successors: Array<{ name: string; url: string | null }>;
}

/** The archive banner of the current unit, or null when it is active. */
export function archiveBanner(current: Unit | undefined, units: readonly Unit[], siteUrl: string | undefined, notice?: string | null): ArchiveBanner | null {
  if (current === undefined || current.state !== 'archived') return null;
  const all = units.some((unit) => unit.documentId === current.documentId) ? units : [...units, current];
  return {
    unitName: current.name,
    dissolvedOn: current.dissolvedOn ?? null,
    decision: text(current.dissolutionDecision) ?? null,
    notice: text(notice) ?? null,
    successors: servingUnits(current, all).map((unit) => ({ name: unit.name, url: unitHome(unit, units, siteUrl, current) })),
  };
}

/** Whether visitors may send anything through this site (feedback, ratings, consultations, requests, surveys). */
export function acceptsParticipation(current: Unit | undefined): boolean {
  return current?.state !== 'archived';
}

/** The archived units a unit succeeds (directly or through a chain), whose still-valid documents it lists. */
export function predecessorsOf(current: Unit | undefined, units: readonly Unit[]): Unit[] {
  if (current === undefined || current.state !== 'active') return [];
  return units.filter(
    (unit) => unit.state === 'archived' && servingUnits(unit, units).some((serving) => serving.documentId === current.documentId),
  );
}

/** Kinds in the order the directory lists them. */
const KIND_ORDER = Object.keys(UNIT_KIND_LABELS) as UnitKind[];

export interface DirectoryGroup {
  kind: UnitKind;
  label: string;
  units: Array<{ unit: Unit; url: string | null; archived: boolean }>;
}

/** The directory of units: grouped by kind in a fixed order, units by name, archived ones marked. */
export function unitDirectory(units: readonly Unit[], siteUrl: string | undefined, current: Unit | undefined): DirectoryGroup[] {
  return KIND_ORDER.flatMap((kind) => {
    const members = units
      .filter((unit) => unit.kind === kind)
      .sort((a, b) => a.name.localeCompare(b.name, 'vi'))
      .map((unit) => ({ unit, url: unitHome(unit, units, siteUrl, current), archived: unit.state === 'archived' }));
    return members.length === 0 ? [] : [{ kind, label: UNIT_KIND_LABELS[kind], units: members }];
  });
}

/**
 * The Pagefind bundles of the other active units, for the province-wide search (`mergeIndex`): each unit's site
 * home + "pagefind/". Units without an address are left out.
 */
export function otherUnitBundles(current: Unit | undefined, units: readonly Unit[], siteUrl: string | undefined): Array<{ name: string; bundle: string }> {
  return units
    .filter((unit) => unit.state === 'active' && unit.documentId !== current?.documentId)
    .flatMap((unit) => {
      const home = unitHome(unit, units, siteUrl, current);
      return home === null ? [] : [{ name: unit.name, bundle: new URL('pagefind/', home).href }];
    });
}

/** Whether this site carries the directory of units and the former-name lookup: the provincial portal's. */
export function hasUnitDirectory(current: Unit | undefined, units: readonly Unit[]): boolean {
  return current !== undefined && units.length > 1 && isPortalOfProvince(current, units);
}
