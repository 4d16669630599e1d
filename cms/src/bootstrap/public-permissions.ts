import type { Core } from '@strapi/strapi';

/**
 * What anonymous visitors may do through the content API. Anything else an
 * earlier version or a slip in the admin granted to the public role on our
 * own `api::` types is revoked at every start.
 */
export const PUBLIC_ACTIONS = [
  'api::article.article.find',
  'api::article.article.findOne',
  'api::category.category.find',
  'api::category.category.findOne',
] as const;

const PERMISSION = 'plugin::users-permissions.permission';

export async function configurePublicPermissions(strapi: Core.Strapi): Promise<void> {
  const role = await strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: 'public' } });
  if (!role) throw new Error('The users-permissions public role is missing; is the plugin enabled?');

  const granted: Array<{ id: number; action: string }> = await strapi.db
    .query(PERMISSION)
    .findMany({ where: { role: role.id, action: { $startsWith: 'api::' } } });

  const allowed = new Set<string>(PUBLIC_ACTIONS);
  const stale = granted.filter((permission) => !allowed.has(permission.action));
  if (stale.length > 0) {
    await strapi.db.query(PERMISSION).deleteMany({ where: { id: { $in: stale.map((p) => p.id) } } });
    strapi.log.warn(`Revoked public permissions: ${stale.map((p) => p.action).join(', ')}`);
  }

  const present = new Set(granted.map((permission) => permission.action));
  for (const action of PUBLIC_ACTIONS) {
    if (!present.has(action)) {
      await strapi.db.query(PERMISSION).create({ data: { action, role: role.id } });
    }
  }
}
