/**
 * Sends an import's writes in batches (one CMS request and one transaction each) instead of one request per entry:
 * the CMS's per-request and per-transaction cost was the import's ceiling (≈ 7 articles/s, BENCHMARKS.md). While a
 * batch is being written, the next one is prepared (its media uploaded), so the two overlap.
 */
import type { ImportBatchEntry, ImportBatchWritten } from '@portal/shared-types';
import { BatchRefused, type CmsWriter } from './writer.ts';

export interface PendingWrite extends ImportBatchEntry {
  /** Completes `data` (uploads the entry's media); a throw refuses the entry alone. */
  prepare?: () => Promise<void>;
  written(saved: ImportBatchWritten): void;
  /** The CMS refused the entry, or its preparation failed: nothing of it was written. */
  refused(reason: string): void | Promise<void>;
}

export interface BatchOptions {
  /** Entries per request. */
  size: number;
  /** The JSON body's limit (the CMS accepts 1 MB). */
  maxBytes: number;
  /** How many more entries may be sent now, given those in flight (the --stop-after test hook); Infinity otherwise. */
  room(inFlight: number): number;
  /** After each batch is written (the --stop-after test hook). */
  afterBatch(): void;
}

const bytesOf = (item: ImportBatchEntry): number => Buffer.byteLength(JSON.stringify({ legacyId: item.legacyId, documentId: item.documentId, data: item.data, publish: item.publish }));

/** Writes the items of one type; a refused entry is reported and the rest of its batch sent again without it. */
export async function writeInBatches(cms: CmsWriter, uid: string, unit: string, items: PendingWrite[], options: BatchOptions): Promise<void> {
  let next = 0;
  let inFlight = 0;
  let sending: Promise<void> = Promise.resolve();

  const send = async (batch: PendingWrite[]): Promise<void> => {
    let rest = batch;
    while (rest.length > 0) {
      try {
        const saved = await cms.batch(uid, unit, rest.map(({ legacyId, documentId, data, publish }) => ({ legacyId, ...(documentId ? { documentId } : {}), data, publish })));
        saved.forEach((entry, index) => rest[index]!.written(entry));
        rest = [];
      } catch (error) {
        // A refusal of the batch as a whole (no permission for the unit, a CMS without the route) stops the import.
        const culprit = error instanceof BatchRefused && error.legacyId !== null ? rest.find((item) => item.legacyId === error.legacyId) : undefined;
        if (!culprit) throw error;
        await culprit.refused((error as Error).message);
        rest = rest.filter((item) => item !== culprit);
      }
    }
  };

  while (next < items.length) {
    // Entries up to the batch size, the byte limit and the room left.
    const room = Math.max(1, Math.min(options.size, options.room(inFlight)));
    const chunk = items.slice(next, next + room);
    next += chunk.length;
    const ready: PendingWrite[] = [];
    await Promise.all(
      chunk.map(async (item) => {
        try {
          await item.prepare?.();
          ready.push(item);
        } catch (error) {
          await item.refused(error instanceof Error ? error.message : String(error));
        }
      }),
    );
    ready.sort((a, b) => chunk.indexOf(a) - chunk.indexOf(b));
    const batches: PendingWrite[][] = [];
    let bytes = 0;
    for (const item of ready) {
      const size = bytesOf(item);
      if (batches.length === 0 || bytes + size > options.maxBytes) {
        batches.push([]);
        bytes = 0;
      }
      batches.at(-1)!.push(item);
      bytes += size;
    }
    await sending;
    inFlight = ready.length;
    sending = (async () => {
      for (const batch of batches) {
        await send(batch);
        options.afterBatch();
      }
      inFlight = 0;
    })();
    // Awaited before the next batch or at the end; until then a failure must not count as unhandled.
    sending.catch(() => undefined);
  }
  await sending;
}
