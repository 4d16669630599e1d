/** Plain text of articles and pages, for finding cited document numbers and for the search index. */

import { type Section, blocksToPlainText } from '@portal/shared-types';

/** The readable text of one section (captions and table cells included). */
export function sectionText(section: Section): string {
  switch (section.__component) {
    case 'sections.rich-text':
      return blocksToPlainText(section.body);
    case 'sections.quote':
      return [section.quote, section.attribution ?? ''].join('\n');
    case 'sections.image':
      return section.caption ?? '';
    case 'sections.table':
      return [section.caption ?? '', ...section.rows.map((row) => row.join(' '))].join('\n');
    case 'sections.gallery':
      return section.caption ?? '';
    case 'sections.document-card':
      return section.document ? `${section.document.normalizedNumber} ${section.document.subject}` : '';
    case 'sections.kpi-chart':
      return section.title ?? section.indicator?.name ?? '';
  }
}

/** Title, summary and every section of an article or page, one paragraph per line. */
export function plainTextOf(entry: { title: string; summary: string | null; sections: readonly Section[] }): string {
  return [entry.title, entry.summary ?? '', ...entry.sections.map(sectionText)].filter((text) => text !== '').join('\n');
}
