/**
 * iCalendar (RFC 5545) text, the one writer of the portal's calendar feeds: TEXT values escaped, content lines folded
 * at 75 octets, CRLF line ends. What goes into a calendar (the schedules' events) is the site's business.
 */

/**
 * Escapes a TEXT value: backslash, semicolon, comma and line breaks. Other control characters (pasted from a word
 * processor) are not allowed in TEXT at all and are dropped; a tab may stay.
 */
export function escapeICalendarText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000A-\u001F\u007F]/g, '');
}

/** Folds a content line to at most 75 octets per line (continuations start with a space), never splitting a character. */
export function foldICalendarLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; continuation lines hold 74 after their leading space.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** An iCalendar object from its unfolded content lines: each folded, CRLF after every line. */
export function toICalendar(lines: readonly string[]): string {
  return `${lines.map(foldICalendarLine).join('\r\n')}\r\n`;
}
