/** Shaping Strapi blocks for rendering. Pure functions; the components only print what these return. */

import type { BlocksListItemNode, BlocksListNode, BlocksTextNode } from '@portal/shared-types';

/** HTML elements for text marks, outermost first. */
export type MarkTag = 'code' | 'strong' | 'em' | 'u' | 's';

/** The mark elements to wrap a text node in, outermost first. */
export function markTags(node: BlocksTextNode): MarkTag[] {
  const tags: MarkTag[] = [];
  if (node.bold === true) tags.push('strong');
  if (node.italic === true) tags.push('em');
  if (node.underline === true) tags.push('u');
  if (node.strikethrough === true) tags.push('s');
  if (node.code === true) tags.push('code');
  return tags;
}

/** Heading element for a blocks heading: the page title is the only h1, so level 1 is shown as h2. */
export function headingTag(level: number): 'h2' | 'h3' | 'h4' | 'h5' | 'h6' {
  const clamped = Math.min(6, Math.max(2, Math.trunc(level)));
  return `h${clamped}` as 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
}

/** One `<li>`: the item's inline content (absent for a nested list with no item before it) and nested lists. */
export interface ListEntry {
  item: BlocksListItemNode | undefined;
  sublists: BlocksListNode[];
}

/**
 * Strapi puts a nested list beside the list items (as a sibling); in HTML it must sit inside the preceding `<li>`.
 */
export function listEntries(list: BlocksListNode): ListEntry[] {
  const entries: ListEntry[] = [];
  for (const child of list.children) {
    if (child.type === 'list-item') {
      entries.push({ item: child, sublists: [] });
    } else {
      const last = entries.at(-1);
      if (last === undefined) entries.push({ item: undefined, sublists: [child] });
      else last.sublists.push(child);
    }
  }
  return entries;
}
