import type { Core } from '@strapi/strapi';
import { FEEDBACK_MODERATION_LABELS, toCsv } from '@portal/shared-types';
import { formatVietnamDateTime } from './day';
import { FEEDBACK, splitSection } from './feedback';
import { isTargetKey, LEGAL_DOCUMENT } from './targets';

const NO_SECTION = '(Góp ý chung)';
const HEADER = ['Mục', 'Họ và tên', 'Email', 'Nội dung', 'Trạng thái', 'Trả lời', 'Thời gian gửi'];

interface ExportEntry {
  authorName: string;
  email: string;
  content: string;
  section?: string | null;
  moderation: keyof typeof FEEDBACK_MODERATION_LABELS;
  reply: string | null;
  createdAt: string;
}

/** The draft (any version, drafts included: editors may export before publishing) by slug or documentId. */
async function findDocument(strapi: Core.Strapi, key: string): Promise<{ documentId: string; slug: string } | null> {
  if (!isTargetKey(key)) return null;
  const found = await strapi.documents(LEGAL_DOCUMENT).findFirst({ filters: { $or: [{ slug: key }, { documentId: key }] }, fields: ['slug'] });
  return found ? { documentId: found.documentId, slug: String((found as Record<string, unknown>).slug) } : null;
}

/**
 * Every comment on a document (all moderation states) as CSV, grouped by section in the order sections were first
 * commented on, comments without a section last; within a section, oldest first.
 */
export async function exportDocumentFeedback(strapi: Core.Strapi, key: string): Promise<{ filename: string; csv: string } | null> {
  const document = await findDocument(strapi, key);
  if (!document) return null;
  const entries = (await strapi.documents(FEEDBACK).findMany({
    filters: { document: { documentId: document.documentId } } as never,
    sort: ['createdAt:asc', 'id:asc'] as never,
    status: 'published',
  })) as unknown as ExportEntry[];

  const groups = new Map<string, string[][]>();
  for (const entry of entries) {
    const split = entry.section !== undefined ? { section: entry.section ?? null, content: entry.content } : splitSection(entry.content);
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
  // Visitors' words reach the file: text a spreadsheet would evaluate stays text.
  return { filename: `gop-y-${document.slug}.csv`, csv: toCsv(HEADER, rows, { guardFormulas: true }) };
}
