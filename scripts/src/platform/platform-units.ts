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

/** Every unit of the platform, active and archived; fails loudly when the CMS does not answer. */
export async function fetchPlatformUnits(source: UnitsSource): Promise<PlatformUnit[]> {
  const url = `${source.cmsUrl.replace(/\/$/, '')}/api/units?${QUERY}`;
  const response = await fetch(url, { headers: { authorization: `Bearer ${tokenOf(source)}` } });
  if (!response.ok) throw new Error(`Listing the units failed: HTTP ${response.status} from ${url}`);
  const body = (await response.json()) as { data: PlatformUnit[] };
  return body.data.map((unit) => ({
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
  const url = `${source.cmsUrl.replace(/\/$/, '')}/api/redirects?${MOVES_QUERY}`;
  const response = await fetch(url, { headers: { authorization: `Bearer ${tokenOf(source)}` } });
  // A CMS from before redirect records has no such route: no moves.
  if (response.status === 404) return [];
  if (!response.ok) throw new Error(`Listing the units' former addresses failed: HTTP ${response.status} from ${url}`);
  const body = (await response.json()) as { data: Array<Partial<UnitMove>> };
  return body.data.flatMap((row) =>
    typeof row.fromPath === 'string' && typeof row.toPath === 'string'
      ? [{ fromHost: row.fromHost?.toLowerCase() || null, fromPath: row.fromPath, toHost: row.toHost?.toLowerCase() || null, toPath: row.toPath }]
      : [],
  );
}
