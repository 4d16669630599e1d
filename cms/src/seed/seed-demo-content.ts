import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Core, UID } from '@strapi/strapi';
import { isoWeekRange } from '@portal/shared-types';
import {
  currentWeekSchedule,
  demoArticles,
  demoCategories,
  demoCongresses,
  demoDocuments,
  demoEnglishPage,
  demoIndicators,
  demoInformationAccess,
  demoOrganisations,
  demoPages,
  demoPeople,
  demoReports,
  demoSchedules,
  demoSiteSettings,
  demoTags,
  demoUnitProfile,
  type DemoImage,
  type DemoSchedule,
  type DemoSection,
} from './demo-content';
import { ensureIllustrations } from './illustrations';

const SEED_MARKER = { type: 'core', name: 'portal', key: 'demo-seed' } as const;
const SEED_VERSION = 2;

/** Demo content is for local and demo instances; production opts in explicitly. */
export function demoSeedEnabled(env: Record<string, string | undefined> = process.env): boolean {
  const flag = env.SEED_DEMO_CONTENT?.trim().toLowerCase();
  if (flag === undefined || flag === '') return env.NODE_ENV !== 'production';
  return flag === 'true' || flag === '1';
}

type Data = Record<string, unknown>;

/** A failure of the demo seed, naming the entry it was creating. */
export class DemoSeedError extends Error {
  override readonly name = 'DemoSeedError';

  constructor(message: string, cause?: unknown) {
    super(`Demo seed: ${message}`, { cause });
  }
}
type CollectionUid = Extract<UID.ContentType, `api::${string}`>;

/** Orders entries so that every entry comes after the entries it refers to (parents, merge targets, cited documents). */
export function dependencyOrder<T extends { slug: string }>(items: readonly T[], dependsOn: (item: T) => Array<string | undefined>): T[] {
  const bySlug = new Map(items.map((item) => [item.slug, item]));
  const ordered: T[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (item: T) => {
    if (state.get(item.slug) === 'done') return;
    if (state.get(item.slug) === 'visiting') throw new DemoSeedError(`circular reference through "${item.slug}"`);
    state.set(item.slug, 'visiting');
    for (const slug of dependsOn(item)) {
      const target = slug === undefined ? undefined : bySlug.get(slug);
      if (target) visit(target);
    }
    state.set(item.slug, 'done');
    ordered.push(item);
  };
  items.forEach(visit);
  return ordered;
}

function paragraphsToBlocks(paragraphs: readonly string[]) {
  return paragraphs.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));
}

/** Shortens text to at most `max` characters at a word boundary, marking the cut with "…". */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}

/** "2020-07-13" + 2 days → "2020-07-15", on the calendar (no time zone involved). */
function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * Seeds the demo content once per database, through the Document Service, so the content rules (derived number
 * parts, KPI percentages, week ranges…) run exactly as for an editor. A marker in Strapi's store makes a second
 * start a no-op even after editors delete demo entries; entries are looked up by slug (indicators by code), so a
 * seed interrupted midway resumes without duplicates, and an entry that exists is never updated.
 */
export async function seedDemoContent(strapi: Core.Strapi, now: Date = new Date()): Promise<void> {
  if (!demoSeedEnabled()) return;
  const marker = await strapi.store.get({ ...SEED_MARKER });
  if (marker) return;
  const started = Date.now();
  const seeder = new DemoSeeder(strapi);
  await seeder.run(now);
  await strapi.store.set({ ...SEED_MARKER, value: { version: SEED_VERSION, seededAt: new Date().toISOString() } });
  strapi.log.info(`Seeded demo content in ${Date.now() - started} ms: ${seeder.summary()}`);
}

class DemoSeeder {
  /** documentId by content type and slug (indicator: code). */
  private readonly refs = new Map<string, Map<string, string>>();
  private readonly created = new Map<string, number>();
  private images = new Map<string, number>();

  constructor(private readonly strapi: Core.Strapi) {}

  summary(): string {
    return [...this.created].map(([uid, count]) => `${count} ${uid.split('.').pop()}`).join(', ');
  }

  async run(now: Date): Promise<void> {
    const illustrations: DemoImage[] = [
      ...demoArticles.flatMap((article) => [
        article.cover,
        ...(article.sections ?? []).flatMap((section) => (section.kind === 'image' ? [section.image] : [])),
      ]),
      ...demoCongresses.map((congress) => congress.cover),
    ];
    const imagesStarted = Date.now();
    this.images = await ensureIllustrations(this.strapi, illustrations);
    this.strapi.log.debug(`Demo seed: ${this.images.size} illustrations ready in ${Date.now() - imagesStarted} ms`);

    for (const organisation of dependencyOrder(demoOrganisations, (o) => [o.parent, o.mergedInto])) {
      const { parent, mergedInto, ...fields } = organisation;
      await this.ensure('api::organisation.organisation', organisation.slug, () => ({
        ...fields,
        parent: this.ref('api::organisation.organisation', parent),
        mergedInto: this.ref('api::organisation.organisation', mergedInto),
      }));
    }

    for (const person of demoPeople) {
      await this.ensure('api::person.person', person.slug, () => ({
        fullName: person.fullName,
        slug: person.slug,
        biography: paragraphsToBlocks(person.biography),
        positions: person.positions.map((position) => ({
          title: position.title,
          organisation: this.ref('api::organisation.organisation', position.organisation),
          from: position.from ?? null,
          until: position.until ?? null,
        })),
      }));
    }

    for (const category of demoCategories) await this.ensure('api::category.category', category.slug, () => ({ ...category }));
    for (const tag of demoTags) await this.ensure('api::tag.tag', tag.slug, () => ({ ...tag }));

    for (const indicator of demoIndicators) {
      await this.ensure(
        'api::indicator.indicator',
        indicator.code,
        () => ({ ...indicator, organisation: this.ref('api::organisation.organisation', indicator.organisation) }),
        { code: indicator.code },
      );
    }

    // Congresses before documents: a congress document points at its congress.
    for (const congress of demoCongresses) {
      await this.ensure('api::congress.congress', congress.slug, () => ({
        title: congress.title,
        slug: congress.slug,
        ordinal: congress.ordinal,
        termStartYear: congress.termStartYear,
        termEndYear: congress.termEndYear,
        startDate: congress.startDate ?? null,
        endDate: congress.endDate ?? null,
        delegateCount: congress.delegateCount ?? null,
        executiveCommitteeSize: congress.executiveCommitteeSize ?? null,
        description: paragraphsToBlocks(congress.description),
        cover: this.image(congress.cover),
        organisation: this.ref('api::organisation.organisation', congress.organisation),
        secretary: this.ref('api::person.person', congress.secretary),
        executiveCommitteeMembers: (congress.executiveCommitteeMembers ?? []).map((slug) => this.ref('api::person.person', slug)),
        termTargets: congress.termTargets.map((target) => ({
          indicator: this.ref('api::indicator.indicator', target.indicator),
          target: target.target ?? null,
          targetText: target.targetText,
          note: target.note ?? null,
        })),
      }));
    }

    // Cited documents first, so each relation can point at its target in one pass.
    const documents = dependencyOrder(demoDocuments, (d) => (d.relations ?? []).map((relation) => relation.target));
    for (const document of documents) {
      await this.ensure(
        'api::legal-document.legal-document',
        document.slug,
        () => ({
          rawNumber: document.rawNumber,
          term: document.term,
          typeName: document.typeName,
          slug: document.slug,
          subject: document.subject,
          issuerName: document.issuerName,
          signer: document.signer ?? null,
          signerTitle: document.signerTitle ?? null,
          signingCapacity: document.signingCapacity ?? null,
          issuedDate: document.issuedDate,
          effectiveDate: document.effectiveDate ?? null,
          validity: document.validity,
          areas: document.areas,
          body: paragraphsToBlocks(document.body),
          commentOpensAt: document.commentOpensAt ?? null,
          commentClosesAt: document.commentClosesAt ?? null,
          issuingOrganisation: this.ref('api::organisation.organisation', document.issuingOrganisation),
          congress: this.ref('api::congress.congress', document.congress),
          relations: (document.relations ?? []).map((relation) => ({
            kind: relation.kind,
            target: this.ref('api::legal-document.legal-document', relation.target),
            targetNumber: relation.targetNumber ?? null,
            note: relation.note ?? null,
          })),
        }),
        undefined,
        document.draft === true,
      );
    }

    for (const article of demoArticles) {
      await this.ensure(
        'api::article.article',
        article.slug,
        () => ({
          title: article.title,
          slug: article.slug,
          summary: article.summary,
          date: article.date,
          cover: this.image(article.cover),
          coverCaption: article.cover.caption,
          featured: article.featured ?? false,
          hot: article.hot ?? false,
          author: article.author ?? null,
          photoCredit: article.photoCredit ?? null,
          contributingUnit: article.contributingUnit ?? null,
          sourceName: article.sourceName ?? null,
          category: this.ref('api::category.category', article.category),
          tags: (article.tags ?? []).map((slug) => this.ref('api::tag.tag', slug)),
          organisation: this.ref('api::organisation.organisation', article.organisation),
          relatedDocuments: (article.relatedDocuments ?? []).map((slug) => this.ref('api::legal-document.legal-document', slug)),
          sections: this.sections([{ kind: 'text', paragraphs: article.paragraphs }, ...(article.sections ?? [])]),
          seo: { metaTitle: truncate(article.title, 70), metaDescription: truncate(article.summary, 200) },
        }),
        undefined,
        article.draft === true,
      );
    }

    for (const report of demoReports) {
      await this.ensure('api::kpi-report.kpi-report', report.slug, () => ({
        title: report.title,
        slug: report.slug,
        period: report.period,
        year: report.year,
        termStartYear: report.termStartYear ?? null,
        reportDate: report.reportDate ?? null,
        grading: report.grading ?? null,
        organisation: this.ref('api::organisation.organisation', report.organisation),
        sourceDocument: this.ref('api::legal-document.legal-document', report.sourceDocument),
        values: report.values.map((value) => ({
          indicator: this.ref('api::indicator.indicator', value.indicator),
          plan: value.plan,
          actual: value.actual,
          previous: value.previous ?? null,
          estimate: value.estimate ?? false,
          note: value.note ?? null,
        })),
      }));
    }

    for (const schedule of [...demoSchedules, currentWeekSchedule(now)]) {
      await this.ensure('api::schedule.schedule', schedule.slug, () => this.scheduleData(schedule));
    }

    for (const page of demoPages) {
      await this.ensure('api::page.page', page.slug, () => ({
        title: page.title,
        slug: page.slug,
        summary: page.summary,
        menuOrder: page.menuOrder,
        sections: this.sections(page.sections),
      }));
    }

    await this.ensureSiteSettings();
    await this.ensureEnglishPage();
    await this.ensureInformationAccess();
    await this.ensureUnitProfile();
  }

  private scheduleData(schedule: DemoSchedule): Data {
    const { start } = isoWeekRange(schedule.isoYear, schedule.isoWeek);
    return {
      title: schedule.title,
      slug: schedule.slug,
      isoYear: schedule.isoYear,
      isoWeek: schedule.isoWeek,
      note: schedule.note ?? null,
      organisation: this.ref('api::organisation.organisation', schedule.organisation),
      entries: schedule.entries.map((entry) => ({
        day: addDays(start, entry.weekday),
        time: entry.time === undefined ? null : `${entry.time}:00.000`,
        content: entry.content,
        chair: entry.chair ?? null,
        participants: entry.participants ?? null,
        location: entry.location ?? null,
        preparingUnit: entry.preparingUnit ?? null,
      })),
    };
  }

  private async ensureSiteSettings(): Promise<void> {
    const uid = 'api::site-setting.site-setting';
    const existing = await this.strapi.documents(uid).findFirst({});
    if (existing) return;
    const { ownerOrganisation, homeSections, ...fields } = demoSiteSettings;
    await this.strapi.documents(uid).create({
      data: {
        ...fields,
        ownerOrganisation: this.ref('api::organisation.organisation', ownerOrganisation),
        homeSections: homeSections.map((section) => ({
          kind: section.kind,
          title: section.title ?? null,
          limit: section.limit ?? null,
          category: this.ref('api::category.category', section.category),
        })),
      } as never,
    });
    this.count(uid);
  }

  private async ensureEnglishPage(): Promise<void> {
    const uid = 'api::english-page.english-page';
    if (await this.strapi.documents(uid).findFirst({})) return;
    await this.strapi.documents(uid).create({ data: { ...demoEnglishPage, leaders: demoEnglishPage.leaders.map((leader) => ({ ...leader })) } as never });
    this.count(uid);
  }

  private async ensureUnitProfile(): Promise<void> {
    const uid = 'api::unit-profile.unit-profile';
    if (await this.strapi.documents(uid).findFirst({})) return;
    const { boundary, boundaryFile, ...fields } = demoUnitProfile;
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'portal-seed-'));
    try {
      const filepath = path.join(dir, boundaryFile);
      const text = JSON.stringify(boundary);
      await fs.writeFile(filepath, text);
      const [file] = (await this.strapi.plugin('upload').service('upload').upload({
        data: { fileInfo: { name: boundaryFile } },
        files: { filepath, originalFilename: boundaryFile, mimetype: 'application/geo+json', size: Buffer.byteLength(text) },
      })) as Array<{ id: number }>;
      await this.strapi.documents(uid).create({ data: { ...fields, boundary: file!.id } as never });
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
    this.count(uid);
  }

  private async ensureInformationAccess(): Promise<void> {
    const uid = 'api::information-access.information-access';
    if (await this.strapi.documents(uid).findFirst({})) return;
    const { items, ...fields } = demoInformationAccess;
    await this.strapi.documents(uid).create({
      data: {
        ...fields,
        items: items.map((item) => ({
          item: item.item,
          documents: item.documents.map((slug) => this.ref('api::legal-document.legal-document', slug)),
          pages: item.pages.map((slug) => this.ref('api::page.page', slug)),
          articles: item.articles.map((slug) => this.ref('api::article.article', slug)),
        })),
      } as never,
    });
    this.count(uid);
  }

  private sections(sections: readonly DemoSection[]): Data[] {
    return sections.map((section): Data => {
      switch (section.kind) {
        case 'text':
          return { __component: 'sections.rich-text', body: paragraphsToBlocks(section.paragraphs) };
        case 'quote':
          return { __component: 'sections.quote', quote: section.quote, attribution: section.attribution };
        case 'table':
          return { __component: 'sections.table', caption: section.caption, rows: section.rows };
        case 'image':
          return { __component: 'sections.image', image: this.image(section.image), caption: section.image.caption };
        case 'document':
          return { __component: 'sections.document-card', document: this.ref('api::legal-document.legal-document', section.document) };
        case 'kpi-chart':
          return {
            __component: 'sections.kpi-chart',
            indicator: this.ref('api::indicator.indicator', section.indicator),
            title: section.title,
          };
      }
    });
  }

  private image(image: DemoImage): number {
    const id = this.images.get(image.file);
    if (id === undefined) throw new DemoSeedError(`illustration "${image.file}" was not uploaded`);
    return id;
  }

  /** documentId of a seeded entry; a reference to an unknown slug is a mistake in the demo data. */
  private ref(uid: CollectionUid, key: string | undefined): string | null {
    if (key === undefined) return null;
    const documentId = this.refs.get(uid)?.get(key);
    if (documentId === undefined) throw new DemoSeedError(`${uid} "${key}" is referenced before it exists`);
    return documentId;
  }

  private count(uid: string): void {
    this.created.set(uid, (this.created.get(uid) ?? 0) + 1);
  }

  /**
   * Finds the entry by its key (slug, unless `filters` says otherwise) among drafts and published versions alike, or
   * creates it — published where the type has draft & publish, unless it is a deliberate draft. Never updates.
   */
  private async ensure(uid: CollectionUid, key: string, data: () => Data, filters: Data = { slug: key }, draft = false): Promise<string> {
    const documents = this.strapi.documents(uid);
    const existing = await documents.findFirst({ filters } as never);
    let documentId = existing?.documentId;
    if (documentId === undefined) {
      const draftAndPublish = this.strapi.contentType(uid).options?.draftAndPublish === true;
      const status = draftAndPublish && !draft ? 'published' : undefined;
      const created = await documents.create({ data: data(), ...(status ? { status } : {}) } as never).catch((error: unknown) => {
        const details = (error as { details?: unknown }).details;
        const where = details === undefined ? '' : ` ${JSON.stringify(details)}`;
        throw new DemoSeedError(`could not create ${uid} "${key}": ${(error as Error).message}${where}`, error);
      });
      documentId = created.documentId;
      this.count(uid);
    }
    let byKey = this.refs.get(uid);
    if (!byKey) this.refs.set(uid, (byKey = new Map()));
    byKey.set(key, documentId);
    return documentId;
  }
}
