import type { Core } from '@strapi/strapi';

/** Content types visitors may read (published entries only: the published-only middleware refuses drafts). */
export const PUBLIC_COLLECTION_TYPES = [
  'api::article.article',
  'api::category.category',
  'api::tag.tag',
  'api::page.page',
  'api::organisation.organisation',
  'api::person.person',
  'api::legal-document.legal-document',
  'api::congress.congress',
  'api::indicator.indicator',
  'api::kpi-report.kpi-report',
  'api::schedule.schedule',
  'api::outage-notice.outage-notice',
  'api::unit.unit',
  // One entry per unit (issue 20).
  'api::english-page.english-page',
  'api::information-access.information-access',
  'api::unit-profile.unit-profile',
] as const;

export const PUBLIC_SINGLE_TYPES = ['api::site-setting.site-setting'] as const;

/**
 * What anonymous visitors may do through the content API: read. Feedback is absent on purpose (e-mail addresses
 * are private; approved feedback gets its own route), and nothing may be written.
 */
export const PUBLIC_ACTIONS: readonly string[] = [
  ...PUBLIC_COLLECTION_TYPES.flatMap((uid) => [`${uid}.find`, `${uid}.findOne`]),
  ...PUBLIC_SINGLE_TYPES.map((uid) => `${uid}.find`),
];

const PERMISSION = 'plugin::users-permissions.permission';

/**
 * Makes the public role's grants on our own `api::` types exactly PUBLIC_ACTIONS at every start: anything else an
 * earlier version or a slip in the admin granted is revoked.
 */
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
