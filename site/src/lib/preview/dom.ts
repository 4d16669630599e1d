/**
 * The building blocks every page type of the preview is made of: elements with text set through `textContent` only,
 * media resolved against the CMS, safe links, tables, fact tables and Strapi blocks rich text.
 */

import { headingTag } from '../markup/blocks.ts';
import { safeHref } from '../markup/safe-url.ts';
import { contentHref } from '../navigation/paths.ts';
import type { PreviewLabels } from './types.ts';
import { list, num, obj, str, type Entry } from './values.ts';

/** Builds DOM nodes for one page. `doc` is the page's document; `cmsUrl` resolves the CMS's relative media URLs. */
export class PreviewDom {
  constructor(
    readonly doc: Document,
    readonly labels: PreviewLabels,
    private readonly cmsUrl: string,
  ) {}

  el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
    const element = this.doc.createElement(tag);
    if (text !== undefined) element.textContent = text;
    if (className !== undefined) element.className = className;
    return element;
  }

  /** Absolute URL of a media file, or undefined when it must not be used. */
  mediaUrl(url: unknown): string | undefined {
    const safe = safeHref(str(url));
    if (safe === undefined) return undefined;
    return /^https?:\/\//i.test(safe) ? safe : new URL(safe, `${this.cmsUrl}/`).href;
  }

  image(media: Entry | undefined): HTMLImageElement | undefined {
    const src = this.mediaUrl(media?.url);
    if (media === undefined || src === undefined) return undefined;
    const img = this.el('img');
    img.src = src;
    img.alt = str(media.alternativeText) ?? '';
    const width = num(media.width);
    const height = num(media.height);
    if (width !== undefined) img.width = width;
    if (height !== undefined) img.height = height;
    img.decoding = 'async';
    return img;
  }

  figure(media: Entry | undefined, caption: string | undefined): HTMLElement | undefined {
    const img = this.image(media);
    if (img === undefined) return undefined;
    const figure = this.el('figure', undefined, 'figure');
    figure.append(img);
    if (caption !== undefined) figure.append(this.el('figcaption', caption));
    return figure;
  }

  /** A link when the target is safe, plain text otherwise. */
  link(href: string | undefined, label: string): Node {
    const safe = contentHref(href);
    if (safe === undefined) return this.doc.createTextNode(label);
    const anchor = this.el('a', label);
    anchor.href = safe;
    return anchor;
  }

  table(caption: string, rows: unknown, rowHeaders = false): HTMLElement {
    const cells = Array.isArray(rows) ? rows.filter(Array.isArray).map((row: unknown[]) => row.map((cell) => (cell === null || cell === undefined ? '' : String(cell)))) : [];
    const [header = [], ...body] = cells;
    return this.dataTable(caption, header, body, rowHeaders);
  }

  dataTable(caption: string, header: readonly string[], body: readonly (readonly string[])[], rowHeaders = false): HTMLElement {
    const wrap = this.el('div', undefined, 'table-wrap');
    // As on the built pages: a table wider than a phone scrolls in a named region the keyboard can reach.
    wrap.setAttribute('role', 'region');
    wrap.setAttribute('aria-label', caption);
    wrap.tabIndex = 0;
    const table = this.el('table');
    table.append(this.el('caption', caption));
    if (header.length > 0) {
      const head = this.el('thead');
      const row = this.el('tr');
      for (const cell of header) {
        const th = this.el('th', cell);
        th.scope = 'col';
        row.append(th);
      }
      head.append(row);
      table.append(head);
    }
    const tbody = this.el('tbody');
    for (const cells of body) {
      const row = this.el('tr');
      cells.forEach((cell, index) => {
        if (rowHeaders && index === 0) {
          const th = this.el('th', cell);
          th.scope = 'row';
          row.append(th);
        } else {
          row.append(this.el('td', cell));
        }
      });
      tbody.append(row);
    }
    table.append(tbody);
    wrap.append(table);
    return wrap;
  }

  /** Label/value rows with the empty ones left out, as a table with row headers. */
  facts(caption: string, rows: ReadonlyArray<readonly [string, string | undefined]>): HTMLElement {
    const present = rows.flatMap(([label, value]) => (value === undefined || value === '' ? [] : [[label, value]]));
    const wrap = this.dataTable(caption, [], present, true);
    wrap.querySelector('table')?.classList.add('facts');
    return wrap;
  }

  /** Strapi blocks rich text: paragraphs, headings (h2–h6: the page title is the only h1), lists, quotes, code, images. */
  blocks(value: unknown): DocumentFragment {
    const out = this.doc.createDocumentFragment();
    for (const node of list(value)) {
      const block = this.block(node);
      if (block) out.append(block);
    }
    return out;
  }

  private block(node: Entry): Node | undefined {
    switch (node.type) {
      case 'paragraph':
        return this.inline(this.el('p'), node.children);
      case 'heading':
        return this.inline(this.el(headingTag(num(node.level) ?? 2)), node.children);
      case 'quote': {
        const quote = this.el('blockquote');
        quote.append(this.inline(this.el('p'), node.children));
        return quote;
      }
      case 'code':
        return this.el('pre', this.plainText(node.children));
      case 'list':
        return this.list(node);
      case 'image':
        return this.figure(obj(node.image), str(obj(node.image)?.caption));
      default:
        return undefined;
    }
  }

  /** A list; a nested list (a sibling of the items in Strapi) goes inside the preceding item, as HTML requires. */
  private list(node: Entry): HTMLElement {
    const element = this.el(node.format === 'ordered' ? 'ol' : 'ul');
    let last: HTMLLIElement | undefined;
    for (const child of list(node.children)) {
      if (child.type === 'list-item') {
        last = this.inline(this.el('li'), child.children);
        element.append(last);
      } else if (child.type === 'list') {
        if (last === undefined) {
          last = this.el('li');
          element.append(last);
        }
        last.append(this.list(child));
      }
    }
    return element;
  }

  private inline<T extends HTMLElement>(parent: T, children: unknown): T {
    for (const child of list(children)) {
      if (child.type === 'text') parent.append(this.marked(child));
      else if (child.type === 'link') {
        // An unsafe target (javascript:, data:…) keeps its text but loses the link.
        const href = contentHref(str(child.url));
        const anchor = href === undefined ? undefined : this.el('a');
        if (anchor !== undefined && href !== undefined) anchor.href = href;
        for (const text of list(child.children)) (anchor ?? parent).append(this.marked(text));
        if (anchor !== undefined) parent.append(anchor);
      }
    }
    return parent;
  }

  private marked(node: Entry): Node {
    let current: Node = this.doc.createTextNode(typeof node.text === 'string' ? node.text : '');
    const marks: Array<[string, keyof HTMLElementTagNameMap]> = [
      ['code', 'code'],
      ['strikethrough', 's'],
      ['underline', 'u'],
      ['italic', 'em'],
      ['bold', 'strong'],
    ];
    for (const [mark, tag] of marks) {
      if (node[mark] === true) {
        const wrapper = this.el(tag);
        wrapper.append(current);
        current = wrapper;
      }
    }
    return current;
  }

  private plainText(children: unknown): string {
    return list(children)
      .map((child) => (child.type === 'text' && typeof child.text === 'string' ? child.text : this.plainText(child.children)))
      .join('');
  }
}
