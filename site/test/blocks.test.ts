import { describe, expect, it } from 'vitest';
import type { BlocksListNode } from '@portal/shared-types';
import { headingTag, listEntries, markTags } from '../src/lib/markup/blocks.ts';

describe('blocks helpers', () => {
  it('wraps marks outermost first, code innermost', () => {
    expect(markTags({ type: 'text', text: 'x', code: true, bold: true, strikethrough: true, italic: true, underline: true })).toEqual([
      'strong',
      'em',
      'u',
      's',
      'code',
    ]);
    expect(markTags({ type: 'text', text: 'plain' })).toEqual([]);
  });

  it('keeps the page title the only h1', () => {
    expect([1, 2, 3, 6].map(headingTag)).toEqual(['h2', 'h2', 'h3', 'h6']);
  });

  it('moves a nested list into the preceding item', () => {
    const item = (text: string) => ({ type: 'list-item' as const, children: [{ type: 'text' as const, text }] });
    const nested: BlocksListNode = { type: 'list', format: 'ordered', indentLevel: 1, children: [item('a.1')] };
    const list: BlocksListNode = { type: 'list', format: 'unordered', children: [item('a'), nested, item('b')] };
    expect(listEntries(list)).toEqual([
      { item: item('a'), sublists: [nested] },
      { item: item('b'), sublists: [] },
    ]);
  });

  it('gives a leading nested list an item of its own', () => {
    const nested: BlocksListNode = { type: 'list', format: 'ordered', children: [] };
    expect(listEntries({ type: 'list', format: 'unordered', children: [nested] })).toEqual([{ item: undefined, sublists: [nested] }]);
  });
});
