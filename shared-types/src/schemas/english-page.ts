/** Trang tiếng Anh (single type): the unit's organisation, functions, leaders and contacts in English, at /en/. */

import { z } from 'zod';
import { requiredTextSchema, strapiEntryFields, strapiIdSchema } from './common.js';

/** Component `english.leader`. */
export const englishLeaderSchema = z.object({
  id: strapiIdSchema,
  name: requiredTextSchema,
  position: requiredTextSchema,
  phone: z.string().nullable(),
  email: z.string().nullable(),
});
export type EnglishLeader = z.infer<typeof englishLeaderSchema>;

export const englishPageSchema = z.object({
  ...strapiEntryFields,
  /** The unit's name in English, the page title, e.g. "Binh Son District People's Committee". */
  unitName: requiredTextSchema,
  /** Meta and Open Graph description, in English. */
  description: requiredTextSchema,
  /** Plain text, paragraphs separated by a blank line. */
  organisation: requiredTextSchema,
  functions: requiredTextSchema,
  leaders: z.array(englishLeaderSchema),
  address: requiredTextSchema,
  phone: requiredTextSchema,
  email: requiredTextSchema,
});
export type EnglishPage = z.infer<typeof englishPageSchema>;

/** Paragraphs of a plain-text field: split on blank lines, trimmed, empty ones dropped. */
export function textParagraphs(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
}
