/** Admin users of the editorial roles, made as the Super Admin invites them, and bound to units. */
import { adminJwt, type Cms, uniqueMarker } from './content-manager.ts';
import { request } from './http.ts';

export interface AdminUser {
  id: number;
  jwt: string;
  email: string;
  /** For signing in through the admin's login form (browser tests). */
  password: string;
}

const UNITS = (cms: Cms) => `${cms.url}/content-manager/collection-types/api::unit.unit`;

export async function roleId(cms: Cms, roleName: string): Promise<number> {
  const { status, body } = await request(`${cms.url}/admin/roles`, { token: await adminJwt(cms) });
  if (status !== 200) throw new Error(`Listing roles failed (${status})`);
  const role = (body.data as Array<{ id: number; name: string }>).find((candidate) => candidate.name === roleName);
  if (!role) throw new Error(`No admin role named ${roleName}`);
  return role.id;
}

/** Invites an admin user with one role and signs them up, as the invitation link does. */
export async function signUpAs(cms: Cms, roleName: string): Promise<AdminUser> {
  const { number } = uniqueMarker();
  const email = `nguoi-dung-${number}@example.vn`;
  const password = `MatKhau${number}x`;
  const invited = await request(`${cms.url}/admin/users`, {
    method: 'POST',
    token: await adminJwt(cms),
    body: { firstname: 'Thử', lastname: roleName, email, roles: [await roleId(cms, roleName)] },
  });
  if (invited.status !== 201) throw new Error(`Inviting failed (${invited.status}): ${JSON.stringify(invited.body)}`);
  const registered = await request(`${cms.url}/admin/register`, {
    method: 'POST',
    body: {
      registrationToken: invited.body.data.registrationToken,
      userInfo: { firstname: 'Thử', lastname: roleName, password },
    },
  });
  if (registered.status !== 200) throw new Error(`Sign-up failed (${registered.status}): ${JSON.stringify(registered.body)}`);
  return { id: registered.body.data.user.id, jwt: registered.body.data.token, email, password };
}

/** Makes the user an editor of the unit (Unit.editors), as a platform administrator does in the admin. */
export async function bindToUnit(cms: Cms, user: { id: number }, unitDocumentId: string): Promise<void> {
  const { status, body } = await request(`${UNITS(cms)}/${unitDocumentId}`, {
    method: 'PUT',
    token: await adminJwt(cms),
    body: { editors: { connect: [{ id: user.id }] } },
  });
  if (status !== 200) throw new Error(`Binding user ${user.id} to unit ${unitDocumentId} failed (${status}): ${JSON.stringify(body)}`);
}

/** The platform's default unit: the one every entry written before units existed belongs to (the oldest unit). */
export async function defaultUnit(cms: Cms): Promise<{ documentId: string; slug: string; name: string }> {
  const { status, body } = await request(`${UNITS(cms)}?page=1&pageSize=1&sort=id:asc`, { token: await adminJwt(cms) });
  if (status !== 200 || !body.results[0]) throw new Error(`No unit found (${status}): ${JSON.stringify(body)}`);
  return body.results[0];
}
