import type { Core } from '@strapi/strapi';
import { formatVietnamDateTime } from './day';
import { ERROR_CODES, fieldError, MESSAGES, type FieldError } from './messages';
import { findPublishedArticle, findPublishedDocument } from './targets';
import { plainLine, plainText, textLength } from './text';

export const FEEDBACK = 'api::feedback.feedback';

/** Fields POST /api/public/feedback accepts; `website` is the honeypot, `returnTo` the no-JS form's page. */
export const FEEDBACK_FIELDS = ['targetType', 'target', 'authorName', 'email', 'content', 'section', 'website', 'returnTo'] as const;

export const LIMITS = {
  name: { min: 2, max: 150 },
  email: { max: 200 },
  content: { min: 10, max: 4000 },
  section: { max: 200 },
} as const;

// The WHATWG form-validation e-mail pattern (what Strapi's email type accepts), with a dot required in the domain.
export const EMAIL =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/;

export interface FeedbackSubmission {
  targetType: 'article' | 'document';
  target: string;
  authorName: string;
  email: string;
  content: string;
  /** Section of a draft commented on ("Phần II, mục 3"); null for articles and general comments. */
  section: string | null;
}

/** Checks the form fields (not the target yet); returns the cleaned values or every error found. */
export function validateFeedbackFields(fields: Record<string, string>): { value?: FeedbackSubmission; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const targetType = fields.targetType?.trim();
  if (targetType !== 'article' && targetType !== 'document') {
    errors.push(fieldError('targetType', ERROR_CODES.targetType, MESSAGES.targetTypeInvalid));
  }
  const target = (fields.target ?? '').trim();
  if (target === '') errors.push(fieldError('target', ERROR_CODES.targetMissing, MESSAGES.targetMissing));

  const authorName = plainLine(fields.authorName ?? '');
  if (authorName === '') errors.push(fieldError('authorName', ERROR_CODES.nameRequired, MESSAGES.nameRequired));
  else if (textLength(authorName) < LIMITS.name.min || textLength(authorName) > LIMITS.name.max) {
    errors.push(fieldError('authorName', ERROR_CODES.nameLength, MESSAGES.nameLength(LIMITS.name.min, LIMITS.name.max)));
  }

  const email = plainLine(fields.email ?? '');
  if (email === '') errors.push(fieldError('email', ERROR_CODES.emailRequired, MESSAGES.emailRequired));
  else if (email.length > LIMITS.email.max) errors.push(fieldError('email', ERROR_CODES.emailInvalid, MESSAGES.emailLength(LIMITS.email.max)));
  else if (!EMAIL.test(email)) errors.push(fieldError('email', ERROR_CODES.emailInvalid, MESSAGES.emailInvalid));

  const content = plainText(fields.content ?? '');
  if (content === '') errors.push(fieldError('content', ERROR_CODES.contentRequired, MESSAGES.contentRequired));
  else if (textLength(content) < LIMITS.content.min || textLength(content) > LIMITS.content.max) {
    errors.push(fieldError('content', ERROR_CODES.contentLength, MESSAGES.contentLength(LIMITS.content.min, LIMITS.content.max)));
  }

  const section = targetType === 'document' ? plainLine(fields.section ?? '') : '';
  if (textLength(section) > LIMITS.section.max) {
    errors.push(fieldError('section', ERROR_CODES.sectionLength, MESSAGES.sectionLength(LIMITS.section.max)));
  }

  if (errors.length > 0) return { errors };
  return {
    errors,
    value: { targetType: targetType as 'article' | 'document', target, authorName, email, content, section: section || null },
  };
}

export type ResolvedTarget = { targetType: 'article'; documentId: string } | { targetType: 'document'; documentId: string };

/** The published article, or the published draft document whose comment period is open now. */
export async function resolveFeedbackTarget(
  strapi: Core.Strapi,
  submission: FeedbackSubmission,
  now: Date = new Date(),
): Promise<{ target?: ResolvedTarget; errors: FieldError[] }> {
  if (submission.targetType === 'article') {
    const article = await findPublishedArticle(strapi, submission.target);
    if (!article) return { errors: [fieldError('target', ERROR_CODES.notFound, MESSAGES.articleNotFound)] };
    return { target: { targetType: 'article', documentId: article.documentId }, errors: [] };
  }
  const document = await findPublishedDocument(strapi, submission.target);
  if (!document) return { errors: [fieldError('target', ERROR_CODES.notFound, MESSAGES.documentNotFound)] };
  if (document.validity !== 'draft-for-comment') {
    return { errors: [fieldError('target', ERROR_CODES.notForComment, MESSAGES.notForComment)] };
  }
  // An unset bound leaves that side of the period open.
  const opens = document.commentOpensAt ? new Date(document.commentOpensAt) : null;
  const closes = document.commentClosesAt ? new Date(document.commentClosesAt) : null;
  if (opens && now < opens) {
    return { errors: [fieldError('target', ERROR_CODES.periodNotOpen, MESSAGES.periodNotOpen(formatVietnamDateTime(opens)))] };
  }
  if (closes && now > closes) {
    return { errors: [fieldError('target', ERROR_CODES.periodClosed, MESSAGES.periodClosed(formatVietnamDateTime(closes)))] };
  }
  return { target: { targetType: 'document', documentId: document.documentId }, errors: [] };
}

/*
 * The feedback type has no field for the section of a draft. Until it does, the section is kept as the first line of
 * the content ("Mục góp ý: …" and a blank line), which editors read in the admin and the CSV export splits off again.
 */
const SECTION_PREFIX = 'Mục góp ý: ';

function hasSectionField(strapi: Core.Strapi): boolean {
  return 'section' in (strapi.contentType(FEEDBACK).attributes ?? {});
}

export function splitSection(content: string): { section: string | null; content: string } {
  if (!content.startsWith(SECTION_PREFIX)) return { section: null, content };
  const end = content.indexOf('\n\n');
  if (end < 0) return { section: null, content };
  return { section: content.slice(SECTION_PREFIX.length, end), content: content.slice(end + 2) };
}

/** Stores the submission as a pending entry through the Document Service; moderation and reply are never taken from input. */
export async function storeFeedback(
  strapi: Core.Strapi,
  submission: FeedbackSubmission,
  target: ResolvedTarget,
  fingerprint: string,
): Promise<void> {
  const withSectionField = hasSectionField(strapi);
  const content =
    submission.section && !withSectionField ? `${SECTION_PREFIX}${submission.section}\n\n${submission.content}` : submission.content;
  const data: Record<string, unknown> = {
    targetType: target.targetType,
    authorName: submission.authorName,
    email: submission.email,
    content,
    moderation: 'pending',
    clientFingerprint: fingerprint,
    [target.targetType]: target.documentId,
  };
  if (withSectionField) data.section = submission.section;
  // Feedback belongs to the unit of the article or document it is about: that unit's moderators handle it.
  const targetUid = target.targetType === 'article' ? 'api::article.article' : 'api::legal-document.legal-document';
  const owner = await strapi.db.query(targetUid).findOne({ where: { documentId: target.documentId }, select: ['unitDocumentId'] });
  if (owner?.unitDocumentId) data.unit = owner.unitDocumentId;
  await strapi.documents(FEEDBACK).create({ data: data as never });
}

export interface PublicFeedbackEntry {
  id: number;
  documentId: string;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  targetType: string;
  authorName: string;
  content: string;
  section: string | null;
  moderation: 'approved';
  reply: string | null;
  /** The article or draft document commented on. */
  target: { type: 'article' | 'document'; documentId: string; slug: string } | null;
}

interface StoredFeedback {
  id: number;
  documentId: string;
  createdAt: string;
  updatedAt: string;
  publishedAt?: string | null;
  targetType: string;
  authorName: string;
  content: string;
  section?: string | null;
  reply: string | null;
  article?: { documentId: string; slug: string } | null;
  document?: { documentId: string; slug: string } | null;
}

function toPublic(entry: StoredFeedback): PublicFeedbackEntry {
  const split = entry.section !== undefined ? { section: entry.section ?? null, content: entry.content } : splitSection(entry.content);
  const related = entry.article ? { type: 'article' as const, ...entry.article } : entry.document ? { type: 'document' as const, ...entry.document } : null;
  return {
    id: entry.id,
    documentId: entry.documentId,
    createdAt: entry.createdAt,
    updatedAt: entry.updatedAt,
    publishedAt: entry.publishedAt ?? null,
    targetType: entry.targetType,
    authorName: entry.authorName,
    content: split.content,
    section: split.section,
    moderation: 'approved',
    reply: entry.reply ?? null,
    target: related ? { type: related.type, documentId: related.documentId, slug: related.slug } : null,
  };
}

export interface FeedbackPage {
  data: PublicFeedbackEntry[];
  meta: { pagination: { page: number; pageSize: number; pageCount: number; total: number } };
}

/**
 * Approved feedback, oldest first: on one target (`{ targetType, documentId }`) or on everything. Only public fields
 * are selected, so e-mail and fingerprint never leave the database.
 */
export async function listApprovedFeedback(
  strapi: Core.Strapi,
  options: { target?: ResolvedTarget; page: number; pageSize: number },
): Promise<FeedbackPage> {
  const filters: Record<string, unknown> = { moderation: 'approved' };
  if (options.target) filters[options.target.targetType] = { documentId: options.target.documentId };
  const fields = ['targetType', 'authorName', 'content', 'reply', 'createdAt', 'updatedAt', 'publishedAt'];
  if (hasSectionField(strapi)) fields.push('section');
  const documents = strapi.documents(FEEDBACK);
  const [entries, total] = await Promise.all([
    documents.findMany({
      filters,
      fields: fields as never,
      populate: { article: { fields: ['slug'] }, document: { fields: ['slug'] } } as never,
      sort: ['createdAt:asc', 'id:asc'] as never,
      start: (options.page - 1) * options.pageSize,
      limit: options.pageSize,
      status: 'published',
    }),
    documents.count({ filters, status: 'published' } as never),
  ]);
  return {
    data: (entries as unknown as StoredFeedback[]).map(toPublic),
    meta: {
      pagination: { page: options.page, pageSize: options.pageSize, pageCount: Math.ceil(total / options.pageSize), total },
    },
  };
}

