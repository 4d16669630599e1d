import type { Core } from '@strapi/strapi';
import type { UnitKind } from '@portal/shared-types';
import { UNIT_SCOPED_TYPES, UNIT_TYPE } from '../units/scoped-types';
import { defaultUnitDocumentId, setDefaultUnit } from '../units/unit-access';
import type { Row } from '../validation/stored-values';

const SETTINGS_TYPE = 'api::site-setting.site-setting';
const SETTINGS_FIELDS = ['portalName', 'ownerName', 'editorInChiefName', 'editorInChiefTitle', 'licence', 'phone', 'email', 'address', 'archiveNotice'];

/** The unit kind an install's owner organisation implies (a guess the platform administrator can correct). */
export function unitKindOf(organisation: { kind?: string; level?: string } | null | undefined): UnitKind {
  const { kind, level } = organisation ?? {};
  const province = level === 'province' || level === 'central';
  if (kind === 'party-committee') return province ? 'province-party-committee' : 'commune-party-committee';
  if (kind === 'peoples-committee' || kind === 'peoples-council') return province ? 'province-people-committee' : 'commune-people-committee';
  return 'agency';
}

async function readSiteSettings(strapi: Core.Strapi): Promise<Row | null> {
  return strapi.db.query(SETTINGS_TYPE as never).findOne({
    populate: { logo: true, linkedWebsites: true, socialLinks: true, homeSections: { populate: { category: true } }, ownerOrganisation: true },
  });
}

/** A unit's site-settings fields, copied from today's single site settings. */
function settingsData(settings: Row): Row {
  const links = (value: unknown) => ((value as Row[] | undefined) ?? []).map(({ label, url }) => ({ label, url }));
  const data: Row = Object.fromEntries(SETTINGS_FIELDS.map((field) => [field, settings[field] ?? null]));
  data.linkedWebsites = links(settings.linkedWebsites);
  data.socialLinks = links(settings.socialLinks);
  data.homeSections = ((settings.homeSections as Row[] | undefined) ?? []).map(({ kind, title, limit, category }) => ({
    kind,
    title,
    limit,
    category: (category as Row | null)?.documentId ?? null,
  }));
  const logo = settings.logo as Row | null;
  if (logo?.id) data.logo = logo.id;
  const organisation = settings.ownerOrganisation as Row | null;
  if (organisation?.documentId) data.organisation = organisation.documentId;
  return data;
}

async function createDefaultUnit(strapi: Core.Strapi): Promise<string> {
  const existing: Row[] = await strapi.db.query(UNIT_TYPE as never).findMany({ select: ['documentId'], orderBy: { id: 'asc' }, limit: 1 });
  if (existing[0]) return existing[0].documentId as string;
  const settings = await readSiteSettings(strapi);
  const name = (settings?.ownerName as string | undefined) ?? 'Đơn vị mặc định';
  const created = await strapi.documents(UNIT_TYPE as never).create({
    data: {
      name,
      kind: unitKindOf(settings?.ownerOrganisation as Row | null),
      state: 'active',
      ...(settings ? settingsData(settings) : {}),
    } as never,
  });
  strapi.log.info(`Created the default unit "${name}" for the content written before units existed`);
  return (created as { documentId: string }).documentId;
}

/** Gives every entry of a unit-scoped type that has no unit the given one, through the database (no rules re-run). */
async function assignUnitWhereMissing(strapi: Core.Strapi, knex: Core.Strapi['db']['connection'], unitId: number): Promise<number> {
  let assigned = 0;
  for (const uid of UNIT_SCOPED_TYPES) {
    const meta = strapi.db.metadata.get(uid);
    const join = (meta.attributes.unit as { joinTable?: { name: string; joinColumn: { name: string } } }).joinTable;
    if (!join) throw new Error(`${uid}.unit has no join table`);
    const rows: Array<{ id: number }> = await knex(meta.tableName)
      .select('id')
      .whereNotIn('id', knex(join.name).select(join.joinColumn.name));
    for (const { id } of rows) {
      await strapi.db.query(uid as never).update({ where: { id }, data: { unit: unitId } as never });
    }
    assigned += rows.length;
    await copyUnitDocumentIds(knex, meta, join as UnitJoin);
  }
  return assigned;
}

interface UnitJoin {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
}

/** Sets unitDocumentId (what the RBAC conditions read) from the `unit` relation on every row, so it can never drift. */
async function copyUnitDocumentIds(knex: Core.Strapi['db']['connection'], meta: { tableName: string; attributes: Record<string, any> }, join: UnitJoin) {
  const column = meta.attributes.unitDocumentId?.columnName ?? 'unit_document_id';
  const unitOf = knex(join.name)
    .join('units', 'units.id', `${join.name}.${join.inverseJoinColumn.name}`)
    .where(`${join.name}.${join.joinColumn.name}`, knex.ref(`${meta.tableName}.id`))
    .select('units.document_id')
    .limit(1);
  await knex(meta.tableName).update({ [column]: unitOf });
}

/**
 * Upgrades a single-unit install to units, at every start (a no-op once done): makes the default unit (from the
 * site settings when there are any) and gives it every entry that has no unit, drafts and published versions alike.
 */
export async function ensureDefaultUnit(strapi: Core.Strapi): Promise<void> {
  let documentId = await defaultUnitDocumentId(strapi);
  let unit: Row | null = documentId ? await strapi.db.query(UNIT_TYPE as never).findOne({ where: { documentId }, select: ['id'] }) : null;
  if (!unit) {
    documentId = await createDefaultUnit(strapi);
    await setDefaultUnit(strapi, documentId);
    unit = await strapi.db.query(UNIT_TYPE as never).findOne({ where: { documentId }, select: ['id'] });
  }
  // One transaction: an upgrade interrupted half-way leaves no entry half-assigned (raw queries use its connection).
  const assigned = await strapi.db.transaction(({ trx }) => assignUnitWhereMissing(strapi, trx, Number(unit!.id)));
  if (assigned > 0) strapi.log.info(`Gave ${assigned} entries without a unit the default unit`);
}

/** Once the site settings exist (the demo seed writes them after the default unit was made), the unit gets a copy. */
export async function fillDefaultUnitSettings(strapi: Core.Strapi): Promise<void> {
  const documentId = await defaultUnitDocumentId(strapi);
  if (!documentId) return;
  const unit: Row | null = await strapi.db.query(UNIT_TYPE as never).findOne({ where: { documentId }, select: ['portalName'] });
  if (!unit || unit.portalName) return;
  const settings = await readSiteSettings(strapi);
  if (!settings) return;
  const data = settingsData(settings);
  if (settings.ownerName) {
    data.name = settings.ownerName;
    data.slug = ''; // made again from the real name (slug-from-title)
  }
  await strapi.documents(UNIT_TYPE as never).update({ documentId, data: { ...data, kind: unitKindOf(settings.ownerOrganisation as Row | null) } as never });
}
