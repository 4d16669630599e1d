/**
 * Strapi's `blocks` rich text: a JSON array of block nodes (paragraph, heading, list, quote, code, image), whose
 * children are inline nodes (text with marks, links); lists nest. The types are written out by hand because the
 * schema is recursive.
 */

import { z } from 'zod';

export interface BlocksTextNode {
  type: 'text';
  text: string;
  bold?: boolean | undefined;
  italic?: boolean | undefined;
  underline?: boolean | undefined;
  strikethrough?: boolean | undefined;
  code?: boolean | undefined;
}

export interface BlocksLinkNode {
  type: 'link';
  url: string;
  children: BlocksTextNode[];
}

export type BlocksInlineNode = BlocksTextNode | BlocksLinkNode;

export interface BlocksParagraphNode {
  type: 'paragraph';
  children: BlocksInlineNode[];
}

export interface BlocksHeadingNode {
  type: 'heading';
  level: 1 | 2 | 3 | 4 | 5 | 6;
  children: BlocksInlineNode[];
}

export interface BlocksListItemNode {
  type: 'list-item';
  children: BlocksInlineNode[];
}

export interface BlocksListNode {
  type: 'list';
  format: 'ordered' | 'unordered';
  /** Nesting depth Strapi records for nested lists. */
  indentLevel?: number | undefined;
  children: Array<BlocksListItemNode | BlocksListNode>;
}

export interface BlocksQuoteNode {
  type: 'quote';
  children: BlocksInlineNode[];
}

export interface BlocksCodeNode {
  type: 'code';
  /** Language of the snippet when the editor chose one. */
  language?: string | undefined;
  children: BlocksInlineNode[];
}

/** The image data Strapi embeds in an image block (a copy of the media file's fields, without id). */
export interface BlocksImage {
  url: string;
  name: string;
  alternativeText?: string | null | undefined;
  caption?: string | null | undefined;
  width?: number | null | undefined;
  height?: number | null | undefined;
  mime?: string | undefined;
}

export interface BlocksImageNode {
  type: 'image';
  image: BlocksImage;
  /** Strapi stores a single empty text child here. */
  children: BlocksInlineNode[];
}

export type BlocksNode =
  | BlocksParagraphNode
  | BlocksHeadingNode
  | BlocksListNode
  | BlocksQuoteNode
  | BlocksCodeNode
  | BlocksImageNode;

export type Blocks = BlocksNode[];

export const blocksTextNodeSchema: z.ZodType<BlocksTextNode> = z.object({
  type: z.literal('text'),
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
  strikethrough: z.boolean().optional(),
  code: z.boolean().optional(),
});

export const blocksLinkNodeSchema: z.ZodType<BlocksLinkNode> = z.object({
  type: z.literal('link'),
  url: z.string(),
  children: z.array(blocksTextNodeSchema),
});

const inlineChildren = z.array(z.union([blocksTextNodeSchema, blocksLinkNodeSchema]));

const listItemSchema: z.ZodType<BlocksListItemNode> = z.object({
  type: z.literal('list-item'),
  children: inlineChildren,
});

const listSchema: z.ZodType<BlocksListNode> = z.object({
  type: z.literal('list'),
  format: z.enum(['ordered', 'unordered']),
  indentLevel: z.number().int().nonnegative().optional(),
  // Lists nest: a list's children are list items or further lists.
  children: z.array(z.union([listItemSchema, z.lazy(() => listSchema)])),
});

const blocksImageSchema: z.ZodType<BlocksImage> = z.object({
  url: z.string().min(1),
  name: z.string(),
  alternativeText: z.string().nullable().optional(),
  caption: z.string().nullable().optional(),
  width: z.number().nullable().optional(),
  height: z.number().nullable().optional(),
  mime: z.string().optional(),
});

export const blocksNodeSchema: z.ZodType<BlocksNode> = z.union([
  z.object({ type: z.literal('paragraph'), children: inlineChildren }),
  z.object({
    type: z.literal('heading'),
    level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)]),
    children: inlineChildren,
  }),
  listSchema,
  z.object({ type: z.literal('quote'), children: inlineChildren }),
  z.object({ type: z.literal('code'), language: z.string().optional(), children: inlineChildren }),
  z.object({ type: z.literal('image'), image: blocksImageSchema, children: inlineChildren }),
]);

/** A `blocks` field value. */
export const blocksSchema: z.ZodType<Blocks> = z.array(blocksNodeSchema);

/** Plain text of blocks (for search indexes, summaries and finding document numbers); blocks separated by "\n". */
export function blocksToPlainText(blocks: Blocks): string {
  const inlineText = (children: BlocksInlineNode[]): string =>
    children.map((child) => (child.type === 'text' ? child.text : inlineText(child.children))).join('');
  const nodeText = (node: BlocksNode | BlocksListItemNode): string => {
    switch (node.type) {
      case 'list':
        return node.children.map(nodeText).join('\n');
      case 'image':
        return node.image.caption ?? node.image.alternativeText ?? '';
      default:
        return inlineText(node.children);
    }
  };
  return blocks.map(nodeText).filter((text) => text !== '').join('\n');
}
