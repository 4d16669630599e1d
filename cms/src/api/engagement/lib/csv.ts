/** RFC 4180 CSV for spreadsheets, safe against formula injection (visitors' text must never run in Excel). */

function cell(value: string): string {
  // A leading = + - @ (or tab/CR) makes spreadsheets evaluate the cell; an apostrophe keeps it text.
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV with CRLF line ends and a UTF-8 byte-order mark, so Excel reads Vietnamese correctly. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
