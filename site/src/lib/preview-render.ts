/**
 * Renders a draft from the CMS preview route (GET /api/preview/draft) in the visitor's browser, for /xem-truoc/.
 * The draft is untrusted input: everything is built with DOM APIs and text goes through `textContent` only (never
 * innerHTML); link targets pass `safeHref` (http(s) or relative), media URLs are resolved against the CMS.
 * Runs in the browser bundle, so it imports nothing that reads the environment or the file system.
 */

import { headingTag } from './blocks.ts';
import { safeHref } from './safe-url.ts';

/** Every UI text and label table the renderer needs, filled from src/i18n/vi.ts and the shared labels at build. */
export interface PreviewLabels {
  text: Readonly<Record<PreviewTextKey, string>>;
  validity: Readonly<Record<string, string>>;
  system: Readonly<Record<string, string>>;
  indicatorStatus: Readonly<Record<string, string>>;
  reportPeriod: Readonly<Record<string, string>>;
}

export type PreviewTextKey =
  | 'publishedAt'
  | 'category'
  | 'author'
  | 'source'
  | 'table'
  | 'gallery'
  | 'documentCard'
  | 'chart'
  | 'documentNumber'
  | 'documentType'
  | 'documentSystem'
  | 'documentIssuer'
  | 'documentSigner'
  | 'documentIssuedDate'
  | 'documentEffectiveDate'
  | 'documentValidity'
  | 'documentAreas'
  | 'documentTerm'
  | 'documentMetadata'
  | 'documentFiles'
  | 'documentBody'
  | 'congressFacts'
  | 'congressTerm'
  | 'congressDates'
  | 'congressDelegates'
  | 'congressCommitteeSize'
  | 'reportDate'
  | 'reportPeriod'
  | 'reportGrading'
  | 'reportSummary'
  | 'reportTable'
  | 'kpiIndicator'
  | 'kpiPlan'
  | 'kpiActual'
  | 'kpiPercentOfPlan'
  | 'kpiStatus'
  | 'scheduleWeek'
  | 'scheduleTime'
  | 'scheduleContent'
  | 'scheduleChair'
  | 'scheduleParticipants'
  | 'scheduleLocation';

/** The previewable content types, as the admin's preview button names them. */
export const PREVIEW_TYPES = [
  'api::article.article',
  'api::legal-document.legal-document',
  'api::congress.congress',
  'api::kpi-report.kpi-report',
  'api::schedule.schedule',
] as const;
export type PreviewType = (typeof PREVIEW_TYPES)[number];

export function isPreviewType(value: string | null): value is PreviewType {
  return (PREVIEW_TYPES as readonly (string | null)[]).includes(value);
}

type Entry = Record<string, unknown>;

const str = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);
const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
const obj = (value: unknown): Entry | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Entry) : undefined;
function list(value: unknown): Entry[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown): Entry[] => {
    const entry = obj(item);
    return entry === undefined ? [] : [entry];
  });
}

const VIETNAM_OFFSET_MS = 7 * 3_600_000; // Asia/Ho_Chi_Minh, no daylight saving time
const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** "28/04/2021" or "28/04/2021 17:20" in Vietnam time, as the site's pages show dates; undefined if unparsable. */
export function formatDate(value: unknown, time = false): string | undefined {
  const text = str(value);
  if (text === undefined) return undefined;
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (dateOnly) return `${dateOnly[3]}/${dateOnly[2]}/${dateOnly[1]}`;
  const parsed = Date.parse(text);
  if (Number.isNaN(parsed)) return undefined;
  const at = new Date(parsed + VIETNAM_OFFSET_MS);
  const day = `${pad(at.getUTCDate())}/${pad(at.getUTCMonth() + 1)}/${pad(at.getUTCFullYear(), 4)}`;
  return time ? `${day} ${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}` : day;
}

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const formatNumber = (value: unknown): string => {
  const number = num(value);
  return number === undefined ? '–' : numberFormat.format(number);
};

/** Builds the DOM of one draft. `doc` is the page's document; `cmsUrl` resolves the CMS's relative media URLs. */
export class PreviewRenderer {
  constructor(
    private readonly doc: Document,
    private readonly labels: PreviewLabels,
    private readonly cmsUrl: string,
  ) {}

  private el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
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

  /** The page title of a draft (the page's one h1 shows it). */
  title(type: PreviewType, entry: Entry): string {
    if (type === 'api::legal-document.legal-document') {
      return [str(entry.typeName), str(entry.normalizedNumber) ?? str(entry.rawNumber)].filter(Boolean).join(' ') || (str(entry.subject) ?? '');
    }
    return str(entry.title) ?? '';
  }

  /** The body below the title. */
  render(type: PreviewType, entry: Entry): DocumentFragment {
    switch (type) {
      case 'api::article.article':
        return this.article(entry);
      case 'api::legal-document.legal-document':
        return this.legalDocument(entry);
      case 'api::congress.congress':
        return this.congress(entry);
      case 'api::kpi-report.kpi-report':
        return this.kpiReport(entry);
      case 'api::schedule.schedule':
        return this.schedule(entry);
    }
  }

  private article(entry: Entry): DocumentFragment {
    const { text } = this.labels;
    const out = this.doc.createDocumentFragment();
    const date = formatDate(entry.date, true);
    if (date !== undefined) out.append(this.el('p', `${text.publishedAt}: ${date}`, 'meta'));
    const cover = this.figure(obj(entry.cover), str(entry.coverCaption));
    if (cover) out.append(cover);
    const summary = str(entry.summary);
    if (summary !== undefined) out.append(this.el('p', summary, 'lead'));
    for (const section of list(entry.sections)) out.append(this.section(section));
    const footer = this.el('footer', undefined, 'article-footer');
    const author = str(entry.author);
    if (author !== undefined) footer.append(this.el('p', `${text.author}: ${author}`));
    const source = str(entry.sourceName);
    if (source !== undefined) {
      const line = this.el('p', `${text.source}: `);
      line.append(this.link(str(entry.sourceUrl), source));
      footer.append(line);
    }
    const category = str(obj(entry.category)?.name);
    if (category !== undefined) footer.append(this.el('p', `${text.category}: ${category}`));
    if (footer.childElementCount > 0) out.append(footer);
    return out;
  }

  private section(section: Entry): Node {
    const { text } = this.labels;
    switch (section.__component) {
      case 'sections.rich-text':
        return this.blocks(section.body);
      case 'sections.quote': {
        const figure = this.el('figure', undefined, 'pull-quote');
        const quote = this.el('blockquote');
        quote.append(this.el('p', str(section.quote) ?? ''));
        figure.append(quote);
        const attribution = str(section.attribution);
        if (attribution !== undefined) figure.append(this.el('figcaption', attribution));
        return figure;
      }
      case 'sections.image':
        return this.figure(obj(section.image), str(section.caption)) ?? this.doc.createDocumentFragment();
      case 'sections.table':
        return this.table(str(section.caption) ?? text.table, section.rows);
      case 'sections.gallery': {
        const figure = this.el('figure', undefined, 'figure');
        for (const image of list(section.images)) {
          const img = this.image(image);
          if (img) figure.append(img);
        }
        figure.append(this.el('figcaption', str(section.caption) ?? text.gallery));
        return figure;
      }
      case 'sections.document-card': {
        const document = obj(section.document);
        const label = [str(document?.typeName), str(document?.normalizedNumber) ?? str(document?.rawNumber), str(document?.subject)]
          .filter(Boolean)
          .join(' – ');
        return this.el('p', `${text.documentCard}: ${label || '–'}`, 'meta');
      }
      case 'sections.kpi-chart': {
        const name = str(section.title) ?? str(obj(section.indicator)?.name) ?? '–';
        return this.el('p', `${text.chart}: ${name}`, 'meta');
      }
      default:
        return this.doc.createDocumentFragment();
    }
  }

  private image(media: Entry | undefined): HTMLImageElement | undefined {
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

  private figure(media: Entry | undefined, caption: string | undefined): HTMLElement | undefined {
    const img = this.image(media);
    if (img === undefined) return undefined;
    const figure = this.el('figure', undefined, 'figure');
    figure.append(img);
    if (caption !== undefined) figure.append(this.el('figcaption', caption));
    return figure;
  }

  /** A link when the target is safe, plain text otherwise. */
  private link(href: string | undefined, label: string): Node {
    const safe = safeHref(href);
    if (safe === undefined) return this.doc.createTextNode(label);
    const anchor = this.el('a', label);
    anchor.href = safe;
    return anchor;
  }

  private table(caption: string, rows: unknown, rowHeaders = false): HTMLElement {
    const cells = Array.isArray(rows) ? rows.filter(Array.isArray).map((row: unknown[]) => row.map((cell) => (cell === null || cell === undefined ? '' : String(cell)))) : [];
    const [header = [], ...body] = cells;
    return this.dataTable(caption, header, body, rowHeaders);
  }

  private dataTable(caption: string, header: readonly string[], body: readonly (readonly string[])[], rowHeaders = false): HTMLElement {
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
  private facts(caption: string, rows: ReadonlyArray<readonly [string, string | undefined]>): HTMLElement {
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
        const href = safeHref(str(child.url));
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

  private legalDocument(entry: Entry): DocumentFragment {
    const { text, validity, system } = this.labels;
    const out = this.doc.createDocumentFragment();
    const subject = str(entry.subject);
    if (subject !== undefined) out.append(this.el('p', subject, 'lead'));
    const signer = [str(entry.signerTitle), str(entry.signer)].filter(Boolean).join(' ');
    const areas = Array.isArray(entry.areas) ? entry.areas.filter((area): area is string => typeof area === 'string').join(', ') : undefined;
    out.append(
      this.facts(text.documentMetadata, [
        [text.documentNumber, str(entry.normalizedNumber) ?? str(entry.rawNumber)],
        [text.documentType, str(entry.typeName)],
        [text.documentSystem, system[str(entry.system) ?? '']],
        [text.documentIssuer, str(entry.issuerName) ?? str(obj(entry.issuingOrganisation)?.name)],
        [text.documentTerm, str(entry.term)],
        [text.documentSigner, signer],
        [text.documentIssuedDate, formatDate(entry.issuedDate)],
        [text.documentEffectiveDate, formatDate(entry.effectiveDate)],
        [text.documentValidity, validity[str(entry.validity) ?? '']],
        [text.documentAreas, areas],
      ]),
    );
    const files = list(entry.files);
    if (files.length > 0) {
      out.append(this.el('h2', text.documentFiles));
      const items = this.el('ul');
      for (const file of files) {
        const item = this.el('li');
        const name = str(file.name) ?? str(file.url) ?? '';
        const url = this.mediaUrl(file.url);
        item.append(url === undefined ? this.doc.createTextNode(name) : this.link(url, name));
        items.append(item);
      }
      out.append(items);
    }
    if (list(entry.body).length > 0) {
      out.append(this.el('h2', text.documentBody), this.blocks(entry.body));
    }
    return out;
  }

  private congress(entry: Entry): DocumentFragment {
    const { text } = this.labels;
    const out = this.doc.createDocumentFragment();
    const cover = this.figure(obj(entry.cover), undefined);
    if (cover) out.append(cover);
    const start = num(entry.termStartYear);
    const end = num(entry.termEndYear);
    const from = formatDate(entry.startDate);
    const until = formatDate(entry.endDate);
    out.append(
      this.facts(text.congressFacts, [
        [text.congressTerm, start !== undefined && end !== undefined ? `${start}–${end}` : undefined],
        [text.congressDates, from !== undefined ? (until !== undefined && until !== from ? `${from} – ${until}` : from) : undefined],
        [text.congressDelegates, num(entry.delegateCount) === undefined ? undefined : formatNumber(entry.delegateCount)],
        [text.congressCommitteeSize, num(entry.executiveCommitteeSize) === undefined ? undefined : formatNumber(entry.executiveCommitteeSize)],
      ]),
      this.blocks(entry.description),
    );
    return out;
  }

  private kpiReport(entry: Entry): DocumentFragment {
    const { text, indicatorStatus, reportPeriod } = this.labels;
    const out = this.doc.createDocumentFragment();
    const summary = str(entry.summaryLabel);
    if (summary !== undefined) out.append(this.el('p', text.reportSummary.replace('{label}', summary), 'lead'));
    const year = num(entry.year);
    const period = [reportPeriod[str(entry.period) ?? ''], year === undefined ? undefined : String(year)].filter(Boolean).join(' ');
    out.append(
      this.facts(this.title('api::kpi-report.kpi-report', entry), [
        [text.reportPeriod, period],
        [text.reportDate, formatDate(entry.reportDate)],
        [text.reportGrading, str(entry.grading)],
      ]),
    );
    const rows = list(entry.values).map((value) => [
      str(obj(value.indicator)?.name) ?? '–',
      formatNumber(value.plan),
      formatNumber(value.actual),
      num(value.percentOfPlan) === undefined ? '–' : `${formatNumber(value.percentOfPlan)}%`,
      indicatorStatus[str(value.status) ?? ''] ?? '–',
    ]);
    if (rows.length > 0) {
      out.append(
        this.dataTable(text.reportTable.replace('{title}', this.title('api::kpi-report.kpi-report', entry)), [text.kpiIndicator, text.kpiPlan, text.kpiActual, text.kpiPercentOfPlan, text.kpiStatus], rows, true),
      );
    }
    return out;
  }

  private schedule(entry: Entry): DocumentFragment {
    const { text } = this.labels;
    const out = this.doc.createDocumentFragment();
    const from = formatDate(entry.startDate);
    const until = formatDate(entry.endDate);
    if (from !== undefined) out.append(this.el('p', `${text.scheduleWeek}: ${from}${until === undefined ? '' : ` – ${until}`}`, 'meta'));
    const note = str(entry.note);
    if (note !== undefined) out.append(this.el('p', note));
    const rows = list(entry.entries).map((item) => [
      [formatDate(item.day), str(item.time)?.slice(0, 5)].filter(Boolean).join(' '),
      str(item.content) ?? '',
      str(item.chair) ?? '',
      str(item.participants) ?? '',
      str(item.location) ?? '',
    ]);
    if (rows.length > 0) {
      out.append(
        this.dataTable(
          str(entry.title) ?? text.scheduleWeek,
          [text.scheduleTime, text.scheduleContent, text.scheduleChair, text.scheduleParticipants, text.scheduleLocation],
          rows,
          true,
        ),
      );
    }
    return out;
  }
}
