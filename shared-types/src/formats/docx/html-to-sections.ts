/**
 * Mammoth's HTML of a Word file → an article's title and `sections` dynamic zone: runs of text become rich-text
 * sections (Strapi blocks), each table a table section (first row = header row), each image an image section with the
 * caption paragraph that follows it, and footnotes a closing "Ghi chú" rich-text section. All text is NFC.
 * Document numbers stay plain text: the site links them when it renders any article.
 */
import { parseDocument } from 'htmlparser2';
import type { Blocks, BlocksInlineNode, BlocksListNode, BlocksNode, BlocksTextNode } from '../../index.js';

interface DomNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
}

export type ImportedSection =
  | { __component: 'sections.rich-text'; body: Blocks }
  | { __component: 'sections.table'; caption: string | null; rows: string[][] }
  /** `imageKey` names the image in the file (its content hash); the importer swaps it for the uploaded media id. */
  | { __component: 'sections.image'; imageKey: string; caption: string | null };

export interface ImportedArticle {
  title: string | null;
  sections: ImportedSection[];
  /** First caption seen for each image key (used as the media file's caption and alt text). */
  imageCaptions: Map<string, string>;
}

/** `<img src>` the importer writes for an image of the file: "word-image:<key>". */
export const IMAGE_SRC_PREFIX = 'word-image:';

const nfc = (text: string) => text.normalize('NFC');
const isTag = (node: DomNode, ...names: string[]) => node.type === 'tag' && names.includes(node.name!);
const childrenOf = (node: DomNode) => node.children ?? [];

function textOf(node: DomNode): string {
  if (node.type === 'text') return node.data ?? '';
  if (isTag(node, 'br')) return '\n';
  // Footnote back links ("↑") are navigation, not text.
  if (isTag(node, 'a') && node.attribs?.href?.startsWith('#footnote-ref-')) return '';
  const inner = childrenOf(node).map(textOf).join('');
  return isTag(node, 'p') ? `${inner}\n` : inner;
}

const cleanText = (text: string) => nfc(text).replace(/[ \t]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();

interface Marks {
  bold?: true;
  italic?: true;
  underline?: true;
  strikethrough?: true;
}

function inlineNodes(nodes: DomNode[], marks: Marks = {}): BlocksInlineNode[] {
  const out: BlocksInlineNode[] = [];
  for (const node of nodes) {
    if (node.type === 'text') {
      if (node.data) out.push({ type: 'text', text: nfc(node.data), ...marks });
    } else if (isTag(node, 'br')) out.push({ type: 'text', text: '\n', ...marks });
    else if (isTag(node, 'strong', 'b')) out.push(...inlineNodes(childrenOf(node), { ...marks, bold: true }));
    else if (isTag(node, 'em', 'i')) out.push(...inlineNodes(childrenOf(node), { ...marks, italic: true }));
    else if (isTag(node, 'u')) out.push(...inlineNodes(childrenOf(node), { ...marks, underline: true }));
    else if (isTag(node, 's', 'del', 'strike')) out.push(...inlineNodes(childrenOf(node), { ...marks, strikethrough: true }));
    else if (isTag(node, 'a')) {
      const href = node.attribs?.href ?? '';
      const children = inlineNodes(childrenOf(node), marks).filter((child): child is BlocksTextNode => child.type === 'text');
      if (/^(https?:|mailto:)/i.test(href) && children.length > 0) out.push({ type: 'link', url: href, children });
      else if (!href.startsWith('#footnote-ref-')) out.push(...children);
    } else if (isTag(node, 'img')) {
      // Images are lifted out into image sections by the caller.
    } else if (node.type === 'tag') out.push(...inlineNodes(childrenOf(node), marks));
  }
  return mergeTexts(out);
}

/** Joins neighbouring text nodes with the same marks, and drops a paragraph's leading/trailing blanks. */
function mergeTexts(nodes: BlocksInlineNode[]): BlocksInlineNode[] {
  const merged: BlocksInlineNode[] = [];
  for (const node of nodes) {
    const last = merged.at(-1);
    if (node.type === 'text' && last?.type === 'text' && sameMarks(last, node)) last.text += node.text;
    else merged.push({ ...node });
  }
  return merged;
}

const sameMarks = (a: BlocksTextNode, b: BlocksTextNode) =>
  !!a.bold === !!b.bold && !!a.italic === !!b.italic && !!a.underline === !!b.underline && !!a.strikethrough === !!b.strikethrough;

const hasText = (nodes: BlocksInlineNode[]): boolean =>
  nodes.some((node) => (node.type === 'text' ? node.text.trim() !== '' : hasText(node.children)));

function imagesIn(node: DomNode): string[] {
  if (isTag(node, 'img')) {
    const src = node.attribs?.src ?? '';
    return src.startsWith(IMAGE_SRC_PREFIX) ? [src.slice(IMAGE_SRC_PREFIX.length)] : [];
  }
  return childrenOf(node).flatMap(imagesIn);
}

function listNode(node: DomNode, indentLevel: number): BlocksListNode {
  const children: BlocksListNode['children'] = [];
  for (const item of childrenOf(node)) {
    if (!isTag(item, 'li')) continue;
    const nested = childrenOf(item).filter((child) => isTag(child, 'ul', 'ol'));
    const inline = inlineNodes(childrenOf(item).filter((child) => !isTag(child, 'ul', 'ol')));
    if (hasText(inline)) children.push({ type: 'list-item', children: inline });
    for (const list of nested) children.push(listNode(list, indentLevel + 1));
  }
  return { type: 'list', format: isTag(node, 'ol') ? 'ordered' : 'unordered', ...(indentLevel > 0 ? { indentLevel } : {}), children };
}

function tableRows(table: DomNode): string[][] {
  const rows: string[][] = [];
  const walk = (node: DomNode) => {
    if (isTag(node, 'tr')) {
      rows.push(childrenOf(node).filter((cell) => isTag(cell, 'td', 'th')).map((cell) => cleanText(textOf(cell))));
    } else if (!isTag(node, 'table') || node === table) childrenOf(node).forEach(walk);
  };
  walk(table);
  return rows.filter((row) => row.length > 0);
}

const isFootnoteList = (node: DomNode) =>
  isTag(node, 'ol') && childrenOf(node).some((item) => isTag(item, 'li') && item.attribs?.id?.startsWith('footnote-'));

export function htmlToArticle(html: string): ImportedArticle {
  const root = parseDocument(html) as unknown as DomNode;
  const sections: ImportedSection[] = [];
  const imageCaptions = new Map<string, string>();
  const notes: string[] = [];
  let title: string | null = null;
  let blocks: BlocksNode[] = [];

  const flush = () => {
    if (blocks.length > 0) sections.push({ __component: 'sections.rich-text', body: blocks });
    blocks = [];
  };

  for (const node of childrenOf(root)) {
    if (node.type !== 'tag') continue;
    const text = cleanText(textOf(node));
    if (title === null && isTag(node, 'h1') && node.attribs?.class === 'title' && text) {
      title = text;
      continue;
    }
    if (isTag(node, 'p') && node.attribs?.class === 'caption') {
      const last = sections.at(-1);
      // A caption belongs to the image or table right before it.
      if (blocks.length === 0 && last && last.__component !== 'sections.rich-text' && last.caption === null && text) {
        last.caption = text.slice(0, 300);
        if (last.__component === 'sections.image' && !imageCaptions.has(last.imageKey)) imageCaptions.set(last.imageKey, last.caption);
        continue;
      }
    }
    if (isTag(node, 'h1', 'h2', 'h3', 'h4', 'h5', 'h6')) {
      // The article title is the page's h1: Word's Heading 1 becomes the body's first level, h2.
      const level = Math.min(6, Number(node.name!.slice(1)) + 1) as 2 | 3 | 4 | 5 | 6;
      const children = inlineNodes(childrenOf(node));
      if (hasText(children)) blocks.push({ type: 'heading', level, children });
    } else if (isFootnoteList(node)) {
      childrenOf(node)
        .filter((item) => isTag(item, 'li'))
        .forEach((item, index) => {
          const number = /^footnote-(\d+)$/.exec(item.attribs?.id ?? '')?.[1] ?? String(index + 1);
          notes.push(`[${number}] ${cleanText(textOf(item))}`);
        });
    } else if (isTag(node, 'ul', 'ol')) {
      const list = listNode(node, 0);
      if (list.children.length > 0) blocks.push(list);
    } else if (isTag(node, 'table')) {
      flush();
      const rows = tableRows(node);
      if (rows.length > 0) sections.push({ __component: 'sections.table', caption: null, rows });
    } else if (isTag(node, 'blockquote')) {
      const children = inlineNodes(childrenOf(node));
      if (hasText(children)) blocks.push({ type: 'quote', children });
    } else {
      const children = inlineNodes(childrenOf(node));
      if (hasText(children)) blocks.push({ type: 'paragraph', children });
    }
    for (const imageKey of imagesIn(node)) {
      flush();
      sections.push({ __component: 'sections.image', imageKey, caption: null });
    }
  }
  flush();
  if (notes.length > 0) {
    sections.push({
      __component: 'sections.rich-text',
      body: [
        { type: 'heading', level: 2, children: [{ type: 'text', text: 'Ghi chú' }] },
        ...notes.map((note): BlocksNode => ({ type: 'paragraph', children: [{ type: 'text', text: note }] })),
      ],
    });
  }
  return { title, sections, imageCaptions };
}
