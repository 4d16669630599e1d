/**
 * RFC 4180 CSV, the one writer of the portal (the site's open data, the CMS's feedback export): CRLF line ends,
 * fields quoted when they hold a comma, quote or line break, and a UTF-8 byte order mark so that spreadsheet programs
 * read Vietnamese letters correctly. Numbers use a "." decimal point (machine-readable), unlike the vi-VN page text.
 */

export type CsvCell = string | number | boolean | null | undefined;

export interface CsvOptions {
  /**
   * Text starting with = + - @ (or a tab or CR) makes spreadsheets evaluate the cell; with this set, such text gets a
   * leading apostrophe that keeps it text. Needed wherever visitors' words reach the file.
   */
  guardFormulas?: boolean;
}

function cell(value: CsvCell, options: CsvOptions): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : String(value);
  if (options.guardFormulas && typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV file with a header row. */
export function toCsv(header: readonly CsvCell[], rows: ReadonlyArray<readonly CsvCell[]>, options: CsvOptions = {}): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map((value) => cell(value, options)).join(',')).join('\r\n')}\r\n`;
}
