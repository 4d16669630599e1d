/**
 * Build-time helpers of the public participation features: shaping the CMS's approved feedback and rating
 * aggregates into collection entries, and the comment period of a draft document.
 */

import { type Document, publicFeedbackSchema } from '@portal/shared-types';
import { z } from 'astro/zod';

/** One approved feedback as the site stores it (never the e-mail address). */
export const feedbackEntrySchema = z.object({
  targetType: z.enum(['article', 'document']),
  /** documentId of the article or document commented on. */
  targetId: z.string().min(1),
  authorName: z.string(),
  content: z.string(),
  /** Part of a draft commented on, when given. */
  section: z.string().nullable(),
  reply: z.string().nullable(),
  createdAt: z.string(),
});
export type FeedbackEntry = z.infer<typeof feedbackEntrySchema>;

/** Rating aggregate of one article. */
export const ratingEntrySchema = z.object({
  /** documentId of the article. */
  article: z.string().min(1),
  average: z.number().min(1).max(5).nullable(),
  votes: z.number().int().min(0),
});
export type RatingEntry = z.infer<typeof ratingEntrySchema>;

const feedbackExtrasSchema = z.object({
  section: z.string().nullable().optional(),
  target: z.object({ type: z.enum(['article', 'document']), documentId: z.string().min(1) }),
});

/** Shapes one item of GET /api/public/feedback; throws when it fails publicFeedbackSchema (e.g. leaks an e-mail). */
export function toFeedbackEntry(item: unknown): { id: string; data: FeedbackEntry } {
  // `section` and `target` are stripped by the shared schema: read them first.
  const extras = feedbackExtrasSchema.parse(item);
  const feedback = publicFeedbackSchema.parse(item);
  return {
    id: feedback.documentId,
    data: {
      targetType: extras.target.type,
      targetId: extras.target.documentId,
      authorName: feedback.authorName,
      content: feedback.content,
      section: extras.section ?? null,
      reply: feedback.reply,
      createdAt: feedback.createdAt,
    },
  };
}

/** Shapes one item of GET /api/public/ratings. */
export function toRatingEntry(item: unknown): { id: string; data: RatingEntry } {
  const rating = ratingEntrySchema.parse(item);
  return { id: rating.article, data: rating };
}

/** Approved feedback of one target, oldest first. */
export function feedbackOf(entries: readonly FeedbackEntry[], targetType: FeedbackEntry['targetType'], targetId: string): FeedbackEntry[] {
  return entries
    .filter((entry) => entry.targetType === targetType && entry.targetId === targetId)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

export type CommentPeriod =
  | { state: 'none' }
  | { state: 'upcoming' | 'open' | 'closed'; opensAt: string | null; closesAt: string | null };

/** Whether a document takes comments at `now` (build time): only drafts for comment; an unset bound is open. */
export function commentPeriodOf(
  document: Pick<Document, 'validity' | 'commentOpensAt' | 'commentClosesAt'>,
  now: Date,
): CommentPeriod {
  if (document.validity !== 'draft-for-comment') return { state: 'none' };
  const opensAt = document.commentOpensAt ?? null;
  const closesAt = document.commentClosesAt ?? null;
  const time = now.getTime();
  if (opensAt !== null && time < Date.parse(opensAt)) return { state: 'upcoming', opensAt, closesAt };
  if (closesAt !== null && time > Date.parse(closesAt)) return { state: 'closed', opensAt, closesAt };
  return { state: 'open', opensAt, closesAt };
}

/** Error codes the CMS puts in `?loi=` when it sends a no-JS form back (engagement README); one message each. */
export const FORM_ERROR_CODES = [
  'doi-tuong-khong-hop-le',
  'thieu-doi-tuong',
  'khong-tim-thay',
  'khong-lay-y-kien',
  'chua-den-thoi-gian-gop-y',
  'het-thoi-gian-gop-y',
  'thieu-ho-ten',
  'ho-ten-do-dai',
  'thieu-email',
  'email-khong-hop-le',
  'thieu-noi-dung',
  'noi-dung-do-dai',
  'muc-do-dai',
  'gia-tri-khong-hop-le',
  'truong-khong-hop-le',
  'diem-khong-hop-le',
  'da-danh-gia',
] as const;
export type FormErrorCode = (typeof FORM_ERROR_CODES)[number];

/** Average and vote count of an article, zero votes when it was never rated. */
export function ratingOf(ratings: ReadonlyMap<string, RatingEntry>, articleId: string): { average: number | null; votes: number } {
  const rating = ratings.get(articleId);
  return rating === undefined ? { average: null, votes: 0 } : { average: rating.average, votes: rating.votes };
}
