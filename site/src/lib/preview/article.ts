/** The preview of an article (api::article.article): its date, cover, lead, sections and footer. */

import type { PreviewDom } from './dom.ts';
import { formatDate, list, obj, str, type Entry } from './values.ts';

export function renderArticle(dom: PreviewDom, entry: Entry): DocumentFragment {
  const { text } = dom.labels;
  const out = dom.doc.createDocumentFragment();
  const date = formatDate(entry.date, true);
  if (date !== undefined) out.append(dom.el('p', `${text.publishedAt}: ${date}`, 'meta'));
  const cover = dom.figure(obj(entry.cover), str(entry.coverCaption));
  if (cover) out.append(cover);
  const summary = str(entry.summary);
  if (summary !== undefined) out.append(dom.el('p', summary, 'lead'));
  for (const section of list(entry.sections)) out.append(renderSection(dom, section));
  const footer = dom.el('footer', undefined, 'article-footer');
  const author = str(entry.author);
  if (author !== undefined) footer.append(dom.el('p', `${text.author}: ${author}`));
  const source = str(entry.sourceName);
  if (source !== undefined) {
    const line = dom.el('p', `${text.source}: `);
    line.append(dom.link(str(entry.sourceUrl), source));
    footer.append(line);
  }
  const category = str(obj(entry.category)?.name);
  if (category !== undefined) footer.append(dom.el('p', `${text.category}: ${category}`));
  if (footer.childElementCount > 0) out.append(footer);
  return out;
}

/** One item of the `sections` dynamic zone. */
function renderSection(dom: PreviewDom, section: Entry): Node {
  const { text } = dom.labels;
  switch (section.__component) {
    case 'sections.rich-text':
      return dom.blocks(section.body);
    case 'sections.quote': {
      const figure = dom.el('figure', undefined, 'pull-quote');
      const quote = dom.el('blockquote');
      quote.append(dom.el('p', str(section.quote) ?? ''));
      figure.append(quote);
      const attribution = str(section.attribution);
      if (attribution !== undefined) figure.append(dom.el('figcaption', attribution));
      return figure;
    }
    case 'sections.image':
      return dom.figure(obj(section.image), str(section.caption)) ?? dom.doc.createDocumentFragment();
    case 'sections.table':
      return dom.table(str(section.caption) ?? text.table, section.rows);
    case 'sections.gallery': {
      const figure = dom.el('figure', undefined, 'figure');
      for (const image of list(section.images)) {
        const img = dom.image(image);
        if (img) figure.append(img);
      }
      figure.append(dom.el('figcaption', str(section.caption) ?? text.gallery));
      return figure;
    }
    case 'sections.document-card': {
      const document = obj(section.document);
      const label = [str(document?.typeName), str(document?.normalizedNumber) ?? str(document?.rawNumber), str(document?.subject)]
        .filter(Boolean)
        .join(' – ');
      return dom.el('p', `${text.documentCard}: ${label || '–'}`, 'meta');
    }
    case 'sections.kpi-chart': {
      const name = str(section.title) ?? str(obj(section.indicator)?.name) ?? '–';
      return dom.el('p', `${text.chart}: ${name}`, 'meta');
    }
    default:
      return dom.doc.createDocumentFragment();
  }
}
