/**
 * Old bodies are untrusted HTML: sanitize-html keeps the structure an article needs (paragraphs, headings, lists,
 * tables, images, links) and drops scripts, event handlers, javascript: URLs, inline styles and unknown tags. What
 * was removed is counted first, from the parsed original, so the report can say so.
 */
import { parseDocument } from 'htmlparser2';
import sanitizeHtml from 'sanitize-html';

const ALLOWED_TAGS = [
  'p', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b', 'em', 'i', 'u', 's', 'strike', 'del', 'sub', 'sup',
  'a', 'ul', 'ol', 'li', 'blockquote', 'pre', 'code', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption',
  'img', 'figure', 'figcaption', 'div', 'span', 'hr',
];
const ALLOWED_ATTRIBUTES: Record<string, string[]> = { a: ['href', 'title'], img: ['src', 'alt', 'title'], td: ['colspan', 'rowspan'], th: ['colspan', 'rowspan'] };
/** Tags whose content goes with them (the text of a script is not article text). */
const DROPPED_WITH_CONTENT = ['script', 'style', 'iframe', 'object', 'embed', 'noscript', 'textarea', 'select', 'option', 'form', 'svg', 'math'];
const SCHEMES = ['http', 'https', 'mailto', 'tel'];

export interface SanitizedHtml {
  html: string;
  /** What was taken out, e.g. "tag <script>", "attribute onclick", "attribute style", "javascript: URL". */
  removed: string[];
}

function walk(nodes: any[], visit: (node: any) => void): void {
  for (const node of nodes) {
    visit(node);
    if (node.children) walk(node.children, visit);
  }
}

export function sanitizeBody(html: string): SanitizedHtml {
  const removed: string[] = [];
  walk(parseDocument(html).children, (node) => {
    if (node.type === 'script' || node.type === 'style' || node.type === 'tag') {
      const name = String(node.name).toLowerCase();
      if (!ALLOWED_TAGS.includes(name)) removed.push(`tag <${name}>`);
      for (const [attribute, value] of Object.entries<string>(node.attribs ?? {})) {
        const key = attribute.toLowerCase();
        if (/^\s*(javascript|vbscript|data):/i.test(value) && (key === 'href' || key === 'src')) removed.push(`${value.trim().split(':')[0]!.toLowerCase()}: URL`);
        else if (!(ALLOWED_ATTRIBUTES[name] ?? []).includes(key)) removed.push(`attribute ${key.startsWith('on') ? key : key === 'style' ? 'style' : key}`);
      }
    }
  });
  const clean = sanitizeHtml(html.normalize('NFC'), {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: ALLOWED_ATTRIBUTES,
    allowedSchemes: SCHEMES,
    allowedSchemesAppliedToAttributes: ['href', 'src'],
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    nonTextTags: DROPPED_WITH_CONTENT,
  });
  // Attributes the sanitiser keeps on allowed tags (width/height/target…) are harmless but not kept: not worth a line each.
  return { html: clean, removed: removed.filter((entry) => !/^attribute (width|height|target|class|id|border|align|valign|cellpadding|cellspacing|rel|lang|dir)$/.test(entry)) };
}
