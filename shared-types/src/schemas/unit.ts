/**
 * Đơn vị: one site of the platform (issue 16), as the public API returns it with its settings populated. The units
 * collection of a site build is platform-wide on purpose: the directory of units, the archive banner's successor
 * links, the former-name lookup and the platform-wide search need every unit.
 */

import { z } from 'zod';
import { isoDateSchema, labelledEnum, linkSchema, mediaSchema, slugSchema, strapiEntryFields } from './common.js';
import { organisationBaseSchema } from './organisation.js';
import { homeSectionSchema } from './site-settings.js';
import { UNIT_KIND_LABELS, UNIT_STATUS_LABELS } from '../units.js';

export const unitKindSchema = labelledEnum(UNIT_KIND_LABELS);
export const unitStateSchema = labelledEnum(UNIT_STATUS_LABELS);

const unitScalarFields = {
  ...strapiEntryFields,
  /** Full name, e.g. "Đảng ủy xã Bình Sơn". */
  name: z.string().trim().min(1),
  /** Short name, e.g. "Xã Bình Sơn". */
  shortName: z.string().nullable().optional(),
  /** Unit slug: PORTAL_UNIT of its build. */
  slug: slugSchema,
  /** What kind of unit it is. */
  kind: unitKindSchema,
  /** Hostname of its own site, e.g. "binhson.quangngai.gov.vn". */
  hostname: z.string().nullable().optional(),
  /** Path prefix of its site on the platform's host, e.g. "/xa/binh-son/". */
  pathPrefix: z.string().nullable().optional(),
  /** Active, or archived (dissolved). */
  state: unitStateSchema,
  /** Day it was dissolved (archived units). */
  dissolvedOn: isoDateSchema.nullable().optional(),
  /** Decision that dissolved it, e.g. "Nghị quyết số 1656/NQ-UBTVQH15". */
  dissolutionDecision: z.string().nullable().optional(),
};

/** A unit as it appears when populated inside another entry (parent, successors, an article's unit). */
export const unitBaseSchema = z.object(unitScalarFields);
export type UnitBase = z.infer<typeof unitBaseSchema>;

const emptyList = <Item extends z.ZodType>(item: Item) =>
  z
    .array(item)
    .nullable()
    .optional()
    .transform((items) => items ?? []);

export const unitSchema = z.object({
  ...unitScalarFields,
  /** Superior unit; absent when not populated. */
  get parent() {
    return unitBaseSchema.nullable().optional();
  },
  /** Units that took over an archived unit's work. */
  get successors() {
    return emptyList(unitBaseSchema);
  },
  /** The organisation it publishes for; absent when not populated. */
  get organisation() {
    return organisationBaseSchema.nullable().optional();
  },
  // Site settings of the unit; each empty one falls back to the site-setting single type.
  portalName: z.string().nullable().optional(),
  ownerName: z.string().nullable().optional(),
  editorInChiefName: z.string().nullable().optional(),
  editorInChiefTitle: z.string().nullable().optional(),
  licence: z.string().nullable().optional(),
  phone: z.string().nullable().optional(),
  email: z.string().nullable().optional(),
  address: z.string().nullable().optional(),
  archiveNotice: z.string().nullable().optional(),
  logo: mediaSchema.nullable().optional(),
  linkedWebsites: emptyList(linkSchema),
  socialLinks: emptyList(linkSchema),
  homeSections: emptyList(homeSectionSchema),
});
export type Unit = z.infer<typeof unitSchema>;
