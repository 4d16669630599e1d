/**
 * Renders a draft from the CMS preview route (GET /api/preview/draft) in the visitor's browser, for /xem-truoc/.
 * The draft is untrusted input: everything is built with DOM APIs and text goes through `textContent` only (never
 * innerHTML); link targets pass `safeHref` (http(s) or relative), media URLs are resolved against the CMS.
 * Runs in the browser bundle, so it imports nothing that reads the environment or the file system.
 */

import { renderArticle } from './article.ts';
import { renderCongress } from './congress.ts';
import { PreviewDom } from './dom.ts';
import { renderKpiReport } from './kpi-report.ts';
import { renderLegalDocument } from './legal-document.ts';
import { renderSchedule } from './schedule.ts';
import { draftTitle, type PreviewLabels, type PreviewType } from './types.ts';
import type { Entry } from './values.ts';

export { isPreviewType, PREVIEW_TYPES } from './types.ts';
export type { PreviewLabels, PreviewTextKey, PreviewType } from './types.ts';
export { formatDate } from './values.ts';

/**
 * Builds the DOM of one draft, with one module per page type. `doc` is the page's document; `cmsUrl` resolves the
 * CMS's relative media URLs.
 */
export class PreviewRenderer {
  private readonly dom: PreviewDom;

  constructor(doc: Document, labels: PreviewLabels, cmsUrl: string) {
    this.dom = new PreviewDom(doc, labels, cmsUrl);
  }

  /** Absolute URL of a media file, or undefined when it must not be used. */
  mediaUrl(url: unknown): string | undefined {
    return this.dom.mediaUrl(url);
  }

  /** The page title of a draft (the page's one h1 shows it). */
  title(type: PreviewType, entry: Entry): string {
    return draftTitle(type, entry);
  }

  /** The body below the title. */
  render(type: PreviewType, entry: Entry): DocumentFragment {
    switch (type) {
      case 'api::article.article':
        return renderArticle(this.dom, entry);
      case 'api::legal-document.legal-document':
        return renderLegalDocument(this.dom, entry);
      case 'api::congress.congress':
        return renderCongress(this.dom, entry);
      case 'api::kpi-report.kpi-report':
        return renderKpiReport(this.dom, entry);
      case 'api::schedule.schedule':
        return renderSchedule(this.dom, entry);
    }
  }

  /** Strapi blocks rich text. */
  blocks(value: unknown): DocumentFragment {
    return this.dom.blocks(value);
  }
}
