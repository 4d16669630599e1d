/**
 * One import run: read the NukeViet tables, map every row, and write what changed to the CMS (or, in a dry run,
 * only count what would be written). Each entry carries `legacyId` = `nukeviet:<unit>:<kind>:<id>` and a digest of
 * what was written; a second run skips entries whose digest is unchanged, and a run killed midway resumes because
 * entries are written in batches that the CMS commits whole or not at all, each entry under its legacyId.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { canonicalLegacyQueryPath, isLegacyQueryPath, slugify } from '@portal/shared-types';
import { articleStatus, calendarDate, idList, instant, linkedArticle, nfc, oldArticleUrls, oldCategoryUrls, oldLawUrls, oldModuleUrls, oldTagUrls, parseNumber, slugOfAlias, type OldUrlOptions } from './mapping.ts';
import { emptyReport, progress, type EntryType, type ImportReport } from './report.ts';
import { sanitizeBody } from './sanitize.ts';
import { htmlToSections, plainText, type Section } from './sections.ts';
import { readSource, type SourceOptions } from './source-reader.ts';
import { writeInBatches, type PendingWrite } from './batches.ts';
import { createBuildSlots } from '../../src/platform/build-slots.ts';
import { CmsWriter, type ExistingEntry } from './writer.ts';

export interface ImportOptions extends SourceOptions {
  unit: string;
  uploads: string | null;
  dryRun: boolean;
  cmsUrl: string;
  /** An admin session (JWT) of the CMS. */
  jwt: string;
  /** Kill the process (SIGKILL) after this many writes: the tests' way to stop a run midway. */
  stopAfter?: number;
  /** "Now" for statuses (seconds); tests pin it. */
  now?: number;
  /** Media uploads at a time. */
  concurrency?: number;
  /** Entries per write request (one CMS transaction each). */
  batchSize?: number;
  /** Filled with each step's wall time in seconds (the benchmark prints where the time goes). */
  timings?: Record<string, number>;
}

/** An old address and where it lives now; `fromPath` with a query string is for servers that match on it. */
export interface OldUrlRecord {
  fromPath: string;
  toPath: string;
  entryType: string;
  legacyId: string;
}

export interface ImportResult {
  report: ImportReport;
  oldUrls: OldUrlRecord[];
}

const entryTypeOf = (uid: string): EntryType =>
  uid.includes('legal-document') ? 'document' : uid.includes('category') ? 'category' : uid.includes('tag') ? 'tag' : 'article';
const digestOf = (value: unknown): string => crypto.createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 40);
const truncate = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export async function importNukeViet(options: ImportOptions): Promise<ImportResult> {
  const report = emptyReport(options.url.replace(/\/\/[^@/]*@/, '//***@'), options.unit, options.dryRun);
  const now = options.now ?? Math.floor(Date.now() / 1000);
  const urlOptions: OldUrlOptions = { lang: options.lang, newsModule: options.newsModule, lawsModule: options.lawsModule };
  let stepStarted = performance.now();
  /** Ends the current step under `name`. */
  const step = (name: string) => {
    const now = performance.now();
    if (options.timings) options.timings[name] = (now - stepStarted) / 1000;
    stepStarted = now;
  };
  const source = await readSource(options);
  step('read source');
  const cms = new CmsWriter(options.cmsUrl, options.jwt);
  const unit = await cms.unitBySlug(options.unit);
  if (unit === null) throw new Error(`No unit with slug "${options.unit}" in the CMS: create it first (Đơn vị), then import into it`);
  const sitePrefix = (unit.pathPrefix ?? '').replace(/\/+$/, '');
  const legacy = `nukeviet:${unit.slug}:`;
  const oldUrls: OldUrlRecord[] = [];
  const addUrls = (froms: string[], toPath: string, entryType: string, legacyId: string) => {
    for (const fromPath of froms) oldUrls.push({ fromPath, toPath: `${sitePrefix}${toPath}`, entryType, legacyId });
  };
  const count = (type: EntryType, what: 'created' | 'updated' | 'unchanged' | 'skipped') => (report.counts[type][what] += 1);
  const afterWrite = () => {
    if (options.stopAfter !== undefined && cms.writes >= options.stopAfter) process.kill(process.pid, 'SIGKILL');
  };

  const writeAll = (uid: string, items: PendingWrite[]) =>
    writeInBatches(cms, uid, unit.slug, items, {
      size: options.batchSize ?? 100,
      // Under the CMS's 1 MB limit for JSON bodies.
      maxBytes: 900_000,
      room: (inFlight) => (options.stopAfter === undefined ? Infinity : options.stopAfter - cms.writes - inFlight),
      afterBatch: afterWrite,
    });
  const refusedAs = (type: EntryType, legacyId: string) => (reason: string) => {
    report.skipped.push({ type, legacyId, reason });
    count(type, 'skipped');
  };

  /**
   * The write of one entry whose digest changed, for writeAll; null when unchanged or in a dry run (counted, not
   * written). `saved` gets its documentId (a placeholder in a dry run) once known; `complete` finishes its data just
   * before its batch is sent (uploads its media).
   */
  const upsert = (
    type: EntryType,
    existing: ExistingEntry | undefined,
    legacyId: string,
    data: Record<string, unknown>,
    digest: string,
    publish: boolean | null,
    saved: (documentId: string, slug: string | null) => void,
    complete?: () => Promise<Record<string, unknown>>,
  ): PendingWrite | null => {
    if (existing && existing.digest === digest) {
      count(type, 'unchanged');
      saved(existing.documentId, existing.slug);
      return null;
    }
    if (options.dryRun) {
      count(type, existing ? 'updated' : 'created');
      saved(existing?.documentId ?? `dry-run:${legacyId}`, existing?.slug ?? (data.slug as string) ?? null);
      // Counts the media it would upload.
      void complete?.().catch(() => undefined);
      return null;
    }
    const item: PendingWrite = {
      legacyId,
      ...(existing ? { documentId: existing.documentId } : {}),
      data: { ...data, importDigest: digest },
      publish,
      written: (entry) => {
        count(type, entry.outcome);
        saved(entry.documentId, entry.slug);
      },
      refused: refusedAs(type, legacyId),
    };
    if (complete) item.prepare = async () => void (item.data = { ...(await complete()), importDigest: digest });
    return item;
  };

  // ---- media: one asset per file content, found again by its name `nv-<sha>-<file>` ----
  const media = options.dryRun ? new Map<string, number>() : await cms.importedMedia();
  const uploading = new Map<string, Promise<number>>();
  const uploadSlots = createBuildSlots(options.concurrency ?? 4);
  const uploadSlot = async <T>(task: () => Promise<T>): Promise<T> => {
    const release = await uploadSlots.acquire();
    try {
      return await task();
    } finally {
      release();
    }
  };
  const hashes = new Map<string, string | null>();
  const localFile = (reference: string, module: string): string | null => {
    if (options.uploads === null) return null;
    let rel = reference.replace(/&amp;/g, '&').trim();
    try {
      rel = decodeURIComponent(new URL(rel, 'http://old-site.invalid/').pathname);
    } catch {
      return null;
    }
    const at = rel.indexOf('/uploads/');
    rel = at >= 0 ? rel.slice(at + '/uploads/'.length) : `${module}/${rel.replace(/^\/+/, '')}`;
    const file = path.resolve(options.uploads, rel);
    return file.startsWith(path.resolve(options.uploads) + path.sep) ? file : null;
  };
  const hashOf = (file: string): string | null => {
    if (!hashes.has(file)) hashes.set(file, fs.existsSync(file) && fs.statSync(file).isFile() ? crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex').slice(0, 16) : null);
    return hashes.get(file)!;
  };
  const mediaId = async (sha: string, file: string, alt: string): Promise<number> => {
    const known = media.get(sha);
    if (known !== undefined) return known;
    if (!uploading.has(sha)) {
      uploading.set(
        sha,
        (async () => {
          count('media', 'created');
          if (options.dryRun) return 0;
          const id = await uploadSlot(() => cms.upload(file, `nv-${sha}-${path.basename(file)}`, alt));
          media.set(sha, id);
          afterWrite();
          return id;
        })(),
      );
    }
    return uploading.get(sha)!;
  };

  step('list media');
  // ---- categories (parents first) ----
  const { news } = source;
  const existingCategories = await cms.existing('api::category.category', `${legacy}news-cat:`);
  const categorySlugs = new Set((await cms.list('api::category.category')).map((row) => row.slug));
  const categoryById = new Map(news.categories.map((row) => [Number(row.catid), row]));
  const depth = (row: any, seen = 0): number => (Number(row.parentid) > 0 && categoryById.has(Number(row.parentid)) && seen < 50 ? 1 + depth(categoryById.get(Number(row.parentid)), seen + 1) : 0);
  const categoryDone = new Map<number, { documentId: string; slug: string; alias: string }>();
  const freeSlug = (used: Set<string>, base: string, id: number): string => {
    for (const candidate of [base, `${base}-${id}`, `${base}-${options.unit}-${id}`]) if (candidate && !used.has(candidate)) return candidate;
    return `${base}-${options.unit}-${id}-${crypto.randomBytes(3).toString('hex')}`;
  };
  const categoryBar = progress('categories', news.categories.length);
  // Level by level, parents first: a category's parent is written (and has its documentId) before it.
  const levels = new Map<number, any[]>();
  for (const row of news.categories) levels.set(depth(row), [...(levels.get(depth(row)) ?? []), row]);
  for (const level of [...levels.keys()].sort((a, b) => a - b)) {
    const items: PendingWrite[] = [];
    for (const row of levels.get(level)!) {
      const catid = Number(row.catid);
      const legacyId = `${legacy}news-cat:${catid}`;
      const existing = existingCategories.get(legacyId);
      const alias = slugOfAlias(row.alias) || slugify(nfc(row.title));
      const slug = existing?.slug ?? freeSlug(categorySlugs, alias, catid);
      categorySlugs.add(slug);
      if (slug !== alias) report.slugChanges.push({ legacyId, alias, slug });
      const parent = categoryDone.get(Number(row.parentid));
      const data = { name: truncate(nfc(row.title), 120), slug, description: truncate(plainText(nfc(row.description)), 500) || null, order: Number(row.weight) || 0, parent: parent?.documentId ?? null, unit: unit.documentId };
      const digest = digestOf({ ...data, parent: parent ? `news-cat:${row.parentid}` : null, unit: unit.slug });
      const item = upsert('category', existing, legacyId, data, digest, null, (documentId) => categoryDone.set(catid, { documentId, slug, alias: String(row.alias) }));
      if (item) items.push(item);
      addUrls(oldCategoryUrls(urlOptions, String(row.alias)), `/chuyen-muc/${slug}/`, 'api::category.category', legacyId);
      categoryBar.tick();
    }
    await writeAll('api::category.category', items);
  }
  categoryBar.done();
  addUrls(oldModuleUrls(urlOptions, options.newsModule), '/tin-tuc/', 'module', `${legacy}news`);

  step('categories');
  // ---- tags: one platform-wide vocabulary, found by name ----
  const tags = new Map((await cms.list('api::tag.tag')).map((row) => [nfc(row.name), { documentId: row.documentId as string, slug: row.slug as string }]));
  const tagNames = new Set([...news.tagsOf.values()].flat().map(nfc).filter((name) => name !== ''));
  const newTags: PendingWrite[] = [];
  for (const name of tagNames) {
    if (tags.has(name)) {
      count('tag', 'unchanged');
      continue;
    }
    if (options.dryRun) {
      count('tag', 'created');
      tags.set(name, { documentId: `dry-run:tag:${name}`, slug: slugify(name) });
      continue;
    }
    // Tags have no legacyId: the name stands for it in the batch.
    newTags.push({
      legacyId: `${legacy}news-tag-name:${name}`,
      data: { name: truncate(name, 100) },
      publish: null,
      written: (saved) => {
        count('tag', 'created');
        tags.set(name, { documentId: saved.documentId, slug: saved.slug ?? slugify(name) });
      },
      refused: refusedAs('tag', `${legacy}news-tag-name:${name}`),
    });
  }
  await writeAll('api::tag.tag', newTags);
  // A NukeViet tag page is /news/tag/<alias>; its keyword names the tag here.
  for (const row of news.tags.values()) {
    const alias = String(row.alias);
    const keyword = news.tagKeyword.get(Number(row.tid));
    const tag = keyword === undefined ? undefined : tags.get(nfc(keyword));
    if (tag) addUrls(oldTagUrls(urlOptions, alias), `/the/${tag.slug}/`, 'api::tag.tag', `${legacy}news-tag:${row.tid}`);
  }

  step('tags');
  // ---- articles ----
  const existingArticles = await cms.existing('api::article.article', `${legacy}news:`);
  const articleSlugs = new Set((await cms.list('api::article.article')).map((row) => row.slug));
  for (const entry of existingArticles.values()) if (entry.slug) articleSlugs.delete(entry.slug);
  const articleSlug = new Map<number, { slug: string; alias: string }>();
  for (const row of news.rows) {
    const id = Number(row.id);
    const legacyId = `${legacy}news:${id}`;
    const alias = slugOfAlias(row.alias) || `bai-viet-${id}`;
    const existing = existingArticles.get(legacyId);
    const slug = existing?.slug && !articleSlugs.has(existing.slug) ? existing.slug : freeSlug(articleSlugs, alias, id);
    articleSlugs.add(slug);
    if (slug !== alias) report.slugChanges.push({ legacyId, alias, slug });
    articleSlug.set(id, { slug, alias: String(row.alias).toLowerCase() });
  }
  const featuredBlock = news.blocks.find((block) => block.adddefault === 1 || /tieu-diem|noi-bat|featured/.test(block.alias)) ?? news.blocks[0];
  const hotBlock = news.blocks.find((block) => block !== featuredBlock && /nong|hot/.test(block.alias));
  const articleBar = progress('articles', news.rows.length);
  const articleWrites: PendingWrite[] = [];
  for (const row of news.rows) {
    const id = Number(row.id);
    const legacyId = `${legacy}news:${id}`;
    let queued = false;
    try {
      const title = truncate(nfc(row.title), 300);
      if (title.length < 5) {
        report.skipped.push({ type: 'article', legacyId, reason: `title too short: ${JSON.stringify(title)}` });
        count('article', 'skipped');
        continue;
      }
      const categoryIds = [Number(row.catid), ...idList(row.listcatid)].filter((catid, index, all) => categoryDone.has(catid) && all.indexOf(catid) === index);
      const detail = news.details.get(id);
      const { html, removed } = sanitizeBody(String(detail?.bodyhtml ?? ''));
      if (removed.length > 0) {
        const tally: Record<string, number> = {};
        for (const item of removed) tally[item] = (tally[item] ?? 0) + 1;
        report.removedMarkup.push({ legacyId, removed: tally });
      }
      const mediaRefs: Array<{ sha: string; file: string; alt: string }> = [];
      const refMedia = (reference: string, alt: string): number | null => {
        const file = localFile(reference, options.newsModule);
        const sha = file ? hashOf(file) : null;
        if (!file || !sha) {
          report.missingFiles.push({ legacyId, file: reference });
          return null;
        }
        mediaRefs.push({ sha, file, alt });
        return mediaRefs.length - 1;
      };
      const sections: Section[] = htmlToSections(html, {
        image: ({ src, alt }) => refMedia(src, alt || title),
        link: (href) => {
          const target = linkedArticle(href, urlOptions);
          const known = target ? articleSlug.get(target.id) : undefined;
          return known && known.alias === target!.alias.toLowerCase() ? `/tin-tuc/${known.slug}/` : href;
        },
      });
      const coverFile = nfc(row.homeimgfile);
      const coverAlt = truncate(nfc(row.homeimgalt) || title, 300);
      const cover = coverFile === '' ? null : /^https?:\/\//i.test(coverFile) ? (report.missingFiles.push({ legacyId, file: `${coverFile} (external, not copied)` }), null) : refMedia(coverFile, coverAlt);
      const status = articleStatus(row, now);
      const source = news.sources.get(Number(row.sourceid));
      const authors = news.authorsOf.get(id) ?? [];
      const tagRefs = [...new Set((news.tagsOf.get(id) ?? []).map(nfc))].flatMap((name) => (tags.has(name) ? [name] : []));
      const data = {
        title,
        slug: articleSlug.get(id)!.slug,
        summary: truncate(plainText(nfc(row.hometext)), 1000) || null,
        date: instant(Number(row.publtime) || Number(row.addtime)) ?? instant(now),
        coverCaption: cover === null ? null : coverAlt,
        featured: featuredBlock?.ids.has(id) ?? false,
        hot: hotBlock?.ids.has(id) ?? false,
        author: truncate(nfc(authors.length > 0 ? authors.join(', ') : row.author), 200) || null,
        sourceName: truncate(nfc(source?.title ?? detail?.sourcetext ?? ''), 300) || null,
        sourceUrl: truncate(nfc(source?.link ?? ''), 500) || null,
        legacyViews: Number(row.hitstotal) || 0,
        legacyStatus: status,
        unit: unit.documentId,
      };
      const digest = digestOf({
        ...data,
        unit: unit.slug,
        cover: cover === null ? null : mediaRefs[cover]!.sha,
        categories: categoryIds,
        tags: tagRefs,
        sections: sections.map((section) => (section.__component === 'sections.image' ? { ...section, image: mediaRefs[section.image]!.sha } : section)),
      });
      const complete = async () => {
        // The media (uploaded once per file content) just before the article's batch is sent.
        const ids = await Promise.all(mediaRefs.map((ref) => mediaId(ref.sha, ref.file, ref.alt)));
        return {
          ...data,
          cover: cover === null ? null : ids[cover],
          category: categoryDone.get(categoryIds[0]!)?.documentId ?? null,
          otherCategories: categoryIds.slice(1).map((catid) => categoryDone.get(catid)!.documentId),
          tags: tagRefs.map((name) => tags.get(name)!.documentId),
          sections: sections.map((section) => (section.__component === 'sections.image' ? { ...section, image: ids[section.image] } : section)),
        };
      };
      const item = upsert('article', existingArticles.get(legacyId), legacyId, data, digest, status === 'published', () => undefined, complete);
      if (item) {
        // The bar counts articles written (or refused), not prepared.
        const { written, refused } = item;
        item.written = (saved) => (written(saved), articleBar.tick());
        item.refused = (reason) => (refused(reason), articleBar.tick());
        articleWrites.push(item);
        queued = true;
      }
      const aliases = categoryIds.map((catid) => categoryDone.get(catid)!.alias);
      addUrls(oldArticleUrls(urlOptions, aliases, String(row.alias), id), `/tin-tuc/${articleSlug.get(id)!.slug}/`, 'api::article.article', legacyId);
    } catch (error) {
      report.skipped.push({ type: 'article', legacyId, reason: error instanceof Error ? error.message : String(error) });
      count('article', 'skipped');
    } finally {
      if (!queued) articleBar.tick();
    }
  }
  step('articles: read and map');
  await writeAll('api::article.article', articleWrites);
  articleBar.done();
  step('articles: write (and upload media)');

  // ---- laws → documents (relations in a second pass, once every target exists) ----
  const laws = source.laws;
  if (laws !== null) {
    report.lawsModule = 'imported';
    addUrls(oldModuleUrls(urlOptions, options.lawsModule), '/van-ban/', 'module', `${legacy}laws`);
    const existingDocuments = await cms.existing('api::legal-document.legal-document', `${legacy}laws:`);
    const documentOf = new Map<number, { documentId: string; slug: string | null; digest: string; publish: boolean; relations: Array<{ kind: string; target: number }> }>();
    const lawBar = progress('laws', laws.rows.length);
    const lawWrites: PendingWrite[] = [];
    for (const row of laws.rows) {
      const id = Number(row.id);
      const legacyId = `${legacy}laws:${id}`;
      try {
        const rawNumber = truncate(nfc(row.code), 100);
        const parsed = parseNumber(rawNumber);
        if (!parsed.ok) report.unparsedNumbers.push({ legacyId, rawNumber, error: parsed.error });
        const issuedDate = calendarDate(Number(row.publtime));
        const startValid = calendarDate(Number(row.startvalid));
        const signer = laws.signers.get(Number(row.sgid));
        const fileRefs: Array<{ sha: string; file: string }> = [];
        for (const reference of String(row.files ?? '').split(',').map((part) => part.trim()).filter(Boolean)) {
          const file = localFile(reference, options.lawsModule);
          const sha = file ? hashOf(file) : null;
          if (file && sha) fileRefs.push({ sha, file });
          else report.missingFiles.push({ legacyId, file: reference });
        }
        const bodyHtml = sanitizeBody(String(row.bodytext ?? '')).html;
        const body = htmlToSections(bodyHtml, { image: () => null, link: (href) => href }).flatMap((section) => (section.__component === 'sections.rich-text' ? section.body : []));
        const data = {
          rawNumber,
          subject: truncate(nfc(row.title) || nfc(row.introtext), 1000),
          typeName: parsed.ok ? null : truncate(nfc(laws.categories.get(Number(row.cid))?.title ?? ''), 100) || null,
          issuerName: truncate(nfc(laws.subjects.get(Number(row.sid))?.title ?? ''), 300) || null,
          signer: signer ? truncate(nfc(signer.title), 150) : null,
          signerTitle: signer ? truncate(nfc(signer.positions), 200) || null : null,
          issuedDate,
          effectiveDate: startValid !== null && (issuedDate === null || startValid >= issuedDate) ? startValid : null,
          validity: Number(row.exptime) > 0 && Number(row.exptime) <= now ? 'not-in-force' : 'in-force',
          areas: (laws.areasOf.get(id) ?? []).flatMap((areaId) => (laws.areas.has(areaId) ? [nfc(laws.areas.get(areaId)!.title)] : [])),
          body: body.length > 0 ? body : null,
          unit: unit.documentId,
        };
        const relations = [
          ...idList(row.replacement).map((target) => ({ kind: 'replaces', target })),
          ...idList(row.relatement).map((target) => ({ kind: 'related', target })),
        ].filter((relation) => relation.target !== id && laws.rows.some((other) => Number(other.id) === relation.target));
        const fullDigest = digestOf({ ...data, unit: unit.slug, files: fileRefs.map((ref) => ref.sha), relations });
        // Without relations the first pass is the whole entry; with some it is marked partial until the second pass.
        const firstDigest = relations.length === 0 ? fullDigest : `partial:${fullDigest.slice(0, 30)}`;
        const stored = existingDocuments.get(legacyId);
        // Without a parsed number a document has no address on the site: it stays a draft until an editor corrects the
        // number (the report lists it) and publishes it.
        const publish = Number(row.status) === 1 && parsed.ok;
        const saved = (documentId: string, slug: string | null) => {
          documentOf.set(id, { documentId, slug, digest: stored?.digest === fullDigest ? 'done' : fullDigest, publish, relations });
          if (slug) addUrls(oldLawUrls(urlOptions, String(row.alias)), `/van-ban/${slug}/`, 'api::legal-document.legal-document', legacyId);
        };
        // A first pass already written (relations pending) counts as unchanged here.
        const existing = stored && stored.digest === fullDigest ? { ...stored, digest: firstDigest } : stored;
        const complete = async () => ({ ...data, files: await Promise.all(fileRefs.map((ref) => mediaId(ref.sha, ref.file, ''))) });
        const item = upsert('document', existing, legacyId, data, firstDigest, publish, saved, complete);
        if (item) {
          item.refused = async (reason) => {
            // The same number is already in the library (a central document both sites published): link, not copy.
            const found = /đã có trong thư viện/.test(reason) && parsed.ok
              ? await cms.list('api::legal-document.legal-document', `filters[$and][0][normalizedNumber][$eq]=${encodeURIComponent(parsed.value.normalized)}`)
              : [];
            if (found.length === 0) return refusedAs('document', legacyId)(reason);
            count('document', 'skipped');
            report.existingDocuments.push({ legacyId, rawNumber, documentId: found[0].documentId });
            documentOf.set(id, { documentId: found[0].documentId, slug: found[0].slug, digest: 'existing', publish, relations: [] });
            addUrls(oldLawUrls(urlOptions, String(row.alias)), `/van-ban/${found[0].slug}/`, 'api::legal-document.legal-document', legacyId);
          };
          lawWrites.push(item);
        }
      } catch (error) {
        report.skipped.push({ type: 'document', legacyId, reason: error instanceof Error ? error.message : String(error) });
        count('document', 'skipped');
      } finally {
        lawBar.tick();
      }
    }
    await writeAll('api::legal-document.legal-document', lawWrites);
    lawBar.done();
    const relationWrites: PendingWrite[] = [];
    for (const [id, entry] of documentOf) {
      if (entry.relations.length === 0 || entry.digest === 'done' || entry.digest === 'existing' || options.dryRun) continue;
      const relations = entry.relations.flatMap((relation) => {
        const target = documentOf.get(relation.target);
        return target ? [{ kind: relation.kind, target: target.documentId }] : [];
      });
      const legacyId = `${legacy}laws:${id}`;
      relationWrites.push({
        legacyId,
        documentId: entry.documentId,
        data: { relations, importDigest: entry.digest },
        publish: entry.publish,
        written: () => undefined,
        refused: (reason) => void report.skipped.push({ type: 'document', legacyId, reason: `relations not written: ${reason}` }),
      });
    }
    await writeAll('api::legal-document.legal-document', relationWrites);
  }

  oldUrls.sort((a, b) => (a.fromPath < b.fromPath ? -1 : a.fromPath > b.fromPath ? 1 : 0));
  report.oldUrls = oldUrls.length;
  // With issue 25's redirect records in the CMS, the old addresses join the site's redirect map (url-map.json, the
  // nginx include, _redirects): the path forms, and the query-string forms in their canonical form, which the static
  // server and nginx match by their routing parameters (issue 17).
  step('documents');
  if (await cms.hasRedirects()) {
    report.redirects.available = true;
    // Redirect records belong to a unit (its site's map): this unit's only.
    const stored = new Map(
      (await cms.list('api::redirect.redirect', `filters[unit][documentId][$eq]=${encodeURIComponent(unit.documentId)}`)).map((row) => [row.fromPath as string, row]),
    );
    const redirectWrites: PendingWrite[] = [];
    const queued = new Set<string>();
    for (const record of oldUrls) {
      const fromPath = isLegacyQueryPath(record.fromPath) ? canonicalLegacyQueryPath(record.fromPath) : record.fromPath;
      // A module or alias outside NukeViet's own characters makes no address a server could match: the JSON map keeps it.
      if (fromPath === null || queued.has(fromPath)) continue;
      queued.add(fromPath);
      // Records hold paths of the unit's own site (its build adds nothing: served on its hostname); the JSON map keeps
      // the platform's address with the unit's prefix.
      const toPath = sitePrefix !== '' && record.toPath.startsWith(`${sitePrefix}/`) ? record.toPath.slice(sitePrefix.length) : record.toPath;
      const existing = stored.get(fromPath);
      if (existing && existing.toPath === toPath) {
        report.redirects.unchanged += 1;
        continue;
      }
      if (options.dryRun) {
        report.redirects[existing ? 'updated' : 'created'] += 1;
        continue;
      }
      // Redirect records have no legacyId: the old address stands for it in the batch.
      const key = `${record.legacyId} ${fromPath}`;
      redirectWrites.push({
        legacyId: key,
        ...(existing ? { documentId: existing.documentId as string } : {}),
        data: { fromPath, toPath, reason: 'Nhập từ cổng NukeViet cũ', entryType: record.entryType, unit: unit.documentId },
        publish: null,
        written: (saved) => void (report.redirects[saved.outcome] += 1),
        refused: (reason) => void report.skipped.push({ type: entryTypeOf(record.entryType), legacyId: record.legacyId, reason: `redirect ${fromPath} not written: ${reason}` }),
      });
    }
    await writeAll('api::redirect.redirect', redirectWrites);
  }
  step('redirects');
  if (options.timings) options.timings['uploads (summed, overlapping)'] = cms.uploadSeconds;
  report.finishedAt = new Date().toISOString();
  return { report, oldUrls };
}
