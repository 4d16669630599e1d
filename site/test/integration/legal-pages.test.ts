/**
 * What the law asks of the portal (issue 20), on a site built from the live seeded CMS: the planned-outage banner on
 * every page (Nghị định 224/2026), the accessibility statement (TT 22/2023) linked from every footer, and the English
 * page (Nghị định 42/2022) linked from every header, with lang="en" and its own metadata, and the Tiếp cận thông tin
 * section (Luật 104/2016 Điều 19, Nghị định 13/2018 Điều 11).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatViDate } from '@portal/shared-types';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { deleteCreatedEntries, mustCreate, outageWindow, publishEntry } from '../../../cms/tests/helpers/content-manager.ts';
import { request } from '../../../cms/tests/helpers/http.ts';
import { DISCLOSURE_ITEMS, boundaryMapSvg } from '@portal/shared-types';
import { demoArticles, demoDocuments, demoEnglishPage, demoInformationAccess, demoPages, demoSiteSettings, demoUnitProfile } from '../../../cms/src/seed/demo-content.ts';
import { buildSite } from '../../../scripts/src/site-build.ts';

const cms = inject('cms');
const marker = crypto.randomBytes(4).toString('hex');
const article = demoArticles.find((entry) => !entry.draft)!;
const window = outageWindow(8);

let dir: string;
let buildLog: string;
const page = (pathname: string) => fs.readFileSync(path.join(dir, pathname, 'index.html'), 'utf8');
/** How Astro escapes text content (quotes included in expressions) and attribute values (only & and "). */
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeText = (text: string) => escapeHtml(text).replace(/"/g, '&quot;').replace(/'/g, '&#39;');
const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

beforeAll(async () => {
  const notice = await mustCreate(cms, 'api::outage-notice.outage-notice', {
    title: `Tạm ngừng cổng để nâng cấp ${marker}`,
    message: `Cổng thông tin tạm ngừng để nâng cấp máy chủ ${marker}.`,
    ...window,
  });
  await publishEntry(cms, 'api::outage-notice.outage-notice', notice.documentId);
  // A leader of the site's owner organisation, for the profile's biographies.
  const owner = await request(`${cms.url}/api/organisations?filters[slug][$eq]=${demoSiteSettings.ownerOrganisation}`, { token: cms.token });
  await mustCreate(cms, 'api::person.person', {
    fullName: `Phạm Văn Lãnh Đạo ${marker}`,
    biography: [{ type: 'paragraph', children: [{ type: 'text', text: `Tiểu sử kiểm thử ${marker}.` }] }],
    positions: [{ title: 'Chủ tịch Ủy ban nhân dân huyện', organisation: owner.body.data[0].documentId, from: '2021-06-01', until: null }],
  });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-legal-'));
  buildLog = await buildSite({ cmsUrl: cms.url, tokenFile: cms.tokenFile, siteUrl: 'https://portal.example.vn', outDir: dir, quiet: true });
}, 300_000);

afterAll(async () => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  await deleteCreatedEntries();
});

describe('a planned-outage notice', () => {
  it('is shown at the top of every page with its window in Vietnam time', () => {
    const pages = ['', `tin-tuc/${article.slug}`, 'tim-kiem'].map(page);
    pages.push(fs.readFileSync(path.join(dir, '404.html'), 'utf8'));
    for (const html of pages) {
      const banner = html.match(/<aside class="outage-notices"[^>]*>[\s\S]*?<\/aside>/)?.[0] ?? '';
      expect(banner).toContain('aria-label="Thông báo tạm ngừng hoạt động của cổng thông tin"');
      expect(banner).toContain(`Tạm ngừng cổng để nâng cấp ${marker}`);
      expect(banner).toContain(`Cổng thông tin tạm ngừng để nâng cấp máy chủ ${marker}.`);
      expect(banner).toContain(
        `Thời gian tạm ngừng: từ ${formatViDate(window.startsAt, { time: true })} đến ${formatViDate(window.endsAt, { time: true })}.`,
      );
      expect(banner).toContain(`data-ends-at="${window.endsAt}"`);
      // Before the header, right after the skip link: the first thing read.
      expect(html.indexOf('class="outage-notices"')).toBeLessThan(html.indexOf('<header'));
    }
  });
});

describe('the accessibility statement', () => {
  it('is linked from the footer of every page', () => {
    for (const html of ['', `tin-tuc/${article.slug}`, 'van-ban'].map(page)) {
      const footer = html.match(/<footer class="site-footer">[\s\S]*?<\/footer>/)?.[0] ?? '';
      expect(footer).toContain('<a href="/kha-nang-tiep-can/">Khả năng tiếp cận</a>');
    }
  });

  it('states the standard, the measures, the limits and whom to tell, with the owner’s contacts', () => {
    const html = page('kha-nang-tiep-can');
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('<h1>Tuyên bố về khả năng tiếp cận</h1>');
    expect(html).toContain('WCAG');
    expect(html).toContain('Thông tư 22/2023/TT-BTTTT');
    for (const heading of ['Tiêu chuẩn áp dụng', 'Các biện pháp đã thực hiện', 'Hạn chế còn tồn tại', 'Phản ánh về khả năng tiếp cận']) {
      expect(html).toContain(`<h2>${heading}</h2>`);
    }
    expect(html).toContain(`mailto:${demoSiteSettings.email}`);
    expect(html).toContain(escapeHtml(demoSiteSettings.ownerName));
  });
});

describe('the English page', () => {
  it('is linked from the header of every Vietnamese page', () => {
    for (const html of ['', `tin-tuc/${article.slug}`, 'kha-nang-tiep-can'].map(page)) {
      const header = html.match(/<header[\s\S]*?<\/header>/)?.[0] ?? '';
      expect(header).toContain('<a href="/en/" lang="en" hreflang="en">English</a>');
      expect(html).toContain('<link rel="alternate" hreflang="en" href="https://portal.example.vn/en/">');
    }
  });

  it('is in English, with lang="en" and its own title, description and Open Graph metadata', () => {
    const html = page('en');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain(`<title>${escapeText(demoEnglishPage.unitName)} | ${escapeHtml(demoSiteSettings.portalName)}</title>`);
    expect(html).toContain(`<meta name="description" content="${escapeAttribute(demoEnglishPage.description)}">`);
    expect(html).toContain('<meta property="og:locale" content="en_US">');
    expect(html).toContain(`<meta property="og:title" content="${escapeAttribute(demoEnglishPage.unitName)}">`);
    expect(html).toContain('<link rel="canonical" href="https://portal.example.vn/en/">');
    expect(html).toContain('Skip to main content');
    for (const heading of ['Organisation', 'Functions and duties', 'Leaders', 'Contact']) expect(html).toContain(`<h2>${heading}</h2>`);
    expect(html).toContain(escapeText(demoEnglishPage.leaders[0]!.name));
    expect(html).toContain(`mailto:${demoEnglishPage.email}`);
    // The way back, marked as Vietnamese for screen readers.
    expect(html).toContain('<a href="/" lang="vi" hreflang="vi">Tiếng Việt</a>');
  });
});

describe('the Tiếp cận thông tin section', () => {
  it('lists every disclosure item with the documents and pages that fulfil it, and "Đang cập nhật" for the others', () => {
    const html = page('tiep-can-thong-tin');
    expect(html).toContain('<h1>Tiếp cận thông tin</h1>');
    for (const item of DISCLOSURE_ITEMS) expect(html).toContain(`data-disclosure-item="${item.key}"`);
    const itemHtml = (key: string) => html.match(new RegExp(`<li data-disclosure-item="${key}">[\\s\\S]*?</li>\\s*(?=<li data-disclosure-item|</ol>)`))?.[0] ?? '';
    for (const demo of demoInformationAccess.items) {
      for (const slug of demo.documents) {
        const document = demoDocuments.find((entry) => entry.slug === slug)!;
        expect(itemHtml(demo.item)).toContain(`href="/van-ban/${slug}/"`);
        expect(itemHtml(demo.item)).toContain(escapeHtml(document.subject));
      }
      for (const slug of demo.articles) {
        expect(itemHtml(demo.item)).toContain(`href="/tin-tuc/${slug}/"`);
        expect(itemHtml(demo.item)).toContain(escapeText(demoArticles.find((entry) => entry.slug === slug)!.title));
      }
      for (const slug of demo.pages) {
        expect(itemHtml(demo.item)).toContain(`href="/trang/${slug}/"`);
        expect(itemHtml(demo.item)).toContain(escapeHtml(demoPages.find((entry) => entry.slug === slug)!.title));
      }
    }
    const linked = new Set(
      demoInformationAccess.items.filter((item) => item.documents.length + item.pages.length + item.articles.length > 0).map((item) => item.item),
    );
    const missing = DISCLOSURE_ITEMS.filter((item) => item.key !== 'disclosure-list' && !linked.has(item.key));
    for (const item of missing) expect(itemHtml(item.key)).toContain('Đang cập nhật.');
    // The build report tells editors what is missing.
    expect(buildLog).toContain(`[tiep-can-thong-tin] ${missing.length} disclosure item(s) with nothing linked: ${missing.map((item) => item.key).join(', ')}`);
  });

  it('names the focal point and has a no-JS request form posting to the CMS, linked from every footer', () => {
    const html = page('tiep-can-thong-tin');
    expect(html).toContain(escapeHtml(demoInformationAccess.focalName));
    expect(html).toContain(`mailto:${demoInformationAccess.focalEmail}`);
    const form = html.match(/<form[^>]*data-information-request[^>]*>[\s\S]*?<\/form>/)?.[0] ?? '';
    expect(form).toMatch(/action="[^"]+\/api\/public\/information-requests"/);
    expect(form).toContain('method="post"');
    for (const name of ['requesterName', 'address', 'phone', 'email', 'content', 'purpose', 'website', 'returnTo']) expect(form).toContain(`name="${name}"`);
    expect(page('')).toContain('<a href="/tiep-can-thong-tin/">Tiếp cận thông tin</a>');
    expect(page('tiep-can-thong-tin/da-tiep-nhan')).toContain('<meta name="robots" content="noindex">');
  });
});

describe('the commune/province profile', () => {
  it('shows the history, the leaders with their positions and biographies, and the boundary map as an accessible SVG', () => {
    const html = page('ho-so-dia-phuong');
    expect(html).toContain(`<h1>Hồ sơ địa phương: ${escapeText(demoSiteSettings.ownerName)}</h1>`);
    for (const paragraph of demoUnitProfile.history.split('\n\n')) expect(html).toContain(`<p>${escapeText(paragraph)}</p>`);
    expect(html).toContain(`<h3>Phạm Văn Lãnh Đạo ${marker}</h3>`);
    expect(html).toContain('Chủ tịch Ủy ban nhân dân huyện từ 01/06/2021');
    expect(html).toContain(`Tiểu sử kiểm thử ${marker}.`);
    const svg = html.match(/<svg[^>]*role="img"[\s\S]*?<\/svg>/)?.[0] ?? '';
    expect(svg).toContain('aria-labelledby="ban-do-tieu-de ban-do-mo-ta"');
    expect(svg).toContain(`<title id="ban-do-tieu-de">Bản đồ ranh giới của ${escapeText(demoSiteSettings.ownerName)}</title>`);
    expect(svg).toContain(`<desc id="ban-do-mo-ta">${escapeText(demoUnitProfile.boundaryDescription)}</desc>`);
    expect(svg).toContain(`d="${boundaryMapSvg(demoUnitProfile.boundary, { width: 600 }).paths[0]}"`);
    expect(page('')).toContain('<a href="/ho-so-dia-phuong/">Hồ sơ địa phương</a>');
  });
});

describe('the satisfaction rating page', () => {
  it('has a no-JS form of five labelled choices posting to the CMS, linked from every footer, and no results', () => {
    const html = page('danh-gia-hai-long');
    const form = html.match(/<form[^>]*data-satisfaction[^>]*>[\s\S]*?<\/form>/)?.[0] ?? '';
    expect(form).toMatch(/action="[^"]+\/api\/public\/satisfaction"/);
    expect(form.match(/<input type="radio"[^>]*name="score"/g)).toHaveLength(5);
    expect(form).toContain('<label for="hai-long-5">Rất hài lòng</label>');
    expect(form).toContain('<legend>Bạn hài lòng với cổng thông tin ở mức nào?</legend>');
    expect(html).not.toMatch(/Điểm trung bình|lượt đánh giá/);
    expect(page('')).toContain('<a href="/danh-gia-hai-long/">Đánh giá mức độ hài lòng</a>');
  });
});
