import type { DownloadKind } from '@portal/shared-types';
import { newDocumentId, type Knex } from './sql';

/**
 * The download counters' table: one aggregate row per file and Vietnamese day, added to by a single
 * INSERT … ON CONFLICT DO UPDATE (atomic on SQLite and PostgreSQL). Written directly by each download, or in batches
 * from the Redis buffer when clustered (view-buffer.ts).
 */
export const FILE_DOWNLOADS = 'engagement_file_downloads';
const ROWS_PER_STATEMENT = 500;

export interface DownloadRow {
  kind: DownloadKind;
  entry: string;
  file: string;
  /** documentId of the entry's unit, or null. */
  unit: string | null;
  day: string;
  downloads: number;
}

export async function addDownloads(db: Knex, rows: readonly DownloadRow[], now: Date = new Date()): Promise<void> {
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
    await db.raw(
      `INSERT INTO ${FILE_DOWNLOADS} (document_id, entry_kind, entry_key, file_key, unit_key, day, downloads, created_at, updated_at, published_at)
       VALUES ${chunk.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}
       ON CONFLICT (entry_kind, entry_key, file_key, day)
       DO UPDATE SET downloads = ${FILE_DOWNLOADS}.downloads + excluded.downloads, updated_at = excluded.updated_at`,
      chunk.flatMap((row) => [newDocumentId(), row.kind, row.entry, row.file, row.unit, row.day, row.downloads, now, now, now]),
    );
  }
}
