import type { Core, UID } from '@strapi/strapi';
import type { FieldProblems } from '../field-errors';
import type { Row } from '../stored-values';

/** Derived values to write for one stored version: on the entry and on its component rows. */
export interface DerivedValues {
  entry: Row;
  /** Component rows to update: the entry attribute holding them, their component UID and row id. */
  components: Array<{ attribute: string; uid: UID.Component; id: number; data: Row }>;
}

export interface RuleContext {
  strapi: Core.Strapi;
  uid: UID.ContentType;
  documentId: string;
  problems: FieldProblems;
}

/**
 * The server-side rules of one content type. Input checks run on what the writer sends, before anything is stored;
 * `derive` runs on each stored version inside the save's transaction, reports problems (which roll the save back)
 * and returns the derived values to store.
 */
export interface ContentRule {
  uid: UID.ContentType;
  /** Attributes computed by the CMS, dropped from any input: they are never typed. */
  derivedAttributes: readonly string[];
  /** Derived attributes of components, by the entry attribute holding the (repeatable) component. */
  derivedComponentAttributes?: Readonly<Record<string, readonly string[]>>;
  /** What `derive` needs populated on the stored version (database-layer populate). */
  populate: Record<string, unknown>;
  /** Checks (and may normalise) the input data before it is stored. */
  checkInput?(data: Row, problems: FieldProblems): void;
  derive(version: Row, context: RuleContext): Promise<DerivedValues> | DerivedValues;
}

export const noDerivedValues = (): DerivedValues => ({ entry: {}, components: [] });
