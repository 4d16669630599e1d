import type { Core } from '@strapi/strapi';

/**
 * Creates the demo Super Admin from DEMO_ADMIN_EMAIL / DEMO_ADMIN_PASSWORD
 * (written into cms/.env by `pnpm start`) when no admin exists yet. An
 * existing admin is never touched, so an operator's password change sticks.
 */
export async function ensureDemoAdmin(strapi: Core.Strapi): Promise<void> {
  const email = process.env.DEMO_ADMIN_EMAIL?.trim();
  const password = process.env.DEMO_ADMIN_PASSWORD;
  if (!email || !password) return;

  const users = strapi.service('admin::user');
  if (await users.exists()) return;

  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  if (!superAdmin) throw new Error('The Super Admin role is missing; cannot create the demo admin.');

  await users.create({
    email,
    firstname: 'Quản trị',
    lastname: 'Cổng thông tin',
    password,
    isActive: true,
    registrationToken: null,
    roles: [superAdmin.id],
  });
  strapi.log.info(`Created the demo admin ${email}`);
}
