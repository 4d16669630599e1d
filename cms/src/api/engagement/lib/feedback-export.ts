import type { Core } from '@strapi/strapi';
import { FEEDBACK_MODERATION_LABELS, toCsv } from '@portal/shared-types';
import writeExcelFile from 'write-excel-file/node';
import type { ReadQuery } from './admin-auth';
import { formatVietnamDateTime, vietnamDay } from './day';
import { FEEDBACK, splitSection } from './feedback';
import { isTargetKey, LEGAL_DOCUMENT } from './targets';

/** Narrows a query to what the signed-in admin user may read of a type (readableQuery); null when nothing. */
export type Confine = (model: string, query: ReadQuery) => Promise<ReadQuery | null>;

export interface ExportedFile {
  filename: string;
  type: string;
  body: string | Buffer;
}

const NO_SECTION = '(Góp ý chung)';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADER = ['Mục', 'Họ và tên', 'Email', 'Nội dung', 'Trạng thái', 'Trả lời', 'Thời gian gửi'];
const LIST_HEADER = ['Loại', 'Về', 'Họ và tên', 'Email', 'Nội dung', 'Trạng thái', 'Trả lời', 'Thời gian gửi'];
const TARGET_LABELS: Record<string, string> = { article: 'Bài viết', document: 'Dự thảo văn bản', general: 'Góp ý chung' };

interface ExportEntry {
  authorName: string;
  email: string;
  content: string;
  section?: string | null;
  moderation: keyof typeof FEEDBACK_MODERATION_LABELS;
  reply: string | null;
  createdAt: string;
  targetType?: string;
  article?: { title?: string | null } | null;
  document?: { rawNumber?: string | null; subject?: string | null } | null;
}

/**
 * The draft (any version, drafts included: editors may export before publishing) by slug or documentId, among those
 * the user may read; a moderator, who reads no documents, finds any, their comments being confined on their own.
 */
async function findDocument(strapi: Core.Strapi, key: string, confine: Confine): Promise<{ documentId: string; slug: string } | null> {
  if (!isTargetKey(key)) return null;
  const byKey = { $or: [{ slug: key }, { documentId: key }] };
  const readable = await confine(LEGAL_DOCUMENT, {});
  const found = await strapi.documents(LEGAL_DOCUMENT).findFirst({ filters: within(byKey, readable) as never, fields: ['slug'] });
  return found ? { documentId: found.documentId, slug: String((found as Record<string, unknown>).slug) } : null;
}

/**
 * Our own filter and the user's confinement, both applied. Ours stays out of the permission checker, whose sanitizer
 * drops filters on relations the user may not read (a moderator reads no documents): dropped, it would widen the export.
 */
const within = (filters: Record<string, unknown>, readable: ReadQuery | null) =>
  readable?.filters ? { $and: [filters, readable.filters] } : filters;

/** The content and section of an entry, whether the section has its own field or leads the content. */
const sectionOf = (entry: ExportEntry) =>
  entry.section !== undefined ? { section: entry.section ?? null, content: entry.content } : splitSection(entry.content);

async function spreadsheet(header: string[], rows: string[][], name: string, format: 'csv' | 'xlsx'): Promise<ExportedFile> {
  if (format === 'xlsx') {
    // Every cell is written as a string cell, never a formula: visitors' words cannot run in Excel.
    const body = await writeExcelFile([header.map((value) => ({ value, fontWeight: 'bold' as const })), ...rows]).toBuffer();
    return { filename: `${name}.xlsx`, type: XLSX_TYPE, body };
  }
  // Visitors' words reach the file: text a spreadsheet would evaluate stays text.
  return { filename: `${name}.csv`, type: 'text/csv; charset=utf-8', body: toCsv(header, rows, { guardFormulas: true }) };
}

/**
 * Every comment on a document (all moderation states) as CSV, grouped by section in the order sections were first
 * commented on, comments without a section last; within a section, oldest first.
 */
export async function exportDocumentFeedback(
  strapi: Core.Strapi,
  key: string,
  format: 'csv' | 'xlsx',
  confine: Confine,
): Promise<ExportedFile | null> {
  const document = await findDocument(strapi, key, confine);
  if (!document) return null;
  const readable = await confine(FEEDBACK, {});
  if (!readable) return null;
  const entries = (await strapi.documents(FEEDBACK).findMany({
    filters: within({ document: { documentId: document.documentId } }, readable) as never,
    sort: ['createdAt:asc', 'id:asc'] as never,
    status: 'published',
  })) as unknown as ExportEntry[];

  const groups = new Map<string, string[][]>();
  for (const entry of entries) {
    const split = sectionOf(entry);
    const section = split.section ?? NO_SECTION;
    const row = [
      section,
      entry.authorName,
      entry.email,
      split.content,
      FEEDBACK_MODERATION_LABELS[entry.moderation] ?? entry.moderation,
      entry.reply ?? '',
      formatVietnamDateTime(new Date(entry.createdAt)),
    ];
    groups.set(section, [...(groups.get(section) ?? []), row]);
  }
  const general = groups.get(NO_SECTION) ?? [];
  groups.delete(NO_SECTION);
  const rows = [...[...groups.values()].flat(), ...general];
  return spreadsheet(HEADER, rows, `gop-y-${document.slug}`, format);
}

function aboutOf(entry: ExportEntry, section: string | null): string {
  const about =
    entry.targetType === 'article'
      ? (entry.article?.title ?? '')
      : entry.targetType === 'document'
        ? [entry.document?.rawNumber, entry.document?.subject].filter(Boolean).join(' – ')
        : '';
  return section ? `${about} (${section})` : about;
}

/**
 * The feedback list as the editor sees it in the admin: the list view's filters, search and sort (the content
 * manager's query syntax), confined like the list itself to what they may read (their units' entries); newest first
 * unless the list is sorted otherwise. Null when they may not read feedback.
 */
export async function exportFeedbackList(strapi: Core.Strapi, query: ReadQuery, format: 'csv' | 'xlsx', confine: Confine): Promise<ExportedFile | null> {
  const readable = await confine(FEEDBACK, { filters: query.filters, _q: query._q, sort: query.sort ?? 'createdAt:desc' });
  if (!readable) return null;
  const entries = (await strapi.documents(FEEDBACK).findMany({
    filters: readable.filters as never,
    ...(readable._q ? { _q: readable._q } : {}),
    sort: readable.sort as never,
    populate: { article: { fields: ['title'] }, document: { fields: ['rawNumber', 'subject'] } } as never,
  })) as unknown as ExportEntry[];
  const rows = entries.map((entry) => {
    const split = sectionOf(entry);
    return [
      TARGET_LABELS[entry.targetType ?? ''] ?? entry.targetType ?? '',
      aboutOf(entry, split.section),
      entry.authorName,
      entry.email,
      split.content,
      FEEDBACK_MODERATION_LABELS[entry.moderation] ?? entry.moderation,
      entry.reply ?? '',
      formatVietnamDateTime(new Date(entry.createdAt)),
    ];
  });
  return spreadsheet(LIST_HEADER, rows, `y-kien-ban-doc-${vietnamDay()}`, format);
}
