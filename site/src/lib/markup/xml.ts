/**
 * Characters XML 1.0 forbids even as character references: C0 controls other than tab, line feed and carriage return,
 * lone surrogates, U+FFFE and U+FFFF. One of them in a title pasted from a word processor would make the whole feed
 * ill-formed, so readers would reject it.
 */
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escaping for XML text and attribute values (RSS); characters XML cannot carry are dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(XML_INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
