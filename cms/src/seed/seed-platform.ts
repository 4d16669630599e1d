import type { Core } from '@strapi/strapi';
import { demoEditorEmail, isoWeekOf, isoWeekRange } from '@portal/shared-types';
import { UNIT_TYPE } from '../units/scoped-types';
import { defaultUnitDocumentId } from '../units/unit-access';
import { demoPlatformUnits, type DemoUnit } from './data/platform';
import type { DemoImage } from './data/types';
import { ensureIllustrations } from './illustrations';

const PLATFORM_MARKER = { type: 'core', name: 'portal', key: 'demo-platform-seed' } as const;
const EDITOR_ROLE = 'portal-editor';

type Data = Record<string, unknown>;

/**
 * The demo province platform is seeded by `pnpm start` (SEED_DEMO_UNITS=true in the generated cms/.env), not by
 * every demo instance: a test CMS keeps one unit, so entries written there without a unit still find theirs.
 */
export function demoUnitsEnabled(env: Record<string, string | undefined> = process.env): boolean {
  const flag = env.SEED_DEMO_UNITS?.trim().toLowerCase();
  return flag === 'true' || flag === '1';
}

function paragraphs(texts: readonly string[]) {
  return texts.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));
}

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function coverOf(unit: DemoUnit, index: number): DemoImage {
  const article = unit.articles[index]!;
  return {
    file: `don-vi-${unit.slug}-${index + 1}`,
    theme: article.theme,
    label: unit.shortName,
    alt: `Ảnh minh họa cho tin “${article.title}”`,
    caption: 'Ảnh minh họa',
  };
}

/**
 * Seeds the demo units once (a marker in Strapi's store): each unit with its settings, categories, news, documents,
 * this week's schedule and one editor (role Biên tập viên, confined to the unit; password DEMO_EDITOR_PASSWORD).
 * An archive unit is filled while active and archived last, so its content is written like any other unit's.
 * Entries are found by slug within their unit, so a seed interrupted midway resumes without duplicates.
 */
export async function seedDemoUnits(strapi: Core.Strapi, now: Date = new Date()): Promise<void> {
  if (!demoUnitsEnabled() || (await strapi.store.get({ ...PLATFORM_MARKER }))) return;
  const started = Date.now();
  const covers = await ensureIllustrations(
    strapi,
    demoPlatformUnits.flatMap((unit) => unit.articles.map((_, index) => coverOf(unit, index))),
  );
  const unitIds = new Map<string, string>();
  for (const unit of demoPlatformUnits) {
    const documentId = await ensureUnit(strapi, unit, unitIds);
    unitIds.set(unit.slug, documentId);
    await seedUnitContent(strapi, unit, documentId, covers, now);
  }
  for (const unit of demoPlatformUnits) {
    if (unit.archived) await archive(strapi, unit, unitIds);
  }
  await ensureEditors(strapi, unitIds);
  await strapi.store.set({ ...PLATFORM_MARKER, value: { seededAt: new Date().toISOString() } });
  strapi.log.info(`Seeded ${demoPlatformUnits.length} demo units in ${Date.now() - started} ms`);
}

async function ensureUnit(strapi: Core.Strapi, unit: DemoUnit, unitIds: Map<string, string>): Promise<string> {
  const units = strapi.documents(UNIT_TYPE as never);
  const existing = (await units.findFirst({ filters: { slug: unit.slug } } as never)) as { documentId: string } | null;
  if (existing) return existing.documentId;
  const created = (await units.create({
    data: {
      name: unit.name,
      shortName: unit.shortName,
      slug: unit.slug,
      kind: unit.kind,
      state: 'active',
      hostname: unit.hostname ?? null,
      pathPrefix: unit.pathPrefix ?? null,
      parent: unit.parent ? (unitIds.get(unit.parent) ?? null) : null,
      ...unit.settings,
      linkedWebsites: [{ label: 'Cổng thông tin điện tử tỉnh Quảng Ngãi', url: 'https://quangngai.gov.vn' }],
      homeSections: [
        { kind: 'featured-news', title: 'Tin tiêu điểm', limit: 4 },
        { kind: 'weekly-schedule', title: 'Lịch công tác tuần này' },
        { kind: 'linked-websites', title: 'Website liên kết' },
      ],
    } as never,
  })) as { documentId: string };
  return created.documentId;
}

async function archive(strapi: Core.Strapi, unit: DemoUnit, unitIds: Map<string, string>): Promise<void> {
  const { dissolvedOn, decision, successors } = unit.archived!;
  await strapi.documents(UNIT_TYPE as never).update({
    documentId: unitIds.get(unit.slug)!,
    data: {
      state: 'archived',
      dissolvedOn,
      dissolutionDecision: decision,
      successors: successors.map((slug) => unitIds.get(slug)!),
    } as never,
  });
}

/** Finds the unit's entry by slug, or creates it published; never updates. */
async function ensureEntry(strapi: Core.Strapi, uid: string, unit: string, slug: string, data: () => Data): Promise<string> {
  const documents = strapi.documents(uid as never);
  const existing = (await documents.findFirst({ filters: { slug, unit: { documentId: unit } } } as never)) as { documentId: string } | null;
  if (existing) return existing.documentId;
  const draftAndPublish = (strapi.contentType(uid as never) as { options?: { draftAndPublish?: boolean } }).options?.draftAndPublish === true;
  const created = (await documents.create({
    data: { ...data(), slug, unit },
    ...(draftAndPublish ? { status: 'published' } : {}),
  } as never)) as { documentId: string };
  return created.documentId;
}

async function seedUnitContent(strapi: Core.Strapi, unit: DemoUnit, unitId: string, covers: Map<string, number>, now: Date) {
  const categories = new Map<string, string>();
  for (const [order, category] of unit.categories.entries()) {
    categories.set(category.slug, await ensureEntry(strapi, 'api::category.category', unitId, category.slug, () => ({ ...category, order: order + 1 })));
  }
  for (const [index, article] of unit.articles.entries()) {
    const { theme: _theme, paragraphs: texts, category, ...fields } = article;
    await ensureEntry(strapi, 'api::article.article', unitId, article.slug, () => ({
      ...fields,
      featured: article.featured ?? false,
      hot: article.hot ?? false,
      category: categories.get(category) ?? null,
      cover: covers.get(coverOf(unit, index).file) ?? null,
      coverCaption: 'Ảnh minh họa',
      sections: [{ __component: 'sections.rich-text', body: paragraphs(texts) }],
    }));
  }
  for (const document of unit.documents) {
    await ensureEntry(strapi, 'api::legal-document.legal-document', unitId, document.slug, () => ({ ...document, areas: [] }));
  }
  if (unit.schedule) {
    const { year, week } = isoWeekOf(now);
    const { start } = isoWeekRange(year, week);
    await ensureEntry(strapi, 'api::schedule.schedule', unitId, `lich-${unit.slug}-tuan-${week}-${year}`, () => ({
      title: `${unit.schedule!.title} tuần ${week} năm ${year}`,
      isoYear: year,
      isoWeek: week,
      entries: unit.schedule!.entries.map((entry) => ({
        day: addDays(start, entry.weekday),
        time: entry.time === undefined ? null : `${entry.time}:00.000`,
        content: entry.content,
        chair: entry.chair ?? null,
        location: entry.location ?? null,
      })),
    }));
  }
}

/** One editor per demo unit and for the default unit, each confined to that unit (Unit.editors). */
async function ensureEditors(strapi: Core.Strapi, unitIds: Map<string, string>): Promise<void> {
  const password = process.env.DEMO_EDITOR_PASSWORD;
  if (!password) return;
  const role = (await strapi.service('admin::role').findOne({ code: EDITOR_ROLE })) as { id: number } | null;
  if (!role) throw new Error(`The editor role (${EDITOR_ROLE}) is missing; cannot create the demo editors.`);
  const targets = new Map(unitIds);
  const defaultUnit = await defaultUnitDocumentId(strapi);
  if (defaultUnit) {
    const row = (await strapi.db.query(UNIT_TYPE as never).findOne({ where: { documentId: defaultUnit }, select: ['slug'] })) as { slug?: string } | null;
    if (row?.slug) targets.set(row.slug, defaultUnit);
  }
  const users = strapi.service('admin::user');
  for (const [slug, documentId] of targets) {
    const email = demoEditorEmail(slug);
    let user = (await strapi.db.query('admin::user').findOne({ where: { email }, select: ['id'] })) as { id: number } | null;
    if (!user) {
      const unit = (await strapi.db.query(UNIT_TYPE as never).findOne({ where: { documentId }, select: ['shortName', 'name'] })) as Data;
      user = (await users.create({
        email,
        firstname: 'Biên tập',
        lastname: String(unit.shortName ?? unit.name),
        password,
        isActive: true,
        registrationToken: null,
        roles: [role.id],
      })) as { id: number };
    }
    await strapi.documents(UNIT_TYPE as never).update({ documentId, data: { editors: { connect: [{ id: user.id }] } } as never });
  }
}
