/**
 * Components of the `sections` dynamic zone that makes up the body of articles and pages. Each item carries
 * `__component: '<category>.<name>'` and its component `id`.
 */

import { z } from 'zod';
import { blocksSchema } from './blocks.js';
import { mediaListSchema, mediaSchema, requiredTextSchema, strapiIdSchema } from './common.js';
import { indicatorBaseSchema } from './indicator.js';
import { documentBaseSchema } from './refs/document.js';

/** `sections.rich-text`: a run of formatted text. */
export const richTextSectionSchema = z.object({
  __component: z.literal('sections.rich-text'),
  /** Component id. */
  id: strapiIdSchema,
  /** Formatted text (Strapi blocks). */
  body: blocksSchema,
});

/** `sections.quote`: a pull quote. */
export const quoteSectionSchema = z.object({
  __component: z.literal('sections.quote'),
  /** Component id. */
  id: strapiIdSchema,
  /** Quoted text. */
  quote: requiredTextSchema,
  /** Who said or wrote it. */
  attribution: z.string().nullable(),
});

/** `sections.image`: one image with a caption. */
export const imageSectionSchema = z.object({
  __component: z.literal('sections.image'),
  /** Component id. */
  id: strapiIdSchema,
  /** The image (its alternativeText is the alt text). */
  image: mediaSchema,
  /** Caption under the image, e.g. "Ảnh minh họa". */
  caption: z.string().nullable(),
});

/** `sections.table`: a data table stored as JSON; the first row is the header row. */
export const tableSectionSchema = z.object({
  __component: z.literal('sections.table'),
  /** Component id. */
  id: strapiIdSchema,
  /** Table caption. */
  caption: z.string().nullable(),
  /** Cells row by row (Strapi `json` attribute holding string[][]). */
  rows: z.array(z.array(z.string())),
});

/** `sections.gallery`: several images. */
export const gallerySectionSchema = z.object({
  __component: z.literal('sections.gallery'),
  /** Component id. */
  id: strapiIdSchema,
  /** Images in display order (multiple media; null from Strapi becomes []). */
  images: mediaListSchema,
  /** Caption for the whole gallery. */
  caption: z.string().nullable(),
});

/** `sections.document-card`: a card linking to a document of the library. */
export const documentCardSectionSchema = z.object({
  __component: z.literal('sections.document-card'),
  /** Component id. */
  id: strapiIdSchema,
  /** The document; null when it was deleted, absent when not populated. */
  get document() {
    return documentBaseSchema.nullable().optional();
  },
});

/** `sections.kpi-chart`: an embedded chart of one indicator's values. */
export const kpiChartSectionSchema = z.object({
  __component: z.literal('sections.kpi-chart'),
  /** Component id. */
  id: strapiIdSchema,
  /** Indicator to chart; null when deleted, absent when not populated. */
  get indicator() {
    return indicatorBaseSchema.nullable().optional();
  },
  /** Chart title; the indicator name is used when null. */
  title: z.string().nullable(),
});

/** One item of a `sections` dynamic zone. Unknown components are rejected, so a new component fails loudly. */
export const sectionSchema = z.discriminatedUnion('__component', [
  richTextSectionSchema,
  quoteSectionSchema,
  imageSectionSchema,
  tableSectionSchema,
  gallerySectionSchema,
  documentCardSectionSchema,
  kpiChartSectionSchema,
]);
export type Section = z.infer<typeof sectionSchema>;
export type SectionComponentName = Section['__component'];

/** The component names a `sections` dynamic zone may hold (for the CMS schema.json `components` list). */
export const SECTION_COMPONENTS: readonly SectionComponentName[] = [
  'sections.rich-text',
  'sections.quote',
  'sections.image',
  'sections.table',
  'sections.gallery',
  'sections.document-card',
  'sections.kpi-chart',
];
