/**
 * Which units' sites a CMS webhook touches (issue 16: a change in unit X rebuilds only X, plus the sites a syndicated
 * article appears on). Strapi sends created, updated and published entries deeply populated, so their `unit` and
 * `syndicatedTo` relations are in the payload; unpublished and deleted entries come without relations, so the router
 * remembers the last state it saw of each entry. Whatever it cannot place (platform-wide types such as tags and
 * organisations, media, units themselves, an unknown entry) rebuilds every unit: slower, never stale.
 */
import { type SyndicationState, type UnitRef, servingUnits, syndicationStateOf, unitsAffectedBy } from '@portal/shared-types';

export type RebuildTargets = { all: true; why: string } | { all: false; slugs: string[]; why: string };

/** What the router remembers between webhooks: the last known state of each entry, by uid and documentId. */
export type EntryMemory = Map<string, SyndicationState>;

type Relation = { documentId: string } | string;
interface WebhookEntry {
  documentId?: unknown;
  unit?: Relation | null;
  syndicatedTo?: Relation[] | null;
  syndicateToAll?: boolean | null;
}

const GONE_EVENTS = new Set(['entry.unpublish', 'entry.delete']);
const UNIT_TYPE = 'api::unit.unit';

const hasRelation = (value: unknown): value is Relation =>
  typeof value === 'string' || (typeof value === 'object' && value !== null && typeof (value as { documentId?: unknown }).documentId === 'string');

/**
 * The units to rebuild for one webhook payload (`{ event, uid, entry }` or `{ event, media }`). An archived unit's
 * documents are listed by the units that succeed it, so those are rebuilt with it.
 */
export function unitsForWebhook(payload: Record<string, unknown>, units: readonly UnitRef[], memory: EntryMemory): RebuildTargets {
  const event = String(payload.event ?? '');
  const uid = typeof payload.uid === 'string' ? payload.uid : null;
  const entry = (typeof payload.entry === 'object' && payload.entry !== null ? payload.entry : null) as WebhookEntry | null;
  if (uid === null || entry === null) return { all: true, why: `${event}: not an entry (media or other)` };
  if (uid === UNIT_TYPE) return { all: true, why: `${event}: a unit changed (directory, banners, links between sites)` };
  const documentId = typeof entry.documentId === 'string' ? entry.documentId : null;
  const key = documentId === null ? null : `${uid}:${documentId}`;
  const before = key === null ? undefined : memory.get(key);
  const gone = GONE_EVENTS.has(event);

  let after: SyndicationState | null = null;
  if (!gone) {
    if (!('unit' in entry)) return { all: true, why: `${event} ${uid}: a platform-wide type` };
    if (!hasRelation(entry.unit)) return { all: true, why: `${event} ${uid}: the entry has no unit` };
    after = syndicationStateOf({
      unit: entry.unit,
      syndicatedTo: Array.isArray(entry.syndicatedTo) ? entry.syndicatedTo.filter(hasRelation) : [],
      syndicateToAll: entry.syndicateToAll ?? false,
    });
  } else if (before === undefined) {
    return { all: true, why: `${event} ${uid}: an entry not seen since the service started` };
  }
  if (key !== null) {
    if (event === 'entry.delete') memory.delete(key);
    // An unpublished entry keeps its state: publishing it again reaches the same sites.
    else if (after !== null) memory.set(key, after);
  }

  const affected = unitsAffectedBy({ before: before ?? null, after }, units);
  if (affected.length === 0) return { all: true, why: `${event} ${uid}: its unit is unknown here` };
  const slugs = new Set(affected.map((unit) => unit.slug));
  for (const unit of affected) {
    if (unit.state !== 'active') for (const successor of servingUnits(unit, units)) slugs.add(successor.slug);
  }
  return { all: false, slugs: [...slugs].sort(), why: `${event} ${uid}` };
}
