/** A second unit for the per-unit tests (issue 16): made by the Super Admin, removed with what the test left in it. */
import { adminJwt, type Cms, uniqueMarker } from './content-manager.ts';
import { request } from './http.ts';

export interface TestUnit {
  documentId: string;
  slug: string;
  name: string;
  pathPrefix: string | null;
}

const manager = (cms: Cms, uid: string) => `${cms.url}/content-manager/collection-types/${uid}`;

/** Makes a commune unit at `/xa/<label>-<marker>/` (or with the given fields). */
export async function makeUnit(cms: Cms, label: string, fields: Record<string, unknown> = {}): Promise<TestUnit> {
  const { text } = uniqueMarker();
  const response = await request(manager(cms, 'api::unit.unit'), {
    method: 'POST',
    token: await adminJwt(cms),
    body: { name: `Xã ${label} ${text}`, kind: 'commune-party-committee', pathPrefix: `/xa/${label}-${text}/`, ...fields },
  });
  if (response.status !== 201) throw new Error(`Creating a unit failed (${response.status}): ${JSON.stringify(response.body)}`);
  const { documentId, slug, name, pathPrefix } = response.body.data;
  return { documentId, slug, name, pathPrefix };
}

/**
 * Deletes the unit after every entry of the given types it still has (a unit with content cannot be deleted), so
 * that later test files see a platform of one unit again. Fails loudly when the unit stays.
 */
export async function removeUnit(cms: Cms, unit: TestUnit, types: readonly string[]): Promise<void> {
  const token = await adminJwt(cms);
  for (const uid of types) {
    for (let round = 0; ; round += 1) {
      if (round > 20) throw new Error(`Entries of ${uid} in unit ${unit.slug} could not be deleted`);
      const found = await request(`${manager(cms, uid)}?page=1&pageSize=100&filters[unit][documentId][$eq]=${unit.documentId}`, { token });
      const results = (found.body?.results ?? []) as Array<{ documentId: string }>;
      if (results.length === 0) break;
      for (const entry of results) await request(`${manager(cms, uid)}/${entry.documentId}`, { method: 'DELETE', token });
    }
  }
  const deleted = await request(`${manager(cms, 'api::unit.unit')}/${unit.documentId}`, { method: 'DELETE', token });
  if (deleted.status !== 200) throw new Error(`Deleting unit ${unit.slug} failed (${deleted.status}): ${JSON.stringify(deleted.body)}`);
}
