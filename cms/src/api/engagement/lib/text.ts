/**
 * Visitors' text is stored as plain text: Unicode NFC, without control, zero-width or bidirectional-override
 * characters (which can hide or reorder text in the admin and on the site). Markup is not removed: it is shown as the
 * characters typed, because the site and the admin escape text.
 */

// C0 controls except tab and newline, DEL, C1 controls, zero-width and BOM, bidi embeddings/overrides/isolates.
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

/** Multi-line text (a comment): newlines kept, at most one blank line in a row, trimmed. */
export function plainText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(INVISIBLE, '')
    .replace(/\t/g, ' ')
    .replace(/[ \u00A0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** One-line text (a name, a section title): all whitespace runs become one space. */
export function plainLine(raw: string): string {
  return plainText(raw).replace(/\s+/g, ' ');
}

/** Length as a person counts it (code points, not UTF-16 units). */
export function textLength(text: string): number {
  return [...text].length;
}
