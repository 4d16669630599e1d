/**
 * Units (đơn vị) of one platform: a province's Party committee, its People's Committee, its communes and wards,
 * agencies, and the archives of dissolved districts. Each unit publishes its own site, found by a hostname
 * (`binhson.quangngai.gov.vn`) and/or a path prefix (`/xa/binh-son/`).
 */

import { compareVietnamese, foldVietnamese } from './vietnamese-text.js';

export const UNIT_KIND_LABELS = {
  'province-party-committee': 'Tỉnh ủy',
  'province-people-committee': 'UBND tỉnh',
  'commune-party-committee': 'Đảng ủy xã, phường',
  'commune-people-committee': 'UBND xã, phường',
  agency: 'Cơ quan, đơn vị',
  'dissolved-district-archive': 'Lưu trữ huyện đã giải thể',
} as const;
export type UnitKind = keyof typeof UNIT_KIND_LABELS;

export const UNIT_STATUS_LABELS = {
  active: 'Đang hoạt động',
  archived: 'Đã giải thể (lưu trữ)',
} as const;
export type UnitStatus = keyof typeof UNIT_STATUS_LABELS;

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * What is wrong with a site hostname, in Vietnamese, or null. A hostname is lower-case ASCII labels separated by
 * dots (at least two labels), without scheme, port, path or a trailing dot: `binhson.quangngai.gov.vn`.
 */
export function hostnameProblem(hostname: string): string | null {
  const example = 'Ví dụ: binhson.quangngai.gov.vn.';
  if (hostname !== hostname.trim() || /\s/.test(hostname)) return `Tên miền không được chứa khoảng trắng. ${example}`;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(hostname) || /[/:?#@]/.test(hostname)) {
    return `Chỉ nhập tên miền, không kèm “https://”, cổng hay đường dẫn. ${example}`;
  }
  if (hostname !== hostname.toLowerCase()) return `Tên miền phải viết thường. ${example}`;
  if (hostname.length > 253) return 'Tên miền dài quá 253 ký tự.';
  const labels = hostname.split('.');
  if (labels.length < 2) return `Tên miền phải có ít nhất hai phần cách nhau bằng dấu chấm. ${example}`;
  if (!labels.every((label) => LABEL.test(label))) {
    return `Mỗi phần của tên miền chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (không ở đầu hay cuối). ${example}`;
  }
  if (/^\d+$/.test(labels[labels.length - 1]!)) return `Tên miền không được là địa chỉ IP. ${example}`;
  return null;
}

const SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What is wrong with a site path prefix, in Vietnamese, or null: `/xa/binh-son/` (slug segments, slashes both ends). */
export function pathPrefixProblem(prefix: string): string | null {
  const example = 'Ví dụ: /xa/binh-son/.';
  if (!prefix.startsWith('/') || !prefix.endsWith('/') || prefix === '/') {
    return `Tiền tố đường dẫn phải bắt đầu và kết thúc bằng dấu “/” và có ít nhất một đoạn. ${example}`;
  }
  const segments = prefix.slice(1, -1).split('/');
  if (!segments.every((segment) => SEGMENT.test(segment))) {
    return `Mỗi đoạn của tiền tố chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang. ${example}`;
  }
  return null;
}

/**
 * Whether giving `unit` the parent `parent` closes a loop in the parent chain: walks up from the new parent
 * (parentOf returns each unit's current parent) and reports a loop if it reaches the unit itself.
 */
export async function closesParentLoop(
  unit: string | null,
  parent: string,
  parentOf: (unit: string) => Promise<string | null> | string | null,
): Promise<boolean> {
  const seen = new Set<string>();
  for (let current: string | null = parent; current !== null; current = await parentOf(current)) {
    if (current === unit || seen.has(current)) return true;
    seen.add(current);
  }
  return false;
}

/** Kinds of the province's own units: only they may syndicate an article to commune sites. */
const PROVINCIAL_KINDS: ReadonlySet<string> = new Set<UnitKind>(['province-party-committee', 'province-people-committee']);
/** Kinds of commune and ward units: the sites an article syndicated to all appears on. */
const COMMUNE_KINDS: ReadonlySet<string> = new Set<UnitKind>(['commune-party-committee', 'commune-people-committee']);

export const isProvincialUnitKind = (kind: string): boolean => PROVINCIAL_KINDS.has(kind);
export const isCommuneUnitKind = (kind: string): boolean => COMMUNE_KINDS.has(kind);

/** What a unit's public address depends on. */
export interface UnitAddress {
  hostname?: string | null | undefined;
  pathPrefix?: string | null | undefined;
}

/** What the unit functions below need of a unit. */
export interface UnitRef extends UnitAddress {
  documentId: string;
  slug: string;
  name: string;
  shortName?: string | null | undefined;
  kind: string;
  state: string;
  parent?: { documentId: string } | null | undefined;
  successors?: ReadonlyArray<{ documentId: string }> | undefined;
  organisation?: { documentId: string } | null | undefined;
}

/**
 * The public home URL of a unit's site, ending in "/": its own hostname when it has one (served over https at the
 * root), else its path prefix on the platform's origin; null when it has neither (or a prefix and no known origin).
 */
export function unitSiteUrl(unit: UnitAddress, platformOrigin?: string | null): string | null {
  const hostname = unit.hostname?.trim();
  if (hostname) return `https://${hostname}/`;
  const prefix = unit.pathPrefix?.trim();
  if (prefix && platformOrigin) return new URL(prefix, platformOrigin).href;
  return null;
}

/**
 * The origin path prefixes hang off, as seen from the site of `current`: a unit served under a prefix is on the
 * platform's host, so its own site URL (`fallback`) gives the origin; otherwise the hostname of the root of its
 * parent chain; otherwise the hostname of a root unit (a provincial one first); else `fallback`'s origin.
 */
export function platformOrigin(units: readonly UnitRef[], fallback?: string | null, current?: UnitRef): string | null {
  const fallbackOrigin = fallback ? new URL(fallback).origin : null;
  if (current?.pathPrefix && fallbackOrigin) return fallbackOrigin;
  if (current) {
    const byId = new Map(units.map((unit) => [unit.documentId, unit]));
    const seen = new Set<string>();
    let root: UnitRef = current;
    while (root.parent && byId.has(root.parent.documentId) && !seen.has(root.documentId)) {
      seen.add(root.documentId);
      root = byId.get(root.parent.documentId)!;
    }
    if (root.hostname) return `https://${root.hostname}`;
  }
  const roots = units.filter((unit) => !unit.parent && unit.state === 'active' && unit.hostname);
  const root = roots.find((unit) => isProvincialUnitKind(unit.kind)) ?? roots[0];
  if (root) return `https://${root.hostname}`;
  return fallbackOrigin;
}

/** Whether a unit's site carries the platform pages (directory of units, former names, province-wide search). */
export function isPortalOfProvince(unit: UnitRef, units: readonly UnitRef[]): boolean {
  if (isProvincialUnitKind(unit.kind)) return true;
  return !unit.parent && units.filter((other) => !other.parent).length === 1;
}

/**
 * The active units that now serve an archived unit: its successors, and for a successor that is itself archived,
 * that one's successors in turn. An active unit serves itself.
 */
export function servingUnits<U extends UnitRef>(unit: U, units: readonly U[]): U[] {
  const byId = new Map(units.map((each) => [each.documentId, each]));
  const found = new Map<string, U>();
  const seen = new Set<string>();
  const visit = (current: U): void => {
    if (seen.has(current.documentId)) return;
    seen.add(current.documentId);
    if (current.state === 'active') {
      found.set(current.documentId, current);
      return;
    }
    for (const successor of current.successors ?? []) {
      const next = byId.get(successor.documentId);
      if (next) visit(next);
    }
  };
  visit(unit);
  return [...found.values()];
}

/** An organisation as the former-name lookup reads it. */
export interface OrganisationRef {
  documentId: string;
  name: string;
  shortName?: string | null | undefined;
  activeUntil?: string | null | undefined;
  mergedInto?: { documentId: string } | null | undefined;
}

/** A former name and the units that now serve the place or body it named. */
export interface FormerName<U extends UnitRef = UnitRef> {
  /** The name as it was written, e.g. "Xã Bình Thạnh". */
  name: string;
  /** Fragment id of its entry in the lookup list. */
  anchor: string;
  /** Last day under that name, when known. */
  until: string | null;
  /** Units that serve it now (active), in name order. */
  units: U[];
}

/**
 * Former names of the province: organisations that ended and were merged into another (a commune or district that
 * no longer exists), and archived units. Each leads, through `mergedInto` (organisations) or successors (units), to
 * the active units that serve it now: the units whose organisation the chain reaches. Sorted by name; a name whose
 * chain reaches no unit is left out.
 */
export function formerNames<U extends UnitRef>(organisations: readonly OrganisationRef[], units: readonly U[]): Array<FormerName<U>> {
  const organisationById = new Map(organisations.map((organisation) => [organisation.documentId, organisation]));
  const unitsOfOrganisation = new Map<string, U[]>();
  for (const unit of units) {
    if (!unit.organisation) continue;
    const list = unitsOfOrganisation.get(unit.organisation.documentId) ?? [];
    list.push(unit);
    unitsOfOrganisation.set(unit.organisation.documentId, list);
  }
  const serving = (list: readonly U[]): U[] => {
    const found = new Map<string, U>();
    for (const unit of list) for (const each of servingUnits(unit, units)) found.set(each.documentId, each);
    return [...found.values()];
  };
  const entries: Array<Omit<FormerName<U>, 'anchor'>> = [];
  const add = (names: Array<string | null | undefined>, until: string | null, served: U[]): void => {
    if (served.length === 0) return;
    const sorted = [...served].sort((a, b) => compareVi(a.name, b.name));
    for (const name of new Set(names.map((each) => each?.trim()).filter((each): each is string => Boolean(each)))) {
      entries.push({ name, until, units: sorted });
    }
  };
  for (const organisation of organisations) {
    if (!organisation.mergedInto) continue;
    // Follow the merger chain to the first organisation some unit publishes for.
    const seen = new Set<string>([organisation.documentId]);
    let target = organisationById.get(organisation.mergedInto.documentId);
    while (target && !unitsOfOrganisation.has(target.documentId) && target.mergedInto && !seen.has(target.documentId)) {
      seen.add(target.documentId);
      target = organisationById.get(target.mergedInto.documentId);
    }
    const served = target ? serving(unitsOfOrganisation.get(target.documentId) ?? []) : [];
    add([organisation.name, organisation.shortName], organisation.activeUntil ?? null, served);
  }
  for (const unit of units) {
    if (unit.state !== 'archived') continue;
    add([unit.name, unit.shortName], (unit as { dissolvedOn?: string | null }).dissolvedOn ?? null, servingUnits(unit, units));
  }
  const unique = new Map<string, Omit<FormerName<U>, 'anchor'>>();
  for (const entry of entries) {
    const key = `${fold(entry.name)}|${entry.units.map((unit) => unit.documentId).join(',')}`;
    if (!unique.has(key)) unique.set(key, entry);
  }
  const anchors = new Set<string>();
  return [...unique.values()]
    .sort((a, b) => compareVi(a.name, b.name))
    .map((entry) => {
      const base = `ten-cu-${fold(entry.name).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'don-vi'}`;
      let anchor = base;
      for (let suffix = 2; anchors.has(anchor); suffix += 1) anchor = `${base}-${suffix}`;
      anchors.add(anchor);
      return { ...entry, anchor };
    });
}

/** The entries of `names` matching a visitor's query, ignoring case, accents and đ/Đ. */
export function findFormerNames<N extends { name: string }>(names: readonly N[], query: string): N[] {
  const wanted = fold(query).trim().replace(/\s+/g, ' ');
  if (wanted === '') return [];
  return names.filter((entry) => fold(entry.name).replace(/\s+/g, ' ').includes(wanted));
}

/** How an article is syndicated: its own unit and the units it is re-published on. Units by documentId or slug. */
export interface SyndicationState {
  unit: string | null | undefined;
  syndicatedTo?: readonly string[] | null | undefined;
  syndicateToAll?: boolean | null | undefined;
}

/**
 * The syndication state of an article entry as the CMS returns or sends it (REST, webhook payload, document service):
 * relations as `{ documentId }` objects (or documentId strings); absent relations read as none.
 */
export function syndicationStateOf(entry: {
  unit?: { documentId: string } | string | null | undefined;
  syndicatedTo?: ReadonlyArray<{ documentId: string } | string> | null | undefined;
  syndicateToAll?: boolean | null | undefined;
}): SyndicationState {
  const key = (value: { documentId: string } | string) => (typeof value === 'string' ? value : value.documentId);
  return {
    unit: entry.unit == null ? null : key(entry.unit),
    syndicatedTo: (entry.syndicatedTo ?? []).map(key),
    syndicateToAll: entry.syndicateToAll === true,
  };
}

/** The units whose sites show an article in a given state: its own unit and the communes it is syndicated to. */
export function unitsShowing<U extends UnitRef>(state: SyndicationState, units: readonly U[]): U[] {
  const matches = (unit: U, key: string) => unit.documentId === key || unit.slug === key;
  const found = new Map<string, U>();
  const own = units.find((unit) => state.unit != null && matches(unit, state.unit));
  if (own) found.set(own.documentId, own);
  // Only a provincial unit's article is re-published; archived sites are frozen and take no new content.
  if (own && isProvincialUnitKind(own.kind)) {
    for (const unit of units) {
      if (unit.state !== 'active' || unit.documentId === own.documentId) continue;
      const chosen = (state.syndicatedTo ?? []).some((key) => matches(unit, key));
      if (chosen || (state.syndicateToAll === true && isCommuneUnitKind(unit.kind))) found.set(unit.documentId, unit);
    }
  }
  return [...found.values()];
}

/**
 * The units whose sites an article change touches, for the rebuild service: the units showing it before the change
 * and those showing it after (a commune dropped from the syndication loses the article, one added gains it). Pass
 * `before: null` for a created article and `after: null` for a deleted one.
 */
export function unitsAffectedBy<U extends UnitRef>(
  change: { before?: SyndicationState | null; after?: SyndicationState | null },
  units: readonly U[],
): U[] {
  const found = new Map<string, U>();
  for (const state of [change.before, change.after]) {
    if (state) for (const unit of unitsShowing(state, units)) found.set(unit.documentId, unit);
  }
  return [...found.values()];
}

const fold = foldVietnamese;
const compareVi = compareVietnamese;

/** The e-mail of the demo editor of a unit (`pnpm start` seeds one per demo unit; password DEMO_EDITOR_PASSWORD). */
export function demoEditorEmail(unitSlug: string): string {
  return `bientap.${unitSlug}@portal.local`;
}
