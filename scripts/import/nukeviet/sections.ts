/**
 * Turns sanitised article HTML into the article's sections (the `sections` dynamic zone): runs of text become one
 * rich-text section (Strapi blocks), each image an image section, each table a table section. Images and links go
 * through callbacks, so uploading and URL rewriting stay in the caller.
 */
import { parseDocument } from 'htmlparser2';

type Mark = 'bold' | 'italic' | 'underline' | 'strikethrough' | 'code';
interface TextNode { type: 'text'; text: string; bold?: true; italic?: true; underline?: true; strikethrough?: true; code?: true }
interface LinkNode { type: 'link'; url: string; children: TextNode[] }
type Inline = TextNode | LinkNode;
type Block =
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; children: Inline[] }
  | { type: 'quote'; children: Inline[] }
  | { type: 'code'; children: Inline[] }
  | { type: 'list'; format: 'ordered' | 'unordered'; children: Array<{ type: 'list-item'; children: Inline[] }> };

/** An image met in the body: the caller returns the media id (uploaded once) or null when the file is missing. */
export interface ImageRef { src: string; alt: string }
export interface SectionCallbacks {
  image(ref: ImageRef): number | null;
  link(href: string): string;
}

export type Section =
  | { __component: 'sections.rich-text'; body: Block[] }
  | { __component: 'sections.image'; image: number; caption?: string }
  | { __component: 'sections.table'; rows: string[][]; caption?: string };

const MARKS: Record<string, Mark> = { strong: 'bold', b: 'bold', em: 'italic', i: 'italic', u: 'underline', s: 'strikethrough', strike: 'strikethrough', del: 'strikethrough', code: 'code' };
const BLOCK_TAGS = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'ul', 'ol', 'table', 'figure', 'hr']);

const textOf = (node: any): string =>
  node.type === 'text' ? String(node.data) : node.name === 'br' ? '\n' : (node.children ?? []).map(textOf).join('');
const collapse = (text: string): string => text.replace(/[ \t\r\f\v]+/g, ' ');

export function htmlToSections(html: string, callbacks: SectionCallbacks): Section[] {
  const sections: Section[] = [];
  let blocks: Block[] = [];
  let inline: Inline[] = [];
  const flushBlocks = () => {
    if (blocks.length > 0) sections.push({ __component: 'sections.rich-text', body: blocks });
    blocks = [];
  };
  const trimInline = (nodes: Inline[]): Inline[] => {
    const text = nodes.map((node) => (node.type === 'text' ? node.text : node.children.map((c) => c.text).join(''))).join('');
    return text.trim() === '' ? [] : nodes;
  };
  const pushBlock = (block: Block) => {
    if ('children' in block && block.type !== 'list' && trimInline(block.children as Inline[]).length === 0) return;
    blocks.push(block);
  };
  const flushInline = () => {
    if (inline.length > 0) pushBlock({ type: 'paragraph', children: inline });
    inline = [];
  };
  const addImage = (node: any) => {
    const src = String(node.attribs?.src ?? '');
    const alt = String(node.attribs?.alt ?? '').trim();
    const id = src ? callbacks.image({ src, alt }) : null;
    if (id === null) return;
    flushInline();
    flushBlocks();
    sections.push({ __component: 'sections.image', image: id, ...(alt ? { caption: alt.slice(0, 300) } : {}) });
  };

  /** Inline content of nodes, appended to `sink`; an image calls onImage (which may empty the sink first). */
  const inlineInto = (nodes: any[], marks: Mark[], sink: Inline[], onImage: (node: any, sink: Inline[]) => void): void => {
    for (const node of nodes) {
      if (node.type === 'text') {
        const text = collapse(String(node.data));
        if (text !== '') sink.push({ type: 'text', text, ...Object.fromEntries(marks.map((mark) => [mark, true])) });
      } else if (node.type === 'tag') {
        if (node.name === 'br') sink.push({ type: 'text', text: '\n' });
        else if (node.name === 'img') onImage(node, sink);
        else if (node.name === 'a' && node.attribs?.href) {
          const inner: Inline[] = [];
          inlineInto(node.children ?? [], marks, inner, (img) => addImage(img));
          const children = inner.flatMap((child) => (child.type === 'text' ? [child] : child.children));
          sink.push({ type: 'link', url: callbacks.link(String(node.attribs.href)), children: children.length > 0 ? children : [{ type: 'text', text: '' }] });
        } else {
          const mark = MARKS[node.name];
          inlineInto(node.children ?? [], mark ? [...marks, mark] : marks, sink, onImage);
        }
      }
    }
  };
  const inlineOf = (nodes: any[]): Inline[] => {
    const sink: Inline[] = [];
    inlineInto(nodes, [], sink, (img) => addImage(img));
    return sink;
  };

  const blockWithImages = (node: any, make: (children: Inline[]) => Block) => {
    // An image inside a paragraph splits it: text before, the image section, text after.
    const sink: Inline[] = [];
    inlineInto(node.children ?? [], [], sink, (img, current) => {
      const before = current.splice(0);
      if (before.length > 0) pushBlock(make(before));
      addImage(img);
    });
    if (sink.length > 0) pushBlock(make(sink));
  };

  const visit = (nodes: any[]) => {
    for (const node of nodes) {
      if (node.type === 'text') {
        const text = collapse(String(node.data));
        if (text.trim() !== '' || inline.length > 0) inline.push({ type: 'text', text });
        continue;
      }
      if (node.type !== 'tag') continue;
      const name = String(node.name);
      if (!BLOCK_TAGS.has(name) && name !== 'img') {
        inlineInto([node], [], inline, (img, current) => {
          const before = current.splice(0);
          if (before.length > 0) pushBlock({ type: 'paragraph', children: before });
          addImage(img);
        });
        continue;
      }
      flushInline();
      if (name === 'img') addImage(node);
      else if (name === 'p') blockWithImages(node, (children) => ({ type: 'paragraph', children }));
      else if (/^h[1-6]$/.test(name)) blockWithImages(node, (children) => ({ type: 'heading', level: Number(name[1]) as 1, children }));
      else if (name === 'blockquote') blockWithImages(node, (children) => ({ type: 'quote', children }));
      else if (name === 'pre') pushBlock({ type: 'code', children: [{ type: 'text', text: textOf(node) }] });
      else if (name === 'ul' || name === 'ol') {
        const items = (node.children ?? [])
          .filter((child: any) => child.type === 'tag' && child.name === 'li')
          .map((li: any) => ({ type: 'list-item' as const, children: inlineOf(li.children ?? []) }))
          .filter((item: { children: Inline[] }) => trimInline(item.children).length > 0);
        if (items.length > 0) blocks.push({ type: 'list', format: name === 'ol' ? 'ordered' : 'unordered', children: items });
      } else if (name === 'table') {
        const rows: string[][] = [];
        walkRows(node, rows);
        if (rows.length > 0) {
          flushBlocks();
          const caption = (node.children ?? []).find((child: any) => child.name === 'caption');
          sections.push({ __component: 'sections.table', rows, ...(caption ? { caption: collapse(textOf(caption)).trim().slice(0, 300) } : {}) });
        }
      } else if (name === 'hr') continue;
      else visit(node.children ?? []); // div, figure: their children are blocks or inline runs
      flushInline();
    }
  };
  visit(parseDocument(html).children);
  flushInline();
  flushBlocks();
  return sections;
}

function walkRows(node: any, rows: string[][]): void {
  for (const child of node.children ?? []) {
    if (child.type !== 'tag') continue;
    if (child.name === 'tr') {
      const cells = (child.children ?? []).filter((cell: any) => cell.type === 'tag' && (cell.name === 'td' || cell.name === 'th'));
      rows.push(cells.map((cell: any) => collapse(textOf(cell)).trim()));
    } else if (['thead', 'tbody', 'tfoot'].includes(child.name)) walkRows(child, rows);
  }
}

/** Plain text of an HTML fragment (summaries, document bodies' paragraphs). */
export function plainText(html: string): string {
  return collapse(textOf({ children: parseDocument(html).children })).replace(/\s*\n\s*/g, '\n').trim();
}
