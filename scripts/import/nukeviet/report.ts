/** The import's report: what was created, updated or left as it was, what was skipped and why, what was removed. */

export type EntryType = 'category' | 'article' | 'tag' | 'document' | 'media';

export interface ImportReport {
  source: string;
  unit: string;
  dryRun: boolean;
  startedAt: string;
  finishedAt?: string;
  counts: Record<EntryType, { created: number; updated: number; unchanged: number; skipped: number }>;
  skipped: Array<{ type: EntryType; legacyId: string; reason: string }>;
  unparsedNumbers: Array<{ legacyId: string; rawNumber: string; error: string }>;
  /** Numbers already in the library: the old row points at the existing document. */
  existingDocuments: Array<{ legacyId: string; rawNumber: string; documentId: string }>;
  missingFiles: Array<{ legacyId: string; file: string }>;
  removedMarkup: Array<{ legacyId: string; removed: Record<string, number> }>;
  slugChanges: Array<{ legacyId: string; alias: string; slug: string }>;
  oldUrls: number;
  /** Redirect records written to the CMS (when it has them): path forms and query-string forms alike. */
  redirects: { available: boolean; created: number; updated: number; unchanged: number };
  lawsModule: 'imported' | 'absent';
}

export function emptyReport(source: string, unit: string, dryRun: boolean): ImportReport {
  const zero = () => ({ created: 0, updated: 0, unchanged: 0, skipped: 0 });
  return {
    source,
    unit,
    dryRun,
    startedAt: new Date().toISOString(),
    counts: { category: zero(), article: zero(), tag: zero(), document: zero(), media: zero() },
    skipped: [],
    unparsedNumbers: [],
    existingDocuments: [],
    missingFiles: [],
    removedMarkup: [],
    slugChanges: [],
    oldUrls: 0,
    redirects: { available: false, created: 0, updated: 0, unchanged: 0 },
    lawsModule: 'absent',
  };
}

/** A short human summary (English: the importer is an operator's tool). */
export function formatReport(report: ImportReport): string {
  const lines = [`NukeViet import into unit "${report.unit}"${report.dryRun ? ' (dry run: nothing written)' : ''}`];
  for (const [type, count] of Object.entries(report.counts)) {
    lines.push(`  ${type.padEnd(9)} created ${count.created}, updated ${count.updated}, unchanged ${count.unchanged}, skipped ${count.skipped}`);
  }
  lines.push(`  laws module: ${report.lawsModule}; old URLs mapped: ${report.oldUrls}`);
  if (report.redirects.available) lines.push(`  redirect records: created ${report.redirects.created}, updated ${report.redirects.updated}, unchanged ${report.redirects.unchanged}`);
  for (const skip of report.skipped) lines.push(`  skipped ${skip.type} ${skip.legacyId}: ${skip.reason}`);
  for (const row of report.unparsedNumbers) lines.push(`  unparsed number ${JSON.stringify(row.rawNumber)} (${row.legacyId}, kept as a draft): ${row.error}`);
  for (const row of report.existingDocuments) lines.push(`  ${row.rawNumber} (${row.legacyId}) is already in the library: linked, not copied`);
  for (const row of report.missingFiles) lines.push(`  missing file ${row.file} (${row.legacyId})`);
  for (const row of report.removedMarkup) lines.push(`  removed from ${row.legacyId}: ${Object.entries(row.removed).map(([k, n]) => `${k} ×${n}`).join(', ')}`);
  return lines.join('\n');
}

/** A progress bar on a terminal; nothing when the output is a file or a pipe. */
export function progress(label: string, total: number): { tick(): void; done(): void } {
  const tty = process.stderr.isTTY === true;
  let count = 0;
  const draw = () => {
    const width = 30;
    const filled = total === 0 ? width : Math.round((count / total) * width);
    process.stderr.write(`\r${label.padEnd(10)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${count}/${total}`);
  };
  return {
    tick() {
      count += 1;
      if (tty && (count % 10 === 0 || count === total)) draw();
    },
    done() {
      if (tty) {
        draw();
        process.stderr.write('\n');
      }
    },
  };
}
