import type { Core } from '@strapi/strapi';
import { isUnitScoped, UNIT_TYPE } from '../units/scoped-types';
import { OWN_UNIT, OWN_UNIT_CREATOR, UNIT_CONDITIONS } from './unit-conditions';

const ACTION = {
  create: 'plugin::content-manager.explorer.create',
  read: 'plugin::content-manager.explorer.read',
  update: 'plugin::content-manager.explorer.update',
  delete: 'plugin::content-manager.explorer.delete',
  publish: 'plugin::content-manager.explorer.publish',
} as const;
type ContentAction = keyof typeof ACTION;

const IS_CREATOR = 'admin::is-creator';

/** Content editors write (news, documents, reports, schedules…). */
export const EDITORIAL_TYPES = [
  'api::article.article',
  'api::page.page',
  'api::legal-document.legal-document',
  'api::congress.congress',
  'api::kpi-report.kpi-report',
  'api::schedule.schedule',
  'api::outage-notice.outage-notice',
] as const;

/** Reference data that articles and documents link to. */
export const REFERENCE_TYPES = [
  'api::category.category',
  'api::tag.tag',
  'api::organisation.organisation',
  'api::person.person',
  'api::indicator.indicator',
] as const;

export const FEEDBACK_TYPE = 'api::feedback.feedback';
export const SETTINGS_TYPE = 'api::site-setting.site-setting';
/** Redirect and gone records (issue 25): editors may free an old address or record one by hand. */
export const REDIRECT_TYPE = 'api::redirect.redirect';
/** The English page (/en/), kept by editors like the settings. */
export const ENGLISH_PAGE_TYPE = 'api::english-page.english-page';
/** The Tiếp cận thông tin section, and the requests for information it receives. */
export const INFORMATION_ACCESS_TYPE = 'api::information-access.information-access';
export const INFORMATION_REQUEST_TYPE = 'api::information-request.information-request';
/** The commune/province profile (history, boundary map). */
export const UNIT_PROFILE_TYPE = 'api::unit-profile.unit-profile';
/** Visitors' satisfaction votes: read by editors only (never published). */
export const SATISFACTION_TYPE = 'api::satisfaction-vote.satisfaction-vote';

/** A unit's own site settings, which its editors keep; the rest of a unit (address, parent, editors…) is the platform's. */
export const UNIT_SETTINGS_FIELDS = [
  'portalName',
  'ownerName',
  'editorInChiefName',
  'editorInChiefTitle',
  'licence',
  'phone',
  'email',
  'address',
  'archiveNotice',
  'logo',
  'linkedWebsites',
  'socialLinks',
  'homeSections',
] as const;

interface Grant {
  action: ContentAction;
  subjects: readonly string[];
  /** Only on entries the user created. */
  ownOnly?: boolean;
  /** Only these fields (and their nested fields); all by default. */
  fields?: readonly string[];
}

interface EditorialRole {
  code: string;
  name: string;
  description: string;
  grants: readonly Grant[];
  /** Media library access (upload, use and edit images and files). */
  media: 'none' | 'own' | 'all';
}

export const EDITORIAL_ROLES: readonly EditorialRole[] = [
  {
    code: 'portal-author',
    name: 'Tác giả',
    description: 'Viết và sửa bản nháp của chính mình (tin bài, văn bản, báo cáo, lịch công tác); không xuất bản, không xóa.',
    grants: [
      { action: 'create', subjects: EDITORIAL_TYPES },
      { action: 'read', subjects: EDITORIAL_TYPES, ownOnly: true },
      { action: 'update', subjects: EDITORIAL_TYPES, ownOnly: true },
      { action: 'read', subjects: REFERENCE_TYPES },
      { action: 'read', subjects: [UNIT_TYPE] },
    ],
    media: 'own',
  },
  {
    code: 'portal-editor',
    name: 'Biên tập viên',
    description: 'Quản lý và xuất bản toàn bộ nội dung, kể cả bài của người khác; kiểm duyệt ý kiến bạn đọc.',
    grants: [
      ...(['create', 'read', 'update', 'delete', 'publish'] as const).map((action) => ({
        action,
        subjects: [
          ...EDITORIAL_TYPES,
          ...REFERENCE_TYPES,
          FEEDBACK_TYPE,
          SETTINGS_TYPE,
          ENGLISH_PAGE_TYPE,
          INFORMATION_ACCESS_TYPE,
          INFORMATION_REQUEST_TYPE,
          UNIT_PROFILE_TYPE,
          SATISFACTION_TYPE,
          REDIRECT_TYPE,
        ],
      })),
      { action: 'read', subjects: [UNIT_TYPE] },
      { action: 'update', subjects: [UNIT_TYPE], fields: UNIT_SETTINGS_FIELDS },
    ],
    media: 'all',
  },
  {
    code: 'portal-moderator',
    name: 'Kiểm duyệt viên',
    description: 'Chỉ kiểm duyệt ý kiến bạn đọc và góp ý dự thảo: duyệt, từ chối, trả lời, xóa.',
    grants: [
      ...(['read', 'update', 'delete'] as const).map((action) => ({ action, subjects: [FEEDBACK_TYPE] })),
      { action: 'read', subjects: [UNIT_TYPE] },
    ],
    media: 'none',
  },
];

interface PermissionInput {
  action: string;
  subject?: string | null;
  properties?: { fields?: string[]; [key: string]: unknown };
  conditions?: string[];
}

function mediaPermissions(media: EditorialRole['media']): PermissionInput[] {
  if (media === 'none') return [];
  const conditions = media === 'own' ? [IS_CREATOR] : [];
  return [
    { action: 'plugin::upload.read', conditions },
    { action: 'plugin::upload.configure-view' },
    { action: 'plugin::upload.assets.create' },
    { action: 'plugin::upload.assets.update', conditions },
    { action: 'plugin::upload.assets.download' },
    { action: 'plugin::upload.assets.copy-link' },
  ];
}

/** Entries of unit-scoped types (and units) are confined to the user's units; the rest is platform-wide. */
function conditionsFor(subject: string, ownOnly: boolean): string[] {
  const scoped = isUnitScoped(subject) || subject === UNIT_TYPE;
  if (ownOnly) return [scoped ? OWN_UNIT_CREATOR : IS_CREATOR];
  return scoped ? [OWN_UNIT] : [];
}

/**
 * Confines the content permissions an editorial role already has (made before units existed, or edited in the
 * admin) to the user's units: "own entries" becomes "own entries of own units", anything else "own units".
 */
async function confineToUnits(strapi: Core.Strapi, roleId: number): Promise<void> {
  const permissions: Array<{ id: number; subject: string | null; conditions: string[] | null }> = await strapi.db
    .query('admin::permission')
    .findMany({ where: { role: roleId, action: { $startsWith: 'plugin::content-manager.explorer.' } } });
  for (const permission of permissions) {
    const subject = permission.subject ?? '';
    const conditions = permission.conditions ?? [];
    if (!(isUnitScoped(subject) || subject === UNIT_TYPE) || conditions.some((condition) => UNIT_CONDITIONS.includes(condition))) continue;
    const confined = conditionsFor(subject, conditions.includes(IS_CREATOR));
    await strapi.db.query('admin::permission').update({ where: { id: permission.id }, data: { conditions: confined } });
  }
}

/** Every field of a type (nested component fields included), as the admin lists them in a permission. */
function contentPermissions(strapi: Core.Strapi, role: EditorialRole): PermissionInput[] {
  const contentTypes = strapi.service('admin::content-type');
  const provider = strapi.service('admin::permission').actionProvider;
  const permissions: PermissionInput[] = [];
  for (const grant of role.grants) {
    const action = provider.get(ACTION[grant.action]);
    const subjects = grant.subjects.filter((subject) => subject in strapi.contentTypes);
    const generated: PermissionInput[] = contentTypes.getPermissionsWithNestedFields([{ ...action, subjects }]);
    for (const permission of generated) {
      const fields = grant.fields;
      const properties = fields
        ? { ...permission.properties, fields: (permission.properties?.fields ?? []).filter((field) => fields.includes(field.split('.')[0]!)) }
        : permission.properties;
      permissions.push({ ...permission, properties, conditions: conditionsFor(permission.subject ?? '', grant.ownOnly === true) });
    }
  }
  return permissions;
}

/** Strapi's own English "Editor" and "Author" roles, made on the very first start; ours replace them. */
const STRAPI_DEFAULT_ROLE_CODES = ['strapi-editor', 'strapi-author'];

/**
 * Creates the editorial roles (Tác giả, Biên tập viên, Kiểm duyệt viên) on first start and grants what their names
 * promise. Later starts only grant permissions on content types the role has none for (a new type): what an
 * administrator changed in a role's permissions is kept. Strapi's unused English default roles are removed so editors
 * see one set of roles.
 */
export async function ensureEditorialRoles(strapi: Core.Strapi): Promise<void> {
  const roles = strapi.service('admin::role');
  for (const definition of EDITORIAL_ROLES) {
    let role = await roles.findOne({ code: definition.code });
    const created = !role;
    if (!role) {
      role = await roles.create({ name: definition.name, code: definition.code, description: definition.description });
      strapi.log.info(`Created the admin role "${definition.name}"`);
    }
    const existing: PermissionInput[] = await strapi.db.query('admin::permission').findMany({ where: { role: role.id } });
    const coveredSubjects = new Set(existing.map((permission) => permission.subject).filter(Boolean));
    const missing = created
      ? [...contentPermissions(strapi, definition), ...mediaPermissions(definition.media)]
      : contentPermissions(strapi, definition).filter((permission) => !coveredSubjects.has(permission.subject));
    if (missing.length > 0) await roles.addPermissions(role.id, missing);
    await confineToUnits(strapi, role.id);
  }

  for (const code of STRAPI_DEFAULT_ROLE_CODES) {
    const role = await roles.findOne({ code });
    if (role && (await roles.getUsersCount(role.id)) === 0) {
      await roles.deleteByIds([role.id]);
      strapi.log.info(`Removed Strapi's unused default admin role "${role.name}"`);
    }
  }
}
