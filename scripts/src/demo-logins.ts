/**
 * The demo editors' logins that `pnpm start` prints: one editor per unit (cms/src/seed/seed-platform.ts), all with
 * the password DEMO_EDITOR_PASSWORD from cms/.env, shown in full on the first start only.
 */
import fs from 'node:fs';
import { demoEditorEmail } from '@portal/shared-types';

export interface UnitLogin {
  slug: string;
  name: string;
}

/** The platform's units, read with the site's read-only token (units are public content of the platform). */
export async function listUnits(cmsUrl: string, tokenFile: string): Promise<UnitLogin[]> {
  const token = fs.readFileSync(tokenFile, 'utf8').trim();
  const response = await fetch(`${cmsUrl}/api/units?fields[0]=slug&fields[1]=name&sort=id:asc&pagination[pageSize]=1000`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!response.ok) throw new Error(`Listing the units failed: HTTP ${response.status} from ${cmsUrl}/api/units`);
  const body = (await response.json()) as { data: UnitLogin[] };
  return body.data.map(({ slug, name }) => ({ slug, name }));
}

/** Lines naming each unit's editor login, then where the password is (or the password itself on a first start). */
export function editorLoginLines(units: readonly UnitLogin[], password: string | undefined, passwordHint: string): string[] {
  if (!password || units.length === 0) return [];
  const width = Math.max(...units.map((unit) => demoEditorEmail(unit.slug).length));
  return [
    'Editors (one per unit, confined to it):',
    ...units.map((unit) => `  ${demoEditorEmail(unit.slug).padEnd(width)}  ${unit.name}`),
    `  Editors' password: ${passwordHint}`,
  ];
}
