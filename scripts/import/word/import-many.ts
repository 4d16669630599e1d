/**
 * Files and folders → one import each, with a progress bar on a terminal and a report at the end (created, updated,
 * refused and why). A folder contributes its files (sorted; Word's "~$" lock files and hidden files left out).
 */
import fs from 'node:fs';
import path from 'node:path';
import { importWordFile, type WordImportOptions, type WordImportResult } from './import-word.ts';

export function expandInputs(inputs: string[]): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    const stat = fs.statSync(input);
    if (!stat.isDirectory()) {
      files.push(input);
      continue;
    }
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
        if (entry.name.startsWith('.') || entry.name.startsWith('~$')) continue;
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.isFile()) files.push(full);
      }
    };
    walk(input);
  }
  return files;
}

export interface ProgressSink {
  isTTY?: boolean;
  write(text: string): unknown;
}

function progressLine(done: number, total: number, current: string): string {
  const width = 24;
  const filled = total === 0 ? width : Math.round((done / total) * width);
  return `\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total} ${current}`.slice(0, 120).padEnd(120);
}

export async function importMany(
  inputs: string[],
  options: WordImportOptions,
  progress: ProgressSink = process.stderr,
): Promise<WordImportResult[]> {
  const files = expandInputs(inputs);
  const results: WordImportResult[] = [];
  for (const [index, file] of files.entries()) {
    if (progress.isTTY) progress.write(progressLine(index, files.length, path.basename(file)));
    results.push(await importWordFile(file, options));
  }
  if (progress.isTTY) progress.write(`${progressLine(files.length, files.length, '')}\n`);
  return results;
}

/** The end-of-run report, in the editor's language. */
export function formatReport(results: WordImportResult[]): string {
  const count = (outcome: WordImportResult['outcome']) => results.filter((result) => result.outcome === outcome).length;
  const lines = [`Đã tạo ${count('created')}, cập nhật ${count('updated')}, từ chối ${count('refused')} tệp.`];
  for (const result of results) {
    if (result.outcome === 'refused') lines.push(`  ✗ ${result.file}: ${result.reason}`);
    else {
      const verb = result.outcome === 'created' ? 'tạo bản nháp' : 'cập nhật bản nháp';
      lines.push(`  ✓ ${result.file}: ${verb} "${result.title}" (${result.documentId})`);
      for (const warning of result.warnings) lines.push(`      ! ${warning}`);
    }
  }
  return lines.join('\n');
}
