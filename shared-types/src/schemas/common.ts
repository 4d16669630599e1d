/**
 * Building blocks shared by the content-type schemas: Strapi 5 entry fields, media, the REST envelopes and small
 * reusable components. Objects strip keys they do not know (zod's default), so Strapi may add fields freely.
 *
 * Convention (see README.md): media fields, components and dynamic zones are always present (the loader populates
 * them); relations to other content types are optional because they appear only when populated.
 */

import { z } from 'zod';

/** Numeric database id of an entry or component. */
export const strapiIdSchema = z.number().int().positive();
/** Strapi 5 document id (stable across draft/published versions and locales). */
export const documentIdSchema = z.string().min(1);
/** ISO 8601 date-time with a zone, e.g. "2021-04-28T10:20:00.000Z" (Strapi `datetime`). */
export const isoDateTimeSchema = z.iso.datetime({ offset: true });
/** ISO calendar date "YYYY-MM-DD" (Strapi `date`). */
export const isoDateSchema = z.iso.date();
/** Lower-case ASCII slug "dang-bo-huyen-binh-son", as produced by slugify(). */
export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Slug chỉ gồm chữ thường không dấu, chữ số và dấu “-”.');
/** Non-empty text (required Strapi string). */
export const requiredTextSchema = z.string().trim().min(1, 'Không được để trống.');
/**
 * Wall-clock time "HH:mm". A Strapi `time` attribute returns "HH:mm:ss.SSS", which is accepted and cut to "HH:mm", so
 * the CMS may use either a `time` attribute or a string with this pattern.
 */
export const timeOfDaySchema = z
  .string()
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,3})?)?$/, 'Giờ phải có dạng HH:mm, ví dụ 07:30.')
  .transform((value) => value.slice(0, 5));

/** Fields every Strapi 5 entry carries in REST responses. */
export const strapiEntryFields = {
  /** Database id (differs between the draft and the published version). */
  id: strapiIdSchema,
  /** Stable document id; use it for links between entries and for incremental sync. */
  documentId: documentIdSchema,
  /** When the entry was created. */
  createdAt: isoDateTimeSchema,
  /** When the entry was last changed; drives incremental loading. */
  updatedAt: isoDateTimeSchema,
  /** When it was published; null for drafts and for types without draft & publish. */
  publishedAt: isoDateTimeSchema.nullable(),
};

/** One derived size of an image (thumbnail, small, medium, large). */
export const mediaFormatSchema = z.object({
  /** URL of this size (relative to the CMS unless an upload provider makes it absolute). */
  url: z.string().min(1),
  /** Width in pixels. */
  width: z.number().nullable(),
  /** Height in pixels. */
  height: z.number().nullable(),
  /** MIME type, e.g. "image/webp". */
  mime: z.string(),
  /** Size in KB. */
  size: z.number(),
  /** File name. */
  name: z.string(),
});
export type MediaFormat = z.infer<typeof mediaFormatSchema>;

/** A file from the media library (image, PDF, DOCX…), as Strapi returns a populated media field. */
export const mediaSchema = z.object({
  /** Database id of the file. */
  id: strapiIdSchema,
  /** Document id of the file. */
  documentId: documentIdSchema,
  /** URL of the original file. */
  url: z.string().min(1),
  /** Alternative text for images (required by editors for cover images). */
  alternativeText: z.string().nullable(),
  /** Caption stored with the file. */
  caption: z.string().nullable(),
  /** Width in pixels (images only). */
  width: z.number().nullable(),
  /** Height in pixels (images only). */
  height: z.number().nullable(),
  /** MIME type, e.g. "image/jpeg", "application/pdf". */
  mime: z.string(),
  /** Size in KB. */
  size: z.number().nonnegative(),
  /** Original file name. */
  name: z.string(),
  /** Derived image sizes keyed by format name; absent or null for non-images. */
  formats: z.record(z.string(), mediaFormatSchema).nullable().optional(),
});
export type Media = z.infer<typeof mediaSchema>;

/** A multiple-media field: Strapi returns null when it holds no file; normalised here to an empty array. */
export const mediaListSchema = z
  .array(mediaSchema)
  .nullable()
  .transform((files) => files ?? []);

/** Pagination block of a list response (page-based pagination). */
export const paginationSchema = z.object({
  /** Current page, from 1. */
  page: z.number().int().positive(),
  /** Entries per page. */
  pageSize: z.number().int().positive(),
  /** Number of pages (0 when there are no entries). */
  pageCount: z.number().int().nonnegative(),
  /** Number of entries in all pages. */
  total: z.number().int().nonnegative(),
});
export type Pagination = z.infer<typeof paginationSchema>;

/** `{ data: item[], meta: { pagination } }` as returned by `GET /api/<plural>`. */
export function strapiListResponse<Item extends z.ZodType>(itemSchema: Item) {
  return z.object({
    data: z.array(itemSchema),
    meta: z.object({ pagination: paginationSchema }),
  });
}

/**
 * A list page read by keyset (`filters[id][$gt]=…&pagination[withCount]=false`): `{ data, meta: { pagination } }`
 * with the page size the server applied but no total, which Strapi does not count then.
 */
export function strapiKeysetListResponse<Item extends z.ZodType>(itemSchema: Item) {
  return z.object({
    data: z.array(itemSchema),
    meta: z.object({ pagination: z.object({ pageSize: z.number().int().positive() }) }),
  });
}

/** `{ data: item, meta: {} }` as returned by `GET /api/<plural>/<documentId>` and by single types. */
export function strapiSingleResponse<Item extends z.ZodType>(itemSchema: Item) {
  return z.object({
    data: itemSchema,
    meta: z.record(z.string(), z.unknown()),
  });
}

/** Error body of a failed REST call: `{ data: null, error: { status, name, message, details } }`. */
export const strapiErrorResponseSchema = z.object({
  data: z.null(),
  error: z.object({
    /** HTTP status. */
    status: z.number().int(),
    /** Error class, e.g. "ValidationError", "NotFoundError". */
    name: z.string(),
    /** Human-readable message. */
    message: z.string(),
    /** Extra details (validation errors…). */
    details: z.unknown().optional(),
  }),
});
export type StrapiErrorResponse = z.infer<typeof strapiErrorResponseSchema>;

/** Component `shared.seo`. */
export const seoSchema = z.object({
  /** Component id. */
  id: strapiIdSchema,
  /** Title for search engines and social cards (≤ 60 characters advised). */
  metaTitle: requiredTextSchema,
  /** Description for search engines and social cards (≤ 160 characters advised). */
  metaDescription: requiredTextSchema,
  /** Image for social cards; the cover image is used when absent. */
  shareImage: mediaSchema.nullable().optional(),
});
export type Seo = z.infer<typeof seoSchema>;

/** Component `shared.link`: a labelled link (linked websites, social accounts, menus). */
export const linkSchema = z.object({
  /** Component id. */
  id: strapiIdSchema,
  /** Text shown, e.g. "Cổng thông tin điện tử tỉnh Quảng Ngãi". */
  label: requiredTextSchema,
  /** Absolute URL or site path. */
  url: z.string().min(1),
});
export type Link = z.infer<typeof linkSchema>;

/** Builds a z.enum with the Vietnamese labels of its values kept next to it. */
export function labelledEnum<const Value extends string>(labels: Readonly<Record<Value, string>>) {
  const values = Object.keys(labels) as [Value, ...Value[]];
  return z.enum(values);
}
