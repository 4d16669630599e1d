/**
 * The wire format of the CMS's legacy-import route (POST /api/editor/import-batch): what import:nukeviet sends and
 * what the CMS answers, typed once for both sides.
 */

/**
 * One entry of a batch: created when `documentId` is absent, else that entry (of the same legacyId) is updated.
 * `publish`: true publishes the written version, false leaves a draft (and unpublishes a published entry), null for
 * types without drafts.
 */
export interface ImportBatchEntry {
  legacyId: string;
  documentId?: string;
  data: Record<string, unknown>;
  publish: boolean | null;
}

/** One written entry of a batch, in the batch's order. */
export interface ImportBatchWritten {
  legacyId: string;
  documentId: string;
  id: number;
  slug: string | null;
  outcome: 'created' | 'updated';
}
