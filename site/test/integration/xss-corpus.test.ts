/**
 * XSS corpus: classic payloads typed into every text and rich-text field editors or the public can fill, stored
 * through the real REST API, built into the real site and opened in a real browser. The payloads must come out as
 * text everywhere: no injected element or attribute in any page, no dialog, no global set; feeds, sitemaps and
 * open data stay well-formed and carry the payloads as data.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { isoWeekRange } from '@portal/shared-types';
import { adminJwt } from '../../../cms/tests/helpers/content-manager.ts';
import { request } from '../../../cms/tests/helpers/http.ts';
import { launchChromium } from '../../../tests/e2e/browser.ts';
import { buildAndServeSite, sitemapUrls, type ServedSite } from '../../../tests/e2e/built-site.ts';
import {
  articlePath,
  categoryPath,
  congressPath,
  documentPath,
  indicatorPath,
  reportPath,
  scheduleWeekPath,
  staticPagePath,
  tagPath,
} from '../../src/lib/navigation/paths.ts';
import { BLOCK_LINK_URLS, TEXT_PAYLOADS, URL_PAYLOADS, XSS_GLOBAL, withoutXmlInvalidChars } from './xss-payloads.ts';
import { parseCsv } from '../support/parse-csv.ts';

const cms = inject('cms');
/** The PREVIEW_SECRET of the shared test CMS (cms/tests/helpers/test-cms.ts), and the origin its CORS allows. */
const PREVIEW_SECRET = 'test-preview-secret-5f0c2a9e1b';
const SITE_ORIGIN = 'http://127.0.0.1:4321';
const run = crypto.randomInt(100_000, 999_999);
/** Every stored text starts with this, so the run's entries can be found in pages and feeds. */
const marker = (index: number) => `XSS${run}-${String(index).padStart(2, '0')}`;

type Row = Record<string, any>;

// ---------------------------------------------------------------- REST API with a full-access token

let token = '';
let tokenId: number | undefined;
const created: Array<{ plural: string; documentId: string }> = [];
const uploads: number[] = [];
/** Entries only the admin API can delete (visitors' feedback), as their content-manager URLs. */
const adminCreated: string[] = [];
/** Fields the CMS refused, per type: a refusal is inert, but most fields must accept the text. */
const refused: Array<{ plural: string; field: string; status: number }> = [];
let fieldsSent = 0;
/** Statuses of the attempts to store a payload as a document number. */
const numberRefusals: number[] = [];
/** Statuses of the attempts to store a rich-text link to each hostile URL. */
const linkRefusals: number[] = [];

/** Draft-and-publish types the preview page renders (not static pages), by REST plural. */
const PREVIEW_TYPES: Record<string, string> = {
  articles: 'api::article.article',
  'legal-documents': 'api::legal-document.legal-document',
  congresses: 'api::congress.congress',
  'kpi-reports': 'api::kpi-report.kpi-report',
  schedules: 'api::schedule.schedule',
};
/** Where create() records the previewable entries of the corpus entry being made. */
let currentPreviews: Made['previews'] | undefined;

const api = (method: string, route: string, body?: unknown) => request(`${cms.url}/api${route}`, { method, token, body });

async function createFullAccessToken(): Promise<void> {
  const { status, body } = await request(`${cms.url}/admin/api-tokens`, {
    method: 'POST',
    token: await adminJwt(cms),
    body: { name: `xss-corpus-${run}`, description: 'XSS corpus test', type: 'full-access', lifespan: null },
  });
  if (status !== 201 && status !== 200) throw new Error(`Could not create an API token (${status}): ${JSON.stringify(body)}`);
  token = body.data.accessKey;
  tokenId = body.data.id;
}

/**
 * Creates (and, for draft-and-publish types, publishes: REST writes publish by default) an entry. A field the CMS
 * refuses with a 4xx is recorded, dropped, and the entry is sent again without it.
 */
async function create(plural: string, input: Row): Promise<Row> {
  const data = { ...input };
  fieldsSent += Object.keys(data).length;
  for (let attempt = 0; attempt < 6; attempt += 1) {
    const { status, body } = await api('POST', `/${plural}`, { data });
    if (status === 200 || status === 201) {
      created.push({ plural, documentId: body.data.documentId });
      if (PREVIEW_TYPES[plural]) currentPreviews?.push({ uid: PREVIEW_TYPES[plural], documentId: body.data.documentId });
      return body.data;
    }
    const paths: string[] = (body?.error?.details?.errors ?? []).map((error: { path: string[] }) => String(error.path[0]));
    const droppable = paths.filter((field) => field in data);
    if (status < 400 || status >= 500 || droppable.length === 0) {
      throw new Error(`Creating ${plural} failed (${status}): ${JSON.stringify(body)}`);
    }
    for (const field of new Set(droppable)) {
      refused.push({ plural, field, status });
      delete data[field];
    }
  }
  throw new Error(`Creating ${plural} kept failing`);
}

/** Sets a field only if the text fits its maxLength: a too-long value is a length check, not an XSS test. */
function fill(target: Row, field: string, max: number, text: string): void {
  if (text.length <= max) target[field] = text;
}

async function uploadImage(alternativeText: string, caption: string): Promise<number> {
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC',
    'base64',
  );
  const form = new FormData();
  form.append('files', new Blob([png], { type: 'image/png' }), `xss-${run}-${crypto.randomInt(1e9)}.png`);
  form.append('fileInfo', JSON.stringify({ alternativeText, caption }));
  const response = await fetch(`${cms.url}/api/upload`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: form });
  const body = (await response.json()) as Array<{ id: number }>;
  if (!response.ok) throw new Error(`Upload failed (${response.status}): ${JSON.stringify(body)}`);
  uploads.push(body[0]!.id);
  return body[0]!.id;
}

// ---------------------------------------------------------------- the corpus

/** Rich text holding the payload in every kind of block, with a link to `url`. */
const richText = (text: string, url: string) => [
  { type: 'heading', level: 2, children: [{ type: 'text', text }] },
  {
    type: 'paragraph',
    children: [
      { type: 'text', text, bold: true },
      { type: 'text', text: ' ' },
      { type: 'link', url, children: [{ type: 'text', text }] },
      { type: 'text', text: `\n${text}`, italic: true, code: true },
    ],
  },
  { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [{ type: 'text', text }] }] },
  { type: 'quote', children: [{ type: 'text', text }] },
  { type: 'code', children: [{ type: 'text', text }] },
];

interface Made {
  index: number;
  text: string;
  url: string;
  /** Page path → texts that page must show verbatim. */
  expected: Array<{ path: string; texts: string[] }>;
  article?: Row;
  /** The timed schedule entry as sent. */
  scheduleEntry?: Row;
  indicator?: Row;
  feedback?: { authorName: string; content: string };
  /** Draft-and-publish entries, for the draft preview. */
  previews: Array<{ uid: string; documentId: string }>;
}

const made: Made[] = [];
const siteSettingsTexts: string[] = [];
let originalSettings: Row | undefined;
let settingsPath: string | undefined;

async function createCorpusEntry(index: number): Promise<void> {
  const payload = TEXT_PAYLOADS[index]!;
  const url = URL_PAYLOADS[index % URL_PAYLOADS.length]!;
  const linkUrl = BLOCK_LINK_URLS[index % BLOCK_LINK_URLS.length]!;
  const text = `${marker(index)} ${payload.text}`;
  const entry: Made = { index, text, url, expected: [], previews: [] };
  made.push(entry);
  currentPreviews = entry.previews;

  const imageId = await uploadImage(text, text);

  const tag = await create('tags', { name: text.length <= 100 ? text : `${marker(index)} thẻ` });
  if (tag.name === text) entry.expected.push({ path: tagPath(tag.slug), texts: [text] });

  const category: Row = { name: `${marker(index)} chuyên mục` };
  fill(category, 'name', 120, text);
  fill(category, 'description', 500, text);
  const storedCategory = await create('categories', category);
  entry.expected.push({ path: categoryPath(storedCategory.slug), texts: [storedCategory.name] });

  const organisation: Row = { name: text, kind: 'party-committee', level: 'commune', website: url };
  fill(organisation, 'shortName', 150, text);
  fill(organisation, 'code', 30, text);
  for (const field of ['description', 'address', 'phone', 'email'] as const) fill(organisation, field, field === 'phone' ? 50 : 300, text);
  const storedOrganisation = await create('organisations', organisation);

  const person: Row = { fullName: `${marker(index)} Nguyễn Văn Thử`, biography: richText(text, linkUrl), positions: [{ title: `${marker(index)} Bí thư`, organisation: storedOrganisation.documentId }] };
  fill(person, 'fullName', 150, text);
  fill(person.positions[0], 'title', 200, text);
  const storedPerson = await create('people', person);

  const indicator: Row = { name: text, code: `XSS-${run}-${index}`, measureUnit: 'ha', domain: 'economy', direction: 'higher', targetKind: 'absolute', description: text, organisation: storedOrganisation.documentId };
  fill(indicator, 'code', 60, text);
  fill(indicator, 'measureUnit', 60, text);
  entry.indicator = await create('indicators', indicator);
  entry.expected.push({ path: indicatorPath(entry.indicator.slug), texts: [text] });

  const document: Row = {
    rawNumber: `${((run % 9000) + 1000) * 100 + index}-NQ/ĐU`,
    term: '2020-2025',
    issuedDate: '2021-03-01',
    subject: text,
    issuerName: text,
    signerTitle: text,
    signer: `${marker(index)} Trần Văn Ký`,
    body: richText(text, linkUrl),
    relations: [{ kind: 'related', targetNumber: `${index + 1}-QĐ/TU`, note: text }],
    issuingOrganisation: storedOrganisation.documentId,
  };
  fill(document, 'signer', 150, text);
  // A payload as the document number cannot be parsed: the CMS must refuse it (and so it is inert).
  const refusedNumber = await api('POST', '/legal-documents', { data: { ...document, rawNumber: text.slice(0, 100) } });
  numberRefusals.push(refusedNumber.status);
  if (refusedNumber.body?.data?.documentId) created.push({ plural: 'legal-documents', documentId: refusedNumber.body.data.documentId });
  const storedDocument = await create('legal-documents', document);
  entry.expected.push({ path: documentPath(storedDocument.slug), texts: [text] });

  const congress: Row = {
    title: text,
    ordinal: 100 + index,
    termStartYear: 2020,
    termEndYear: 2025,
    description: richText(text, linkUrl),
    termTargets: [{ indicator: entry.indicator.documentId, target: 10, targetText: text, note: text }],
    organisation: storedOrganisation.documentId,
    secretary: storedPerson.documentId,
    executiveCommitteeMembers: [storedPerson.documentId],
  };
  const storedCongress = await create('congresses', congress);
  entry.expected.push({ path: congressPath(storedCongress.slug), texts: [text] });

  const report: Row = {
    title: text,
    period: 'year',
    year: 2021,
    summaryLabel: text.slice(0, 200),
    values: [{ indicator: entry.indicator.documentId, plan: 10, actual: 12.5, previous: 9, estimate: false, note: text }],
    organisation: storedOrganisation.documentId,
    sourceDocument: storedDocument.documentId,
  };
  const storedReport = await create('kpi-reports', report);
  entry.expected.push({ path: reportPath(storedReport.slug), texts: [text] });

  // One ISO week of 2019 per payload: each gets its own week page.
  const week = index + 1;
  const { start } = isoWeekRange(2019, week);
  const scheduleEntry: Row = { day: start, time: '08:00', content: text, participants: text, chair: text, location: text, preparingUnit: text };
  entry.scheduleEntry = scheduleEntry;
  await create('schedules', {
    title: text,
    isoYear: 2019,
    isoWeek: week,
    note: text,
    entries: [scheduleEntry, { day: start, content: `${marker(index)} cả ngày: ${payload.text}` }],
    organisation: storedOrganisation.documentId,
  });
  entry.expected.push({ path: scheduleWeekPath(2019, week), texts: [text] });

  const sections = [
    { __component: 'sections.rich-text', body: richText(text, linkUrl) },
    { __component: 'sections.quote', quote: text, attribution: text.slice(0, 200) },
    { __component: 'sections.table', caption: text, rows: [[text, 'Cột 2'], ['Ô', text]] },
    { __component: 'sections.image', image: imageId, caption: text },
    { __component: 'sections.gallery', images: [imageId], caption: text },
    { __component: 'sections.document-card', document: storedDocument.documentId },
    { __component: 'sections.kpi-chart', indicator: entry.indicator.documentId, title: text.slice(0, 200) },
  ];
  const seo = { metaTitle: text.slice(0, 70), metaDescription: text.slice(0, 200) };

  const page = await create('pages', { title: text.length <= 200 ? text : `${marker(index)} trang`, summary: text, sections, seo });
  entry.expected.push({ path: staticPagePath(page.slug), texts: [text] });

  const article: Row = {
    title: text,
    summary: text,
    // Newest first in the feed: the run's articles are the latest.
    date: new Date(Date.now() - index * 60_000).toISOString(),
    cover: imageId,
    coverCaption: text,
    author: text,
    photoCredit: text,
    contributingUnit: text,
    sourceName: text,
    sourceUrl: url,
    category: storedCategory.documentId,
    tags: [tag.documentId],
    organisation: storedOrganisation.documentId,
    relatedDocuments: [storedDocument.documentId],
    sections,
    seo,
  };
  for (const field of ['author', 'photoCredit', 'contributingUnit'] as const) if (text.length > 200) delete article[field];
  entry.article = await create('articles', article);
  entry.expected.push({ path: articlePath(entry.article.slug), texts: [text] });
}

/** Rich text linking to a hostile URL: the CMS must refuse it. Whatever it stores is cleaned up. */
async function probeRichTextLinks(): Promise<void> {
  for (const [n, url] of URL_PAYLOADS.entries()) {
    const { status, body } = await api('POST', '/people', { data: { fullName: `${marker(80 + n)} Lê Văn Liên`, biography: richText(marker(80 + n), url) } });
    linkRefusals.push(status);
    if (body?.data?.documentId) created.push({ plural: 'people', documentId: body.data.documentId });
  }
}

/** A visitor's comment through the public form endpoint, then approved (with a reply) by an editor. */
async function submitFeedback(entry: Made): Promise<void> {
  const authorName = `${marker(entry.index)} ${TEXT_PAYLOADS[entry.index]!.text}`.slice(0, 150);
  const content = `Ý kiến ${entry.text}`;
  const response = await fetch(`${cms.url}/api/public/feedback`, {
    method: 'POST',
    // A new visitor per comment: the intake is rate-limited per visitor.
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'User-Agent': `xss-corpus-${run}-${entry.index}` },
    body: JSON.stringify({ targetType: 'article', target: entry.article!.documentId, authorName, email: `ban-doc-${entry.index}@example.vn`, content }),
  });
  const text = await response.text();
  if (response.status >= 500) throw new Error(`Feedback intake failed (${response.status}): ${text}`);
  if (response.status !== 201) {
    refused.push({ plural: 'public/feedback', field: 'content', status: response.status });
    return;
  }
  // Feedback has no REST route (it holds e-mail addresses): editors moderate it in the admin.
  const admin = `${cms.url}/content-manager/collection-types/api::feedback.feedback`;
  const jwt = await adminJwt(cms);
  const found = await request(`${admin}?filters[article][documentId][$eq]=${entry.article!.documentId}&pageSize=10`, { token: jwt });
  if (found.status !== 200) throw new Error(`Listing feedback failed (${found.status}): ${JSON.stringify(found.body)}`);
  for (const feedback of found.body.results as Row[]) {
    adminCreated.push(`${admin}/${feedback.documentId}`);
    const approved = await request(`${admin}/${feedback.documentId}`, { method: 'PUT', token: jwt, body: { moderation: 'approved', reply: `Trả lời ${entry.text}` } });
    if (approved.status !== 200) throw new Error(`Approving feedback failed (${approved.status}): ${JSON.stringify(approved.body)}`);
    entry.feedback = { authorName: feedback.authorName, content: feedback.content };
  }
}

const SETTINGS_TEXT_FIELDS = [
  ['portalName', 200],
  ['ownerName', 200],
  ['editorInChiefName', 150],
  ['editorInChiefTitle', 200],
  ['licence', 300],
  ['address', 300],
  ['archiveNotice', 1000],
  ['phone', 50],
  ['email', 200],
] as const;

/**
 * The route of the settings the home page shows: since units (issue 16) a unit's own settings win over the
 * site-setting single type, so the payloads go into the unit the site settings belong to.
 */
async function settingsRoute(): Promise<string> {
  const settings = await api('GET', '/site-setting?populate[unit][fields][0]=slug');
  if (settings.status !== 200) throw new Error(`Reading the site settings failed (${settings.status})`);
  const unit = settings.body.data.unit as Row | null;
  if (!unit?.documentId) throw new Error('The site settings have no unit');
  return `/units/${unit.documentId}`;
}

/** Payloads in the site settings, which every page shows (title, header, footer, JSON-LD). Undone in afterAll. */
async function fillSiteSettings(): Promise<void> {
  settingsPath = await settingsRoute();
  const current = await api('GET', `${settingsPath}?populate[linkedWebsites]=true&populate[socialLinks]=true`);
  if (current.status !== 200) throw new Error(`Reading the unit's settings failed (${current.status})`);
  originalSettings = current.body.data;
  // The title breakout goes where it matters most: the portal name ends every <title>.
  const order = [7, 4, 1, 2, 5, 6, 0, 3, 12];
  const data: Row = {};
  SETTINGS_TEXT_FIELDS.forEach(([field, max], position) => {
    const payload = TEXT_PAYLOADS[order[position]!]!.text;
    const text = `${marker(90 + position)} ${payload}`;
    if (text.length <= max) {
      data[field] = text;
      siteSettingsTexts.push(text);
    }
  });
  const links = (list: Row[] | undefined) => (list ?? []).map(({ label, url }) => ({ label, url }));
  data.linkedWebsites = [...links(originalSettings!.linkedWebsites), ...URL_PAYLOADS.map((url, n) => ({ label: `${marker(95)} ${TEXT_PAYLOADS[n]!.text}`.slice(0, 200), url }))];
  data.socialLinks = [...links(originalSettings!.socialLinks), { label: `${marker(96)} ${TEXT_PAYLOADS[8]!.text}`, url: URL_PAYLOADS[0] }];
  fieldsSent += Object.keys(data).length;
  const { status, body } = await api('PUT', settingsPath, { data });
  if (status !== 200) throw new Error(`Writing the unit's settings failed (${status}): ${JSON.stringify(body)}`);
}

async function restoreSiteSettings(): Promise<void> {
  if (!originalSettings || !settingsPath) return;
  const data: Row = {};
  for (const [field] of SETTINGS_TEXT_FIELDS) data[field] = originalSettings[field] ?? null;
  const links = (list: Row[] | undefined) => (list ?? []).map(({ label, url }) => ({ label, url }));
  data.linkedWebsites = links(originalSettings.linkedWebsites);
  data.socialLinks = links(originalSettings.socialLinks);
  const { status, body } = await api('PUT', settingsPath, { data });
  if (status !== 200) throw new Error(`Restoring the unit's settings failed (${status}): ${JSON.stringify(body)}`);
}

// ---------------------------------------------------------------- checks run in the browser

interface PageReport {
  problems: string[];
  fired: unknown;
  text: string;
}

/** Looks for anything a payload could have injected into a page's DOM. Runs in the page. */
function inspectDom(globalName: string): PageReport {
  const problems: string[] = [];
  const show = (element: Element) => element.outerHTML.slice(0, 200);
  const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'srcset', 'ping', 'cite']);
  const FORBIDDEN_TAGS = new Set(['IFRAME', 'FRAME', 'FRAMESET', 'OBJECT', 'EMBED', 'APPLET', 'BASE']);
  for (const element of document.querySelectorAll('*')) {
    if (FORBIDDEN_TAGS.has(element.tagName.toUpperCase())) problems.push(`<${element.tagName}> element: ${show(element)}`);
    if (element.tagName === 'META' && element.hasAttribute('http-equiv')) problems.push(`meta http-equiv: ${show(element)}`);
    if (element.tagName === 'STYLE' && element.closest('body')) problems.push(`<style> in the body: ${show(element)}`);
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`${name} attribute: ${show(element)}`);
      if (name === 'srcdoc') problems.push(`srcdoc attribute: ${show(element)}`);
      if (URL_ATTRIBUTES.has(name)) {
        // Browsers ignore ASCII whitespace and control characters inside a scheme.
        const value = attribute.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
        if (/^(javascript|vbscript|livescript):/.test(value) || /^data:(?!image\/(png|jpeg|gif|webp|avif);)/.test(value)) {
          problems.push(`${name}="${attribute.value.slice(0, 80)}": ${show(element)}`);
        }
      }
    }
  }
  for (const script of document.querySelectorAll('script')) {
    if (script.type === 'application/ld+json') {
      try {
        JSON.parse(script.textContent ?? '');
      } catch {
        problems.push(`JSON-LD that does not parse: ${show(script)}`);
      }
      continue;
    }
    const src = script.getAttribute('src');
    const target = src === null ? null : new URL(src, location.href);
    // The site's own scripts are Astro's bundles, served from /_astro/.
    if (target === null || target.origin !== location.origin || !target.pathname.startsWith('/_astro/')) {
      problems.push(`script not from the site's bundles: ${show(script)}`);
    }
  }
  return { problems, fired: (window as unknown as Record<string, unknown>)[globalName], text: `${document.title}\n${document.body.textContent ?? ''}` };
}

interface VisitReport {
  problems: string[];
  text: string;
  searchResults: number;
  searchStatus: string;
}

/** Opens a page, hovers and focuses every element, then inspects its DOM; dialogs and the payloads' global are problems. */
async function visitPage(page: Page, url: string, isSearch = false): Promise<VisitReport> {
  const problems: string[] = [];
  const dialogs: string[] = [];
  const errors: string[] = [];
  const onError = (error: Error) => errors.push(error.message);
  const onDialog = (dialog: { message(): string; dismiss(): Promise<void> }) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  };
  page.on('pageerror', onError);
  page.on('dialog', onDialog);
  let text = '';
  let searchResults = 0;
  let searchStatus = '';
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    if (isSearch) {
      // Results come from Pagefind's excerpts, inserted as HTML: wait until the search has finished.
      await page
        .waitForFunction(() => /kết quả|Không tìm thấy/.test(document.getElementById('search-status')?.textContent ?? ''), undefined, { timeout: 60_000 })
        .catch(() => undefined);
      searchResults = await page.locator('#search-results li').count();
      searchStatus = `${(await page.locator('#search-status').textContent()) ?? ''} ${errors.join('; ')}`;
    }
    await page.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => undefined);
    // Hover and focus every element once, so breakout payloads relying on them would fire.
    await page.evaluate(() => {
      for (const element of document.querySelectorAll<HTMLElement>('body *')) {
        element.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
        element.focus?.();
      }
    });
    const report = await page.evaluate(inspectDom, XSS_GLOBAL);
    for (const problem of report.problems) problems.push(`${url}: ${problem}`);
    if (report.fired !== undefined) problems.push(`${url}: window.${XSS_GLOBAL} = ${String(report.fired)}`);
    text = report.text;
  } finally {
    page.off('dialog', onDialog);
    page.off('pageerror', onError);
  }
  for (const message of dialogs) problems.push(`${url}: dialog "${message}"`);
  return { problems, text, searchResults, searchStatus };
}

interface XmlReport {
  error: string | null;
  elements: string[];
  texts: Record<string, string[]>;
}

/** Parses XML strictly (the browser's XML parser reports any well-formedness error). Runs in the page. */
function parseXml(source: string): XmlReport {
  const xml = new DOMParser().parseFromString(source, 'application/xml');
  const error = xml.getElementsByTagName('parsererror')[0];
  if (error) return { error: error.textContent ?? 'parsererror', elements: [], texts: {} };
  const elements = new Set<string>();
  const texts: Record<string, string[]> = {};
  for (const element of xml.querySelectorAll('*')) {
    elements.add(element.nodeName);
    if (element.children.length === 0) (texts[element.nodeName] ??= []).push(element.textContent ?? '');
  }
  return { error: null, elements: [...elements], texts };
}

// ---------------------------------------------------------------- helpers for the outputs

/** XML text escaping as the feed writes it (the test's own copy, to find the escaped title in the feed). */
const escapeXmlText = (text: string) =>
  withoutXmlInvalidChars(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** Content lines of an iCalendar text (RFC 5545 unfolding). */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '').split('\r\n').filter((line) => line !== '');
/** A text without the control characters an iCalendar value cannot hold (tab aside). */
const withoutControls = (text: string) => text.replace(/[\u0000-\u0008\u000A-\u001F\u007F]/g, '');
const unescapeIcsText = (value: string) => value.replace(/\\([\\;,nN])/g, (_match, char: string) => (char === 'n' || char === 'N' ? '\n' : char));

/** Every string value inside parsed JSON. */
function jsonStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(jsonStrings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(jsonStrings);
  return [];
}

function filesOf(dir: string, pattern: RegExp): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((file) => file.isFile() && pattern.test(file.name))
    .map((file) => path.join(file.parentPath, file.name));
}

// ---------------------------------------------------------------- the test

let site: ServedSite;
let browser: Browser;
let context: BrowserContext;
let xmlPage: Page;

beforeAll(async () => {
  await createFullAccessToken();
  for (let index = 0; index < TEXT_PAYLOADS.length; index += 1) await createCorpusEntry(index);
  await probeRichTextLinks();
  for (const entry of made) await submitFeedback(entry);
  await fillSiteSettings();
  site = await buildAndServeSite(cms);
  browser = await launchChromium();
  // CSP is bypassed on purpose: it is a second line of defence, and this test checks the first (escaping).
  context = await browser.newContext({ bypassCSP: true });
  xmlPage = await context.newPage();
}, 1_500_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await site?.close();
  const failures: string[] = [];
  try {
    await restoreSiteSettings();
  } catch (error) {
    failures.push(String(error));
  }
  for (const url of adminCreated.splice(0)) {
    const { status } = await request(url, { method: 'DELETE', token: await adminJwt(cms) });
    if (status !== 200 && status !== 404) failures.push(`delete ${url}: ${status}`);
  }
  for (const entry of created.splice(0).reverse()) {
    const { status } = await api('DELETE', `/${entry.plural}/${entry.documentId}`);
    if (status !== 200 && status !== 204 && status !== 404) failures.push(`delete ${entry.plural} ${entry.documentId}: ${status}`);
  }
  for (const id of uploads.splice(0)) {
    const { status } = await api('DELETE', `/upload/files/${id}`);
    if (status !== 200 && status !== 404) failures.push(`delete upload ${id}: ${status}`);
  }
  if (tokenId !== undefined) {
    const { status } = await request(`${cms.url}/admin/api-tokens/${tokenId}`, { method: 'DELETE', token: await adminJwt(cms) });
    if (status !== 200) failures.push(`delete API token: ${status}`);
  }
  if (failures.length > 0) throw new Error(`Clean-up failed: ${failures.join('; ')}`);
}, 600_000);

describe('XSS payloads typed into every text field', () => {
  it('are stored as typed: the CMS refuses few fields and its REST JSON returns the text unchanged', async () => {
    expect(made).toHaveLength(TEXT_PAYLOADS.length);
    console.info(`The CMS refused ${refused.length} of ${fieldsSent} fields: ${JSON.stringify(refused)}`);
    // A refusal is inert, but a CMS that refuses most text is not what editors need.
    expect(refused.length, JSON.stringify(refused)).toBeLessThan(fieldsSent * 0.05);
    expect(numberRefusals).toEqual(made.map(() => 400));
    expect(linkRefusals).toEqual(URL_PAYLOADS.map(() => 400));

    // What the site build reads: the read-only token's JSON, parsed from the raw text, with every text as sent.
    const fields: Array<[string, string, (entry: Made) => string]> = [
      ['articles', 'title', (entry) => entry.text],
      ['articles', 'summary', (entry) => entry.text],
      ['articles', 'sourceUrl', (entry) => entry.url],
      ['legal-documents', 'subject', (entry) => entry.text],
      ['congresses', 'title', (entry) => entry.text],
      ['kpi-reports', 'title', (entry) => entry.text],
      ['schedules', 'title', (entry) => entry.text],
      ['indicators', 'name', (entry) => entry.text],
      ['organisations', 'name', (entry) => entry.text],
      ['pages', 'summary', (entry) => entry.text],
    ];
    for (const [plural, field, expected] of fields) {
      const filter = field === 'sourceUrl' ? `filters[title][$startsWith]=XSS${run}-` : `filters[${field}][$startsWith]=XSS${run}-`;
      const response = await fetch(`${cms.url}/api/${plural}?${filter}&pagination[pageSize]=100`, { headers: { Authorization: `Bearer ${cms.token}` } });
      expect(response.status, plural).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      const body = JSON.parse(await response.text()) as { data: Row[] };
      expect(body.data.map((row) => row[field]).sort(), `${plural}.${field}`).toEqual(made.map(expected).sort());
    }
  });

  it('are caught by these checks when left unescaped (control, on a copy of a built page)', async () => {
    const article = made[0]!.article!;
    const html = fs.readFileSync(path.join(site.dir, articlePath(article.slug), 'index.html'), 'utf8');
    const raw = [1, 3, 8].map((n) => TEXT_PAYLOADS[n]!.text).join('');
    fs.mkdirSync(path.join(site.dir, 'kiem-tra-doi-chung'), { recursive: true });
    fs.writeFileSync(path.join(site.dir, 'kiem-tra-doi-chung', 'index.html'), html.replace('</main>', `${raw}</main>`));
    const page = await context.newPage();
    const report = await visitPage(page, `${site.url}/kiem-tra-doi-chung/`);
    await page.close();
    const found = report.problems.join('\n');
    expect(found).toContain('onerror attribute');
    expect(found).toContain('javascript:');
    expect(found).toContain('srcdoc attribute');
    // The img and the iframe both run: whichever ran last set the global.
    expect(found).toMatch(new RegExp(`window\\.${XSS_GLOBAL} = (2|9)`));
    expect(found).toMatch(/dialog "(2|9)"/);

    const rss = fs.readFileSync(path.join(site.dir, 'rss.xml'), 'utf8');
    const broken = await xmlPage.evaluate(parseXml, rss.replace(`<title>${escapeXmlText(made[0]!.text)}`, `<title>${made[0]!.text}`));
    expect(broken.error ?? broken.elements.join(' ')).toMatch(/script|error/i);
  });

  it('inject nothing into any page: no foreign script, no on* attribute, no javascript: URL, no frame, no dialog', async () => {
    const searchUrl = `${site.url}/tim-kiem/?q=XSS${run}`;
    const urls = [...new Set([...sitemapUrls(site), searchUrl, `${site.url}/khong-co-trang-nay/`])];
    expect(urls.length).toBeGreaterThan(made.length * 6);
    const problems: string[] = [];
    const shown = new Map<string, string>();
    let searchResults = 0;
    let searchStatus = '';

    const visit = async (page: Page, url: string) => {
      const report = await visitPage(page, url, url === searchUrl);
      problems.push(...report.problems);
      shown.set(new URL(url).pathname + new URL(url).search, report.text);
      if (url === searchUrl) {
        searchResults = report.searchResults;
        searchStatus = report.searchStatus;
      }
    };

    const queue = [...urls];
    const worker = async () => {
      const page = await context.newPage();
      for (let url = queue.shift(); url !== undefined; url = queue.shift()) await visit(page, url);
      await page.close();
    };
    await Promise.all([worker(), worker(), worker()]);

    expect(problems).toEqual([]);
    expect(searchResults, searchStatus).toBeGreaterThan(0);

    // The payloads were on those pages, as text: each page shows its entry's text verbatim.
    const missing: string[] = [];
    for (const entry of made) {
      for (const { path: route, texts } of entry.expected) {
        const text = shown.get(route);
        if (text === undefined) missing.push(`${route} not in the sitemap`);
        else for (const expected of texts) if (!withoutXmlInvalidChars(text).includes(withoutXmlInvalidChars(expected))) missing.push(`${route} lacks ${JSON.stringify(expected)}`);
      }
      if (entry.feedback) {
        const text = shown.get(articlePath(entry.article!.slug)) ?? '';
        for (const value of [entry.feedback.authorName, entry.feedback.content]) {
          if (!text.includes(value)) missing.push(`feedback ${JSON.stringify(value)} not shown`);
        }
      }
    }
    const home = shown.get('/') ?? '';
    for (const text of siteSettingsTexts) {
      if (!withoutXmlInvalidChars(home).includes(withoutXmlInvalidChars(text))) missing.push(`home page lacks the setting ${JSON.stringify(text)}`);
    }
    expect(missing).toEqual([]);
    expect(made.filter((entry) => entry.feedback).length).toBeGreaterThan(made.length / 2);
  });

  it('leave the RSS feed and the sitemaps well-formed XML, with the payloads as text', async () => {
    const rss = fs.readFileSync(path.join(site.dir, 'rss.xml'), 'utf8');
    const feed = await xmlPage.evaluate(parseXml, rss);
    expect(feed.error).toBeNull();
    // Nothing but RSS's own elements: no payload became markup.
    for (const name of feed.elements) {
      expect(['rss', 'channel', 'title', 'link', 'description', 'language', 'atom:link', 'lastBuildDate', 'item', 'guid', 'pubDate', 'category']).toContain(name);
    }
    for (const entry of made) {
      expect(feed.texts.title).toContain(withoutXmlInvalidChars(entry.text));
      expect(feed.texts.description).toContain(withoutXmlInvalidChars(entry.text));
    }

    const sitemaps = filesOf(site.dir, /^sitemap-.*\.xml$/);
    expect(sitemaps.length).toBeGreaterThan(1);
    for (const file of sitemaps) {
      const parsed = await xmlPage.evaluate(parseXml, fs.readFileSync(file, 'utf8'));
      expect(parsed.error, file).toBeNull();
      expect(parsed.elements.filter((name) => !['sitemapindex', 'sitemap', 'urlset', 'url', 'loc', 'lastmod'].includes(name)), file).toEqual([]);
    }
  });

  it('leave the schedule calendars valid iCalendar, with the payloads as escaped text', () => {
    const feeds = filesOf(path.join(site.dir, 'lich-cong-tac'), /\.ics$/);
    expect(feeds.length).toBeGreaterThan(0);
    const values: string[] = [];
    for (const file of feeds) {
      const raw = fs.readFileSync(file, 'utf8');
      expect(raw.endsWith('\r\n')).toBe(true);
      // No bare CR or LF (a payload's line break could otherwise start a property of its own), nor any other control
      // character RFC 5545 forbids in a value.
      expect(raw.replace(/\r\n/g, '')).not.toMatch(/[\u0000-\u0008\u000A-\u001F\u007F]/);
      const lines = unfold(raw);
      for (const line of lines) expect(line, file).toMatch(/^[A-Z][A-Z0-9-]*(;[A-Z0-9-]+=[^:;]+)*:/);
      expect(lines.filter((line) => line === 'BEGIN:VEVENT').length).toBe(lines.filter((line) => line === 'END:VEVENT').length);
      for (const line of lines) values.push(unescapeIcsText(line.slice(line.indexOf(':') + 1)));
    }
    for (const entry of made) {
      const timed = entry.scheduleEntry!;
      expect(values).toContain(withoutControls(entry.text));
      expect(values).toContain(`Chủ trì: ${withoutControls(timed.chair)}\nThành phần: ${withoutControls(timed.participants)}\nĐơn vị chuẩn bị: ${withoutControls(timed.preparingUnit)}`);
    }
  });

  it('leave the open data JSON and CSV parseable, with the payloads as plain values', () => {
    const jsonFiles = [...filesOf(path.join(site.dir, 'du-lieu'), /\.json$/), ...filesOf(path.join(site.dir, 'chi-tieu'), /\.json$/)];
    const csvFiles = [...filesOf(path.join(site.dir, 'du-lieu'), /\.csv$/), ...filesOf(path.join(site.dir, 'chi-tieu'), /\.csv$/)];
    expect(jsonFiles.length).toBeGreaterThan(made.length);
    expect(csvFiles.length).toBeGreaterThan(made.length);
    const strings = new Set(jsonFiles.flatMap((file) => jsonStrings(JSON.parse(fs.readFileSync(file, 'utf8')))));
    const cells = new Set<string>();
    for (const file of csvFiles) {
      const rows = parseCsv(fs.readFileSync(file, 'utf8'));
      expect(rows.length, file).toBeGreaterThan(0);
      // Every record has the header's number of fields: no payload split a row.
      for (const row of rows) expect(row.length, file).toBe(rows[0]!.length);
      for (const row of rows) for (const cell of row) cells.add(cell);
    }
    for (const entry of made) {
      expect(strings).toContain(entry.text);
      expect(cells).toContain(entry.text);
    }
  });
  it('inject nothing into the draft preview, which renders them as text in the browser', async () => {
    // The CMS lets browsers in from the site origin only (see tests/e2e/preview-draft.test.ts): serve the build there.
    const previewContext = await browser.newContext({ bypassCSP: true });
    await previewContext.route(`${SITE_ORIGIN}/**`, async (route) => {
      const target = new URL(route.request().url());
      await route.fulfill({ response: await route.fetch({ url: `${site.url}${target.pathname}${target.search}` }) });
    });
    await previewContext.route(`${cms.url}/**`, async (route) => {
      // A call still in flight when its page closes (the visitor statistics) is dropped, not an unhandled rejection;
      // a preview whose draft request failed still shows it in its status line, checked below.
      const response = await route.fetch().catch(() => null);
      await (response === null ? route.abort() : route.fulfill({ response })).catch(() => {});
    });
    const problems: string[] = [];
    const queue = made.flatMap((entry) => entry.previews.map((preview) => ({ ...preview, text: entry.text })));
    expect(queue.length).toBe(made.length * Object.keys(PREVIEW_TYPES).length);
    const worker = async () => {
      const page = await previewContext.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
        const url = `${SITE_ORIGIN}/xem-truoc/?${new URLSearchParams({ type: item.uid, documentId: item.documentId, secret: PREVIEW_SECRET })}`;
        await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
        await page.waitForFunction(() => /^(?!Đang tải).+/.test(document.getElementById('preview-status')?.textContent?.trim() ?? ''), undefined, { timeout: 60_000 });
        const status = (await page.locator('#preview-status').textContent())?.trim();
        if (status !== 'Đã tải bản nháp.') problems.push(`${item.uid} ${item.documentId}: ${status}`);
        const report = await page.evaluate(inspectDom, XSS_GLOBAL);
        for (const problem of report.problems) problems.push(`${item.uid} ${item.documentId}: ${problem}`);
        if (report.fired !== undefined) problems.push(`${item.uid}: window.${XSS_GLOBAL} = ${String(report.fired)}`);
        if (!withoutXmlInvalidChars(report.text).includes(withoutXmlInvalidChars(item.text))) problems.push(`${item.uid} ${item.documentId} lacks ${JSON.stringify(item.text)}`);
        for (const message of dialogs.splice(0)) problems.push(`${item.uid} ${item.documentId}: dialog "${message}"`);
      }
      await page.close();
    };
    try {
      await Promise.all([worker(), worker(), worker()]);
    } finally {
      await previewContext.close();
    }
    expect(problems).toEqual([]);
  });
});
