import type { Core } from '@strapi/strapi';
import { UNIT_TYPE } from './scoped-types';

const DEFAULT_UNIT_STORE = { type: 'core', name: 'portal', key: 'default-unit' } as const;
const SUPER_ADMIN = 'strapi-super-admin';

interface AdminUser {
  id: number;
  roles?: Array<{ code?: string }>;
}

/** Who is writing: a platform administrator (sees everything), an admin user confined to units, or the system. */
export type Actor =
  | { kind: 'system' }
  | { kind: 'platform-admin'; userId: number; units: ReadonlySet<string> }
  | { kind: 'unit-user'; userId: number; units: ReadonlySet<string> };

/** documentIds of the units an admin user edits (Unit.editors). */
export async function unitsOfUser(strapi: Core.Strapi, userId: number): Promise<string[]> {
  const rows: Array<{ documentId: string }> = await strapi.db
    .query(UNIT_TYPE as never)
    .findMany({ where: { editors: { id: userId } }, select: ['documentId'] });
  return [...new Set(rows.map((row) => row.documentId))];
}

export const isPlatformAdmin = (user: AdminUser): boolean => (user.roles ?? []).some((role) => role.code === SUPER_ADMIN);

/** The actor of the current request: an admin user of the admin panel, else the system (seed, public routes). */
export async function currentActor(strapi: Core.Strapi): Promise<Actor> {
  const ctx = strapi.requestContext.get() as { state?: { user?: AdminUser; auth?: { strategy?: { name?: string } } } } | undefined;
  const user = ctx?.state?.user;
  if (!user || ctx?.state?.auth?.strategy?.name !== 'admin') return { kind: 'system' };
  let roles = user.roles;
  if (!roles) {
    const stored = await strapi.db.query('admin::user').findOne({ where: { id: user.id }, populate: ['roles'] });
    roles = stored?.roles ?? [];
  }
  const units = new Set(await unitsOfUser(strapi, user.id));
  return isPlatformAdmin({ ...user, roles }) ? { kind: 'platform-admin', userId: user.id, units } : { kind: 'unit-user', userId: user.id, units };
}

export async function defaultUnitDocumentId(strapi: Core.Strapi): Promise<string | null> {
  const stored = (await strapi.store.get(DEFAULT_UNIT_STORE)) as { documentId?: string } | null;
  return stored?.documentId ?? null;
}

export async function setDefaultUnit(strapi: Core.Strapi, documentId: string): Promise<void> {
  await strapi.store.set({ ...DEFAULT_UNIT_STORE, value: { documentId } });
}

/**
 * The unit an entry written without one belongs to: the writer's only unit, else the platform's only unit; null
 * when that is ambiguous (the writer must then choose).
 */
export async function impliedUnit(strapi: Core.Strapi, actor: Actor): Promise<string | null> {
  if (actor.kind !== 'system' && actor.units.size === 1) return [...actor.units][0]!;
  const units: Array<{ documentId: string }> = await strapi.db.query(UNIT_TYPE as never).findMany({ select: ['documentId'], limit: 2 });
  return units.length === 1 ? units[0]!.documentId : null;
}
