/**
 * The units of the platform as the rebuild side needs them: which sites exist, where they live, and what links them
 * (successors of an archive, syndication targets). Read with the site's read-only token; units are public content.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { UnitRef } from '@portal/shared-types';

export type PlatformUnit = UnitRef;

export interface UnitsSource {
  cmsUrl: string;
  token?: string;
  tokenFile?: string;
}

const QUERY = [
  'fields[0]=documentId',
  'fields[1]=slug',
  'fields[2]=name',
  'fields[3]=shortName',
  'fields[4]=kind',
  'fields[5]=state',
  'fields[6]=hostname',
  'fields[7]=pathPrefix',
  'populate[parent][fields][0]=documentId',
  'populate[successors][fields][0]=documentId',
  'sort=id:asc',
  'pagination[pageSize]=1000',
].join('&');

export function tokenOf(source: UnitsSource): string {
  if (source.token) return source.token;
  if (source.tokenFile) return fs.readFileSync(source.tokenFile, 'utf8').trim();
  throw new Error('A CMS token is needed to list the units (STRAPI_TOKEN or STRAPI_TOKEN_FILE).');
}

/**
 * The `data` list of a content-API route read with the source's token; null for a 404 when `missingIsEmpty` (a route
 * an older CMS lacks), else an error naming `what` on any failed answer.
 */
async function listData<T>(source: UnitsSource, route: string, what: string, missingIsEmpty = false): Promise<T[] | null> {
  const url = `${source.cmsUrl.replace(/\/$/, '')}${route}`;
  const response = await fetch(url, { headers: { authorization: `Bearer ${tokenOf(source)}` } });
  if (missingIsEmpty && response.status === 404) return null;
  if (!response.ok) throw new Error(`Listing ${what} failed: HTTP ${response.status} from ${url}`);
  return ((await response.json()) as { data: T[] }).data;
}

/** Every unit of the platform, active and archived; fails loudly when the CMS does not answer. */
export async function fetchPlatformUnits(source: UnitsSource): Promise<PlatformUnit[]> {
  const data = (await listData<PlatformUnit>(source, `/api/units?${QUERY}`, 'the units'))!;
  return data.map((unit) => ({
    documentId: unit.documentId,
    slug: unit.slug,
    name: unit.name,
    shortName: unit.shortName ?? null,
    kind: unit.kind,
    state: unit.state,
    hostname: unit.hostname ?? null,
    pathPrefix: unit.pathPrefix ?? null,
    parent: unit.parent ? { documentId: unit.parent.documentId } : null,
    successors: (unit.successors ?? []).map(({ documentId }) => ({ documentId })),
  }));
}

/** `<deployRoot>/units/<slug>`: a unit's own deploy root (unit slugs are lowercase ASCII words with dashes). */
export function unitDeployRoot(deployRoot: string, slug: string): string {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) throw new Error(`Unit slug "${slug}" cannot name a deploy directory.`);
  return path.join(deployRoot, 'units', slug);
}

/**
 * A unit's former address (issue 25): the CMS records one when a unit's hostname or path prefix changes — `fromHost`
 * + `fromPath` (the old prefix, `/` for none) → `toHost` + `toPath`; a null host is the platform's shared host.
 */
export interface UnitMove {
  fromHost: string | null;
  fromPath: string;
  toHost: string | null;
  toPath: string;
}

const MOVES_QUERY = [
  'filters[entryType][$eq]=api::unit.unit',
  'fields[0]=fromHost',
  'fields[1]=fromPath',
  'fields[2]=toHost',
  'fields[3]=toPath',
  'sort=id:asc',
  'pagination[pageSize]=1000',
].join('&');

/** Every recorded move of a unit's address; fails loudly when the CMS does not answer. */
export async function fetchUnitMoves(source: UnitsSource): Promise<UnitMove[]> {
  // A CMS from before redirect records has no such route: no moves.
  const data = await listData<Partial<UnitMove>>(source, `/api/redirects?${MOVES_QUERY}`, "the units' former addresses", true);
  return (data ?? []).flatMap((row) =>
    typeof row.fromPath === 'string' && typeof row.toPath === 'string'
      ? [{ fromHost: row.fromHost?.toLowerCase() || null, fromPath: row.fromPath, toHost: row.toHost?.toLowerCase() || null, toPath: row.toPath }]
      : [],
  );
}
