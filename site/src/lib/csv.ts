/** RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote or line break. */

export type CsvCell = string | number | boolean | null | undefined;

function cell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A CSV file with a header row. Starts with a UTF-8 byte order mark so that spreadsheet programs read Vietnamese
 * letters correctly; numbers use a "." decimal point (machine-readable), unlike the vi-VN text of the pages.
 */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvCell[]>): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
