import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { bindToUnit, defaultUnit } from './helpers/admin-users.ts';
import { adminJwt, deleteCreatedEntries, mustCreate, uniqueMarker, validData } from './helpers/content-manager.ts';
import { request } from './helpers/http.ts';

const cms = inject('cms');

interface Role {
  id: number;
  code: string;
  name: string;
}
interface Permission {
  action: string;
  subject: string | null;
  conditions: string[];
}

const EDITORIAL = [
  'api::article.article',
  'api::page.page',
  'api::legal-document.legal-document',
  'api::congress.congress',
  'api::kpi-report.kpi-report',
  'api::schedule.schedule',
];
const FEEDBACK = 'api::feedback.feedback';
const UNIT = 'api::unit.unit';
const CM = 'plugin::content-manager.explorer';
const OWN_UNIT = 'api::own-unit';
const OWN_UNIT_CREATOR = 'api::own-unit-creator';

let roles: Role[] = [];
const permissionsOf = new Map<string, Permission[]>();

async function roleByName(name: string): Promise<Role> {
  const role = roles.find((candidate) => candidate.name === name);
  if (!role) throw new Error(`No admin role named ${name}: ${roles.map((r) => r.name).join(', ')}`);
  return role;
}

/** Invites an admin user with one role, signs them up as the invitation link does and makes them an editor of the
 * default unit; returns their JWT. */
async function signUpAs(roleName: string): Promise<string> {
  const { number } = uniqueMarker();
  const invited = await request(`${cms.url}/admin/users`, {
    method: 'POST',
    token: await adminJwt(cms),
    body: { firstname: 'Thử', lastname: roleName, email: `nguoi-dung-${number}@example.vn`, roles: [(await roleByName(roleName)).id] },
  });
  expect(invited.status).toBe(201);
  const registered = await request(`${cms.url}/admin/register`, {
    method: 'POST',
    body: {
      registrationToken: invited.body.data.registrationToken,
      userInfo: { firstname: 'Thử', lastname: roleName, password: `MatKhau${number}x` },
    },
  });
  expect(registered.status).toBe(200);
  await bindToUnit(cms, registered.body.data.user, (await defaultUnit(cms)).documentId);
  return registered.body.data.token;
}

const cmUrl = (uid: string) => `${cms.url}/content-manager/collection-types/${uid}`;

beforeAll(async () => {
  const jwt = await adminJwt(cms);
  const { status, body } = await request(`${cms.url}/admin/roles`, { token: jwt });
  expect(status).toBe(200);
  roles = body.data;
  for (const role of roles) {
    const permissions = await request(`${cms.url}/admin/roles/${role.id}/permissions`, { token: jwt });
    permissionsOf.set(role.name, permissions.body.data);
  }
});

afterAll(deleteCreatedEntries);

const granted = (roleName: string, action: string, subject: string) =>
  (permissionsOf.get(roleName) ?? []).filter((permission) => permission.action === `${CM}.${action}` && permission.subject === subject);

describe('the editorial roles', () => {
  it('exist with Vietnamese names, replacing Strapi’s English defaults', () => {
    const names = roles.map((role) => role.name);
    expect(names).toEqual(expect.arrayContaining(['Super Admin', 'Tác giả', 'Biên tập viên', 'Kiểm duyệt viên']));
    expect(names).not.toContain('Author');
    expect(names).not.toContain('Editor');
  });

  it('let an Author create, and read and update only their own entries of their units, without publishing or deleting', () => {
    for (const subject of EDITORIAL) {
      expect(granted('Tác giả', 'create', subject).map((permission) => permission.conditions)).toEqual([[OWN_UNIT]]);
      for (const action of ['read', 'update']) {
        expect(granted('Tác giả', action, subject).map((permission) => permission.conditions)).toEqual([[OWN_UNIT_CREATOR]]);
      }
      expect(granted('Tác giả', 'publish', subject)).toEqual([]);
      expect(granted('Tác giả', 'delete', subject)).toEqual([]);
    }
    expect((permissionsOf.get('Tác giả') ?? []).some((permission) => permission.subject === FEEDBACK)).toBe(false);
  });

  it('let an Editor do everything to the content of their units, publishing included, and to platform-wide reference data', () => {
    for (const subject of [...EDITORIAL, FEEDBACK, 'api::category.category']) {
      for (const action of ['create', 'read', 'update', 'delete']) {
        expect(granted('Biên tập viên', action, subject).map((permission) => permission.conditions)).toEqual([[OWN_UNIT]]);
      }
    }
    for (const action of ['create', 'read', 'update', 'delete']) {
      expect(granted('Biên tập viên', action, 'api::organisation.organisation').map((permission) => permission.conditions)).toEqual([[]]);
      // Redirect records (issue 25) and the law's records (issue 20) belong to a unit, like the content.
      for (const subject of [
        'api::redirect.redirect',
        'api::information-request.information-request',
        'api::satisfaction-vote.satisfaction-vote',
        'api::english-page.english-page',
        'api::information-access.information-access',
        'api::unit-profile.unit-profile',
      ]) {
        expect(granted('Biên tập viên', action, subject).map((permission) => permission.conditions), subject).toEqual([[OWN_UNIT]]);
      }
    }
    expect(granted('Biên tập viên', 'update', UNIT).map((permission) => permission.conditions)).toEqual([[OWN_UNIT]]);
    expect(granted('Biên tập viên', 'delete', UNIT)).toEqual([]);
    for (const subject of EDITORIAL) expect(granted('Biên tập viên', 'publish', subject)).toHaveLength(1);
  });

  it('let a Moderator handle the feedback of their units and nothing else', () => {
    const permissions = permissionsOf.get('Kiểm duyệt viên') ?? [];
    expect(new Set(permissions.map((permission) => permission.subject))).toEqual(new Set([FEEDBACK, UNIT]));
    const feedback = permissions.filter((permission) => permission.subject === FEEDBACK);
    expect(feedback.map((permission) => permission.action).sort()).toEqual([`${CM}.delete`, `${CM}.read`, `${CM}.update`]);
    expect(feedback.every((permission) => permission.conditions.join() === OWN_UNIT)).toBe(true);
    expect(permissions.filter((permission) => permission.subject === UNIT).map((permission) => permission.action)).toEqual([`${CM}.read`]);
  });
});

describe('an Author at work', () => {
  it('writes a draft but cannot publish it or read feedback', async () => {
    const jwt = await signUpAs('Tác giả');
    const created = await request(cmUrl('api::article.article'), {
      method: 'POST',
      token: jwt,
      body: validData('api::article.article', uniqueMarker()),
    });
    expect(created.status).toBe(201);
    const { documentId } = created.body.data;
    const publish = await request(`${cmUrl('api::article.article')}/${documentId}/actions/publish`, { method: 'POST', token: jwt, body: {} });
    expect(publish.status).toBe(403);
    expect((await request(cmUrl(FEEDBACK), { token: jwt })).status).toBe(403);
    // Clean up as the Super Admin (Authors cannot delete).
    const removal = await request(`${cmUrl('api::article.article')}/${documentId}`, { method: 'DELETE', token: await adminJwt(cms) });
    expect(removal.status).toBe(200);
  });
});

describe('a Moderator at work', () => {
  it('approves feedback but cannot write articles', async () => {
    const feedback = await mustCreate(cms, FEEDBACK, validData(FEEDBACK, uniqueMarker()));
    const jwt = await signUpAs('Kiểm duyệt viên');
    const approval = await request(`${cmUrl(FEEDBACK)}/${feedback.documentId}`, { method: 'PUT', token: jwt, body: { moderation: 'approved' } });
    expect(approval.status).toBe(200);
    expect(approval.body.data.moderation).toBe('approved');
    const article = await request(cmUrl('api::article.article'), {
      method: 'POST',
      token: jwt,
      body: validData('api::article.article', uniqueMarker()),
    });
    expect(article.status).toBe(403);
  });
});
