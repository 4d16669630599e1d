/**
 * Public participation on the built site, against the live seeded CMS: the article's feedback and rating forms
 * post to the CMS the way the contract says (no JavaScript needed), approved feedback and the rating aggregate are
 * rendered at build time as escaped text without the e-mail, the open draft document takes comments with a section,
 * the closed one says so, /cam-on/ exists, and the article page's scripts are external and within 5 KB gzip.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminJwt, deleteCreatedEntries, mustCreate, publishEntry, updateEntry } from '../../../cms/tests/helpers/content-manager.ts';
import { request } from '../../../cms/tests/helpers/http.ts';
import { demoArticles, demoDocuments } from '../../../cms/src/seed/demo-content.ts';
import { buildSite } from '../../../scripts/src/site-build.ts';
import { createStaticServer } from '../../../scripts/src/static-server.ts';

const cms = inject('cms');
const FEEDBACK = 'api::feedback.feedback';
const article = demoArticles.find((entry) => !entry.draft)!;
const closedDraft = demoDocuments.find((entry) => !entry.draft && entry.validity === 'draft-for-comment')!;
const marker = crypto.randomBytes(4).toString('hex');
const email = `ban-doc-${marker}@example.vn`;
const hostileContent = `Đề nghị bổ sung <script>alert("${marker}")</script> số liệu năm 2020.`;

let dir: string;
let server: Server;
let siteUrl: string;
let openDraftSlug: string;
const feedbackIds: string[] = [];

/** Posts as a JSON client with its own User-Agent (the CMS rate-limits per visitor). */
async function post(route: string, body: Record<string, string>): Promise<{ status: number; json: any }> {
  const response = await fetch(`${cms.url}${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', 'user-agent': `participation-test ${crypto.randomUUID()}` },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: await response.json() };
}

const page = (pathname: string) => fs.readFileSync(path.join(dir, pathname, 'index.html'), 'utf8');
const attr = (html: string, pattern: RegExp) => html.match(pattern)?.[1];

beforeAll(async () => {
  // An open consultation: a published draft document whose comment period runs around now.
  const now = Date.now();
  const created = await mustCreate(cms, 'api::legal-document.legal-document', {
    rawNumber: `${crypto.randomInt(100_000, 999_999)}-BC/HU`,
    subject: `Dự thảo báo cáo kiểm thử ${marker} (lấy ý kiến)`,
    term: '2020-2025',
    issuedDate: null,
    validity: 'draft-for-comment',
    commentOpensAt: new Date(now - 86_400_000).toISOString(),
    commentClosesAt: new Date(now + 30 * 86_400_000).toISOString(),
  });
  const published = await publishEntry(cms, 'api::legal-document.legal-document', created.documentId);
  openDraftSlug = (published.body as { data: { slug: string } }).data.slug;

  const sent = await post('/api/public/feedback', { targetType: 'article', target: article.slug, authorName: `Bạn đọc ${marker}`, email, content: hostileContent });
  expect(sent.status).toBe(201);
  const { body } = await request(
    `${cms.url}/content-manager/collection-types/${FEEDBACK}?filters[authorName][$eq]=${encodeURIComponent(`Bạn đọc ${marker}`)}`,
    { token: await adminJwt(cms) },
  );
  const stored = body.results[0] as { documentId: string; moderation: string };
  expect(stored.moderation).toBe('pending');
  feedbackIds.push(stored.documentId);
  expect((await updateEntry(cms, FEEDBACK, stored.documentId, { moderation: 'approved', reply: `Trả lời ${marker}` })).status).toBe(200);
  expect((await post('/api/public/ratings', { article: article.slug, score: '4' })).status).toBe(201);

  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-participation-'));
  server = createStaticServer(() => dir);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  siteUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await buildSite({ cmsUrl: cms.url, tokenFile: cms.tokenFile, siteUrl, outDir: dir, quiet: true, env: { PUBLIC_CMS_URL: cms.url } });
}, 300_000);

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  for (const documentId of feedbackIds) {
    await request(`${cms.url}/content-manager/collection-types/${FEEDBACK}/${documentId}`, { method: 'DELETE', token: await adminJwt(cms) });
  }
  await deleteCreatedEntries();
});

describe('participation on the built site', () => {
  it('gives every article a no-JS feedback form that posts to the CMS as the contract says', () => {
    const html = page(`tin-tuc/${article.slug}`);
    expect(html).toContain('id="y-kien"');
    expect(html).toContain('Ý kiến bạn đọc');
    const form = html.match(/<form class="feedback-form"[^>]*>[\s\S]*?<\/form>/)?.[0] ?? '';
    expect(attr(form, /action="([^"]+)"/)).toBe(`${cms.url}/api/public/feedback`);
    expect(attr(form, /method="([^"]+)"/)).toBe('post');
    expect(form).not.toContain('enctype="multipart');
    expect(form).toMatch(/name="targetType" value="article"/);
    expect(form).toContain(`name="target" value="${article.slug}"`);
    expect(form).toContain(`name="returnTo" value="/tin-tuc/${article.slug}/"`);
    for (const name of ['authorName', 'email', 'content']) expect(form).toContain(`name="${name}"`);
    expect(form).not.toContain('name="section"');
    expect(form).toMatch(/<input id="y-kien-website" name="website" type="text" tabindex="-1" autocomplete="off"/);
  });

  it('shows approved feedback under the article as escaped text, with the reply and never the e-mail', () => {
    const html = page(`tin-tuc/${article.slug}`);
    expect(html).toContain(`Bạn đọc ${marker}`);
    expect(html).toContain(`&lt;script&gt;alert(&quot;${marker}&quot;)&lt;/script&gt;`);
    expect(html).not.toContain(`<script>alert("${marker}")`);
    expect(html).toContain(`Trả lời ${marker}`);
    expect(html).not.toContain(email);
  });

  it('shows the rating aggregate and a 1–5 rating form', () => {
    const html = page(`tin-tuc/${article.slug}`);
    expect(html).toContain('Đánh giá bài viết');
    expect(html).toMatch(/Điểm trung bình \d(,\d)?\/5 · \d+ lượt đánh giá/);
    const form = html.match(/<form class="rating-form"[^>]*>[\s\S]*?<\/form>/)?.[0] ?? '';
    expect(attr(form, /action="([^"]+)"/)).toBe(`${cms.url}/api/public/ratings`);
    expect([...form.matchAll(/name="score" value="(\d)"/g)].map((match) => match[1])).toEqual(['1', '2', '3', '4', '5']);
  });

  it('takes comments with a section on an open draft, and says when a consultation is closed', () => {
    const open = page(`van-ban/${openDraftSlug}`);
    expect(open).toContain('Góp ý dự thảo văn kiện');
    expect(open).toMatch(/Thời gian góp ý: từ \d\d\/\d\d\/\d{4} \d\d:\d\d đến \d\d\/\d\d\/\d{4} \d\d:\d\d\./);
    expect(open).toMatch(/name="targetType" value="document"/);
    expect(open).toContain('name="section"');
    const closed = page(`van-ban/${closedDraft.slug}`);
    expect(closed).toContain('Đã hết thời gian góp ý dự thảo (kết thúc lúc 05/07/2020 17:00).');
    expect(closed).not.toContain('class="feedback-form"');
  });

  it('has a Vietnamese thank-you page that is not indexed', async () => {
    const response = await fetch(`${siteUrl}/cam-on/?loai=y-kien`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<meta name="robots" content="noindex"');
    expect(html).toContain('Cảm ơn bạn');
    expect(fs.readFileSync(path.join(dir, 'sitemap-0.xml'), 'utf8')).not.toContain('/cam-on/');
  });

  it('sends a no-JS form post back to /cam-on/ or to the page with error codes', async () => {
    const form = (fields: Record<string, string>) =>
      fetch(`${cms.url}/api/public/feedback`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', 'user-agent': `participation-form ${marker}` },
        body: new URLSearchParams(fields),
      });
    const bad = await form({ targetType: 'article', target: article.slug, returnTo: `/tin-tuc/${article.slug}/`, authorName: '', email: 'x', content: 'ngắn' });
    expect(bad.status).toBe(303);
    const location = new URL(bad.headers.get('location')!);
    expect(location.pathname).toBe(`/tin-tuc/${article.slug}/`);
    expect(location.hash).toBe('#y-kien');
    // Every code the CMS sends has a pre-rendered Vietnamese message on the page.
    const html = page(`tin-tuc/${article.slug}`);
    for (const code of location.searchParams.get('loi')!.split(',')) expect(html).toContain(`data-code="${code}"`);
  });

  it('loads only external scripts on the article page, at most 5 KB gzip together', () => {
    const html = page(`tin-tuc/${article.slug}`);
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((match) => !match[1]!.includes('application/ld+json'));
    expect(scripts.length).toBeGreaterThan(0);
    let total = 0;
    for (const [, attributes, body] of scripts) {
      expect(body!.trim()).toBe('');
      const src = attributes!.match(/src="([^"]+)"/)![1]!;
      total += zlib.gzipSync(fs.readFileSync(path.join(dir, src))).length;
    }
    expect(total).toBeLessThanOrEqual(5 * 1024);
  });
});
