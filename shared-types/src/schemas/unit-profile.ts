/** Hồ sơ địa phương (single type): the commune's or province's history and boundary map (Nghị định 224/2026). */

import { z } from 'zod';
import { mediaSchema, requiredTextSchema, strapiEntryFields } from './common.js';

export const unitProfileSchema = z.object({
  ...strapiEntryFields,
  /** Plain text, paragraphs separated by a blank line. */
  history: requiredTextSchema,
  /** The uploaded GeoJSON boundary, drawn by boundaryMapSvg at build time. */
  boundary: mediaSchema.nullable(),
  /** Text description of the boundary (required by the CMS when a boundary is uploaded). */
  boundaryDescription: z.string().nullable(),
});
export type UnitProfile = z.infer<typeof unitProfileSchema>;
