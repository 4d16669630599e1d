/**
 * Ý kiến bạn đọc / góp ý dự thảo: reader feedback on an article or comments on a draft document.
 * The e-mail address and client fingerprint are never public: publicFeedbackSchema fails if the API leaks them.
 */

import { z } from 'zod';
import { articleBaseSchema } from './article.js';
import { labelledEnum, requiredTextSchema, strapiEntryFields } from './common.js';
import { documentBaseSchema } from './document.js';

export const FEEDBACK_TARGET_LABELS = {
  article: 'Bài viết',
  document: 'Dự thảo văn bản',
  general: 'Góp ý chung',
} as const;
export const feedbackTargetSchema = labelledEnum(FEEDBACK_TARGET_LABELS);

/** Named `moderation` because Strapi 5 reserves the attribute name `status`. */
export const FEEDBACK_MODERATION_LABELS = {
  pending: 'Chờ duyệt',
  approved: 'Đã duyệt',
  rejected: 'Từ chối',
} as const;
export const feedbackModerationSchema = labelledEnum(FEEDBACK_MODERATION_LABELS);
export type FeedbackModeration = z.infer<typeof feedbackModerationSchema>;

// Plain fields only: spreading an object evaluates its getters, and relations must stay lazy (module cycles).
const publicFeedbackFields = {
  ...strapiEntryFields,
  /** What the feedback is about. */
  targetType: feedbackTargetSchema,
  /** Sender's name as entered. */
  authorName: requiredTextSchema,
  /** The comment. */
  content: requiredTextSchema,
  /** Moderation state; only approved feedback is published. */
  moderation: feedbackModerationSchema,
  /** Editorial reply shown under the comment. */
  reply: z.string().nullable(),
};

/** Feedback as the CMS stores it (admin side, custom routes). */
export const feedbackSchema = z.object({
  ...publicFeedbackFields,
  /** Article commented on when targetType is 'article'; absent when not populated. */
  get article() {
    return articleBaseSchema.nullable().optional();
  },
  /** Draft document commented on when targetType is 'document'; absent when not populated. */
  get document() {
    return documentBaseSchema.nullable().optional();
  },
  /** Sender's e-mail (never public). */
  email: z.email('Địa chỉ email không hợp lệ.'),
  /** Hash of the client fingerprint for rate limiting and spam control (never public). */
  clientFingerprint: z.string().min(16),
});
export type Feedback = z.infer<typeof feedbackSchema>;

const mustNotBePublic = z.never({ error: 'Trường này không được công khai qua API.' }).optional();

/** Feedback as the public API returns it: approved only, and without private fields. */
export const publicFeedbackSchema = z.object({
  ...publicFeedbackFields,
  /** Article commented on when targetType is 'article'; absent when not populated. */
  get article() {
    return articleBaseSchema.nullable().optional();
  },
  /** Draft document commented on when targetType is 'document'; absent when not populated. */
  get document() {
    return documentBaseSchema.nullable().optional();
  },
  moderation: z.literal('approved', { error: 'Chỉ ý kiến đã duyệt mới được công khai.' }),
  email: mustNotBePublic,
  clientFingerprint: mustNotBePublic,
});
export type PublicFeedback = z.infer<typeof publicFeedbackSchema>;
