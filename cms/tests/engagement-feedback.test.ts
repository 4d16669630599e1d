import crypto from 'node:crypto';
import { publicFeedbackSchema, strapiListResponse } from '@portal/shared-types';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminJwt, deleteCreatedEntries, mustCreate, publishEntry, uniqueMarker, updateEntry, validData } from './helpers/content-manager.ts';
import { request } from './helpers/http.ts';
import { makeUnit, removeUnit } from './helpers/units.ts';
import { readZipParts } from '../../shared-types/src/formats/docx/index.ts';

/**
 * Reader feedback and comments on drafts through the public routes: what is accepted and stored (pending), what is
 * refused and with which Vietnamese message, the no-JS redirects, the honeypot, the rate limit, the approved-only
 * list and the editors' CSV export.
 */
const cms = inject('cms');
const FEEDBACK = 'api::feedback.feedback';
const DOCUMENT = 'api::legal-document.legal-document';
const SITE = 'http://127.0.0.1:4321';
const HOUR = 3_600_000;

/** Each test posts as a new visitor (the fingerprint hashes IP and User-Agent), so the rate limit counts per test. */
const visitor = () => `Mozilla/5.0 (kiem-thu ${crypto.randomUUID()})`;

async function postJson(path: string, body: unknown, userAgent = visitor()) {
  const response = await fetch(`${cms.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'User-Agent': userAgent },
    body: JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json().catch(() => null)) as any };
}

async function postForm(path: string, fields: Record<string, string>, userAgent = visitor(), headers: Record<string, string> = {}) {
  const response = await fetch(`${cms.url}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'text/html', 'User-Agent': userAgent, ...headers },
    body: new URLSearchParams(fields),
  });
  return { status: response.status, location: response.headers.get('location'), text: await response.text() };
}

const marker = uniqueMarker();
let article: Record<string, any>;
const documents: Record<'open' | 'notYetOpen' | 'closed' | 'inForce' | 'unpublished', Record<string, any>> = {} as never;

async function createDocument(extra: Record<string, unknown>, publish = true) {
  const created = await mustCreate(cms, DOCUMENT, { ...validData(DOCUMENT, uniqueMarker()), ...extra });
  if (publish) await publishEntry(cms, DOCUMENT, created.documentId);
  return created;
}

/** Feedback entries whose name carries this file's marker, as editors see them (private fields included). */
async function storedFeedback(): Promise<Array<Record<string, any>>> {
  const { status, body } = await request(
    `${cms.url}/content-manager/collection-types/${FEEDBACK}?pageSize=100&filters[authorName][$contains]=${marker.text}&sort=id:asc`,
    { token: await adminJwt(cms) },
  );
  expect(status).toBe(200);
  return body.results;
}

const valid = () => ({
  targetType: 'article',
  target: article.slug as string,
  authorName: `Nguyễn Thị Bạn Đọc ${marker.text}`,
  email: 'ban.doc@example.vn',
  content: 'Bài viết rất hữu ích cho bà con trong xã.',
});

beforeAll(async () => {
  article = await mustCreate(cms, 'api::article.article', validData('api::article.article', uniqueMarker()));
  await publishEntry(cms, 'api::article.article', article.documentId);
  const now = Date.now();
  const period = (from: number, to: number) => ({
    validity: 'draft-for-comment',
    commentOpensAt: new Date(now + from).toISOString(),
    commentClosesAt: new Date(now + to).toISOString(),
  });
  documents.open = await createDocument(period(-HOUR, 24 * HOUR));
  documents.notYetOpen = await createDocument(period(24 * HOUR, 48 * HOUR));
  documents.closed = await createDocument(period(-48 * HOUR, -24 * HOUR));
  documents.inForce = await createDocument({ validity: 'in-force' });
  documents.unpublished = await createDocument(period(-HOUR, 24 * HOUR), false);
});

afterAll(async () => {
  for (const entry of await storedFeedback()) {
    await request(`${cms.url}/content-manager/collection-types/${FEEDBACK}/${entry.documentId}`, { method: 'DELETE', token: await adminJwt(cms) });
  }
  await deleteCreatedEntries();
});

describe('POST /api/public/feedback', () => {
  it('stores valid JSON feedback as pending, with plain text, a hashed fingerprint and no say over moderation', async () => {
    const before = (await storedFeedback()).length;
    const { status, body } = await postJson('/api/public/feedback', {
      ...valid(),
      content: '  <b>Đề nghị</b> bổ sung\u202E số liệu\u0007 năm 2020.\r\n\r\n\r\n\r\nXin cảm ơn.  ',
    });
    expect(status).toBe(201);
    expect(body.data).toEqual({ moderation: 'pending', message: expect.stringContaining('Cảm ơn bạn đã gửi ý kiến') });

    const stored = await storedFeedback();
    expect(stored).toHaveLength(before + 1);
    const entry = stored.at(-1)!;
    expect(entry).toMatchObject({ targetType: 'article', moderation: 'pending', email: 'ban.doc@example.vn', reply: null });
    expect(entry.content).toBe('<b>Đề nghị</b> bổ sung số liệu năm 2020.\n\nXin cảm ơn.');
    expect(entry.clientFingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(entry)).not.toContain('127.0.0.1');
  });

  it('refuses fields a visitor may not set (moderation, reply) and stores nothing', async () => {
    const before = (await storedFeedback()).length;
    const { status, body } = await postJson('/api/public/feedback', { ...valid(), moderation: 'approved', reply: 'Đã duyệt' });
    expect(status).toBe(400);
    expect(body.error.details.errors.map((error: { path: string[] }) => error.path[0])).toEqual(['moderation', 'reply']);
    expect(body.error.message).toBe('Trường "moderation" không được chấp nhận.');
    expect(await storedFeedback()).toHaveLength(before);
  });

  it.each([
    ['no name', { authorName: '  ' }, 'authorName', 'Vui lòng nhập họ và tên.'],
    ['a one-letter name', { authorName: 'A' }, 'authorName', 'Họ và tên phải có từ 2 đến 150 ký tự.'],
    ['no e-mail', { email: '' }, 'email', 'Vui lòng nhập địa chỉ email.'],
    ['a malformed e-mail', { email: 'ban.doc@@example' }, 'email', 'Địa chỉ email không hợp lệ.'],
    ['a too long e-mail', { email: `${'a'.repeat(200)}@example.vn` }, 'email', 'Địa chỉ email không được dài quá 200 ký tự.'],
    ['no content', { content: '\u200B \n ' }, 'content', 'Vui lòng nhập nội dung ý kiến.'],
    ['a too short content', { content: 'Hay quá' }, 'content', 'Nội dung ý kiến phải có từ 10 đến 4.000 ký tự.'],
    ['a too long content', { content: 'ý'.repeat(4001) }, 'content', 'Nội dung ý kiến phải có từ 10 đến 4.000 ký tự.'],
    ['an unknown target type', { targetType: 'page' }, 'targetType', 'Vui lòng chọn đối tượng góp ý: bài viết hoặc dự thảo văn bản.'],
    ['no target', { target: '' }, 'target', 'Thiếu bài viết hoặc văn bản được góp ý.'],
    ['an article that does not exist', { target: 'khong-co-bai-nay' }, 'target', 'Không tìm thấy bài viết đã đăng để góp ý.'],
  ])('refuses %s with its Vietnamese message', async (_case, change, field, message) => {
    const before = (await storedFeedback()).length;
    const { status, body } = await postJson('/api/public/feedback', { ...valid(), ...change });
    expect(status).toBe(400);
    expect(body.error.name).toBe('ValidationError');
    expect(body.error.details.errors).toContainEqual(expect.objectContaining({ path: [field], message }));
    expect(await storedFeedback()).toHaveLength(before);
  });

  it('refuses an unpublished article', async () => {
    const draft = await mustCreate(cms, 'api::article.article', validData('api::article.article', uniqueMarker()));
    const { status, body } = await postJson('/api/public/feedback', { ...valid(), target: draft.documentId });
    expect(status).toBe(400);
    expect(body.error.message).toBe('Không tìm thấy bài viết đã đăng để góp ý.');
  });

  describe('comments on draft documents', () => {
    const comment = (document: Record<string, any>, section = 'Phần II, mục 3') => ({
      ...valid(),
      targetType: 'document',
      target: document.slug,
      section,
      content: 'Đề nghị làm rõ chỉ tiêu về xây dựng nông thôn mới.',
    });

    it('accepts a comment during the comment period and keeps the section', async () => {
      const { status } = await postJson('/api/public/feedback', comment(documents.open));
      expect(status).toBe(201);
      const entry = (await storedFeedback()).at(-1)!;
      expect(entry.targetType).toBe('document');
      const section = 'section' in entry ? entry.section : entry.content.split('\n')[0];
      expect(section).toContain('Phần II, mục 3');
    });

    it.each([
      ['before the period opens', 'notYetOpen', /^Chưa đến thời gian góp ý dự thảo \(bắt đầu lúc \d\d\/\d\d\/\d{4} \d\d:\d\d\)\.$/],
      ['after the period closed', 'closed', /^Đã hết thời gian góp ý dự thảo \(kết thúc lúc \d\d\/\d\d\/\d{4} \d\d:\d\d\)\.$/],
      ['on a document that is not a draft for comment', 'inForce', /^Văn bản này không lấy ý kiến góp ý\.$/],
      ['on an unpublished document', 'unpublished', /^Không tìm thấy văn bản đã đăng để góp ý\.$/],
    ] as const)('refuses a comment %s', async (_case, which, message) => {
      const { status, body } = await postJson('/api/public/feedback', comment(documents[which]));
      expect(status).toBe(400);
      expect(body.error.message).toMatch(message);
    });

    it('refuses a too long section title', async () => {
      const { status, body } = await postJson('/api/public/feedback', comment(documents.open, 'M'.repeat(201)));
      expect(status).toBe(400);
      expect(body.error.message).toBe('Tên mục góp ý không được dài quá 200 ký tự.');
    });
  });

  it('answers a no-JS form post with 303 to the thank-you page, and an invalid one with 303 back to the page', async () => {
    const before = (await storedFeedback()).length;
    const accepted = await postForm('/api/public/feedback', { ...valid(), returnTo: `/tin-tuc/${article.slug}/` });
    expect(accepted.status).toBe(303);
    expect(accepted.location).toBe(`${SITE}/cam-on/?loai=y-kien`);
    expect(await storedFeedback()).toHaveLength(before + 1);

    const refused = await postForm('/api/public/feedback', { ...valid(), email: 'sai', content: '', returnTo: `/tin-tuc/${article.slug}/` });
    expect(refused.status).toBe(303);
    expect(refused.location).toBe(`${SITE}/tin-tuc/${article.slug}/?loi=email-khong-hop-le%2Cthieu-noi-dung#y-kien`);

    // A return path to another host is ignored: no open redirect.
    const elsewhere = await postForm('/api/public/feedback', { ...valid(), content: '', returnTo: '//evil.example/' });
    expect(elsewhere.location).toBe(`${SITE}/?loi=thieu-noi-dung#y-kien`);
    expect(await storedFeedback()).toHaveLength(before + 1);
  });

  it('sends a form posted from a unit under a path prefix to that unit’s thank-you page', async () => {
    const unit = await makeUnit(cms, 'cam-on');
    try {
      const page = `${SITE}${unit.pathPrefix}tin-tuc/${article.slug}/`;
      const form = await postForm('/api/public/feedback', { ...valid(), returnTo: `${unit.pathPrefix}tin-tuc/${article.slug}/` }, visitor(), { Referer: page });
      expect(form.location).toBe(`${SITE}${unit.pathPrefix}cam-on/?loai=y-kien`);
      // A page outside every prefix keeps the site's own.
      const root = await postForm('/api/public/feedback', valid(), visitor(), { Referer: `${SITE}/tin-tuc/${article.slug}/` });
      expect(root.location).toBe(`${SITE}/cam-on/?loai=y-kien`);
    } finally {
      await removeUnit(cms, unit, [FEEDBACK]);
    }
  });

  it('pretends success when the honeypot is filled, and stores nothing', async () => {
    const before = (await storedFeedback()).length;
    const json = await postJson('/api/public/feedback', { ...valid(), website: 'http://spam.example' });
    expect(json.status).toBe(201);
    const form = await postForm('/api/public/feedback', { ...valid(), website: 'http://spam.example' });
    expect(form.location).toBe(`${SITE}/cam-on/?loai=y-kien`);
    expect(await storedFeedback()).toHaveLength(before);
  });

  it('rate-limits a visitor with 429, Retry-After and a Vietnamese message (FEEDBACK_RATE_LIMIT=5/60 in tests)', async () => {
    const userAgent = visitor();
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await postJson('/api/public/feedback', { ...valid(), content: '' }, userAgent)).status).toBe(400);
    }
    const limited = await postJson('/api/public/feedback', valid(), userAgent);
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(limited.body.error.message).toBe(`Bạn gửi quá nhiều yêu cầu. Vui lòng thử lại sau ${retryAfter} giây.`);
    const form = await postForm('/api/public/feedback', valid(), userAgent);
    expect(form.status).toBe(429);
    expect(form.text).toMatch(/^Bạn gửi quá nhiều yêu cầu/);
    // Another visitor is not affected.
    expect((await postJson('/api/public/feedback', { ...valid(), content: '' })).status).toBe(400);
  });

  it('accepts only forms and JSON (415), declared and small bodies (413)', async () => {
    const multipart = new FormData();
    for (const [key, value] of Object.entries(valid())) multipart.append(key, value);
    const refusedType = await fetch(`${cms.url}/api/public/feedback`, { method: 'POST', body: multipart, headers: { 'User-Agent': visitor() } });
    expect(refusedType.status).toBe(415);
    expect((await refusedType.json()).error.message).toMatch(/^Định dạng dữ liệu không được hỗ trợ/);

    const huge = await postJson('/api/public/feedback', { ...valid(), content: 'x'.repeat(20_000) });
    expect(huge.status).toBe(413);
    expect(huge.body.error.message).toBe('Nội dung gửi lên quá lớn (tối đa 16.384 byte).');
  });
});

describe('GET /api/public/feedback', () => {
  it('lists approved feedback only, with name, content, date and reply, never e-mail or fingerprint', async () => {
    for (const content of ['Ý kiến sẽ được duyệt và đăng.', 'Ý kiến sẽ bị từ chối, không đăng.']) {
      expect((await postJson('/api/public/feedback', { ...valid(), content })).status).toBe(201);
    }
    const stored = await storedFeedback();
    const approved = stored.find((entry) => entry.content === 'Ý kiến sẽ được duyệt và đăng.')!;
    const rejected = stored.find((entry) => entry.content === 'Ý kiến sẽ bị từ chối, không đăng.')!;
    expect((await updateEntry(cms, FEEDBACK, approved.documentId, { moderation: 'approved', reply: 'Cảm ơn bạn.' })).status).toBe(200);
    expect((await updateEntry(cms, FEEDBACK, rejected.documentId, { moderation: 'rejected' })).status).toBe(200);

    const { status, body } = await request(`${cms.url}/api/public/feedback?target=${article.slug}`);
    expect(status).toBe(200);
    expect(body.data).toEqual([
      expect.objectContaining({
        documentId: approved.documentId,
        authorName: approved.authorName,
        content: 'Ý kiến sẽ được duyệt và đăng.',
        reply: 'Cảm ơn bạn.',
        moderation: 'approved',
        createdAt: expect.any(String),
        target: { type: 'article', documentId: article.documentId, slug: article.slug },
      }),
    ]);
    expect(body.meta.pagination).toMatchObject({ page: 1, total: 1 });
    // The shared contract the site loader validates with: approved only, no private field.
    expect(() => strapiListResponse(publicFeedbackSchema).parse(body)).not.toThrow();
    const text = JSON.stringify(body);
    expect(text).not.toContain('ban.doc@example.vn');
    expect(text).not.toContain(approved.clientFingerprint);
    expect(text).not.toContain('email');

    const all = await request(`${cms.url}/api/public/feedback?pageSize=100`);
    expect(all.body.data.every((entry: { moderation: string }) => entry.moderation === 'approved')).toBe(true);
    expect(all.body.data.map((entry: { documentId: string }) => entry.documentId)).not.toContain(rejected.documentId);
    expect((await request(`${cms.url}/api/public/feedback?target=khong-co-bai-nay`)).status).toBe(404);
  });
});

describe('GET /api/editor/feedback-export', () => {
  it('refuses visitors and gives editors every comment on a draft as CSV grouped by section', async () => {
    const post = (section: string, content: string) =>
      postJson('/api/public/feedback', { ...valid(), targetType: 'document', target: documents.open.slug, section, content });
    expect((await post('Phần I', 'Góp ý thứ nhất cho phần I.')).status).toBe(201);
    expect((await post('Phần II', '=HYPERLINK("http://x") góp ý phần II.')).status).toBe(201);
    expect((await post('Phần I', 'Góp ý thứ hai cho phần I, "trích dẫn".')).status).toBe(201);

    const url = `${cms.url}/api/editor/feedback-export?document=${documents.open.slug}`;
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: { Authorization: 'Bearer khong-hop-le' } })).status).toBe(401);
    // The site's read-only API token is not an editor.
    expect((await fetch(url, { headers: { Authorization: `Bearer ${cms.token}` } })).status).toBe(401);

    const response = await fetch(url, { headers: { Authorization: `Bearer ${await adminJwt(cms)}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="gop-y-${documents.open.slug}.csv"`);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM, for Excel
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe('Mục,Họ và tên,Email,Nội dung,Trạng thái,Trả lời,Thời gian gửi');
    const rows = lines.slice(1).filter(Boolean);
    const sections = rows.map((line) => line.split(',')[0]);
    // The first test comment (Phần II, mục 3) came first, then Phần I twice together, then Phần II.
    expect(sections).toEqual(['"Phần II', 'Phần I', 'Phần I', 'Phần II']);
    expect(rows[1]).toContain('ban.doc@example.vn,Góp ý thứ nhất cho phần I.,Chờ duyệt,,');
    expect(rows[2]).toContain('"Góp ý thứ hai cho phần I, ""trích dẫn""."');
    expect(rows[3]).toContain(`'=HYPERLINK`);

    // The same as an Excel workbook: Vietnamese text in string cells, no formula anywhere.
    const xlsx = await fetch(`${url}&format=xlsx`, { headers: { Authorization: `Bearer ${await adminJwt(cms)}` } });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(xlsx.headers.get('content-disposition')).toBe(`attachment; filename="gop-y-${documents.open.slug}.xlsx"`);
    const parts = readZipParts(Buffer.from(await xlsx.arrayBuffer()));
    const sheetXml = [...parts].filter(([name]) => /^xl\/(worksheets\/sheet1|sharedStrings)\.xml$/.test(name)).map(([, data]) => data.toString('utf8')).join('');
    expect(sheetXml).toContain('Góp ý thứ nhất cho phần I.');
    expect(sheetXml).toContain('Thời gian gửi');
    expect(sheetXml).toContain('=HYPERLINK');
    expect(sheetXml).not.toMatch(/<f[ >]/);
    expect((await fetch(`${url}&format=pdf`, { headers: { Authorization: `Bearer ${await adminJwt(cms)}` } })).status).toBe(400);

    // Once approved, a comment on a draft is listed with its section split off the content.
    const first = (await storedFeedback()).find((entry) => entry.content.endsWith('Góp ý thứ nhất cho phần I.'))!;
    expect((await updateEntry(cms, FEEDBACK, first.documentId, { moderation: 'approved' })).status).toBe(200);
    const listed = await request(`${cms.url}/api/public/feedback?targetType=document&target=${documents.open.documentId}`);
    expect(listed.status).toBe(200);
    expect(listed.body.data).toEqual([
      expect.objectContaining({
        documentId: first.documentId,
        targetType: 'document',
        section: 'Phần I',
        content: 'Góp ý thứ nhất cho phần I.',
        target: { type: 'document', documentId: documents.open.documentId, slug: documents.open.slug },
      }),
    ]);
  });
});
