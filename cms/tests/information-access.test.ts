import crypto from 'node:crypto';
import {
  DISCLOSURE_ITEMS,
  formatViDate,
  informationAccessSchema,
  informationRequestDueDate,
  strapiListResponse,
  toVietnamIsoDate,
} from '@portal/shared-types';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { demoInformationAccess } from '../src/seed/demo-content.ts';
import { bindToUnit, defaultUnit, signUpAs } from './helpers/admin-users.ts';
import { adminJwt, type ValidationErrorBody } from './helpers/content-manager.ts';
import { request } from './helpers/http.ts';
import { makeUnit, removeUnit, type TestUnit } from './helpers/units.ts';

/**
 * Tiếp cận thông tin (Luật 104/2016; Nghị định 13/2018 Điều 11): the public request route (same intake, validation,
 * honeypot, rate limit and no-JS redirects as feedback) gives a reference number and the 15-working-day deadline;
 * editors see requests with their deadline in the admin; the section tells editors which items are still missing.
 */
const cms = inject('cms');
const REQUEST = 'api::information-request.information-request';
const ROUTE = '/api/public/information-requests';
const SITE = 'http://127.0.0.1:4321';
const visitor = () => `Mozilla/5.0 (kiem-thu ${crypto.randomUUID()})`;
const created: string[] = [];

afterAll(async () => {
  for (const documentId of created) {
    await request(`${cms.url}/content-manager/collection-types/${REQUEST}/${documentId}`, { method: 'DELETE', token: await adminJwt(cms) });
  }
});

async function postJson(body: unknown, userAgent = visitor(), headers: Record<string, string> = {}) {
  const response = await fetch(`${cms.url}${ROUTE}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'User-Agent': userAgent, ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json().catch(() => null)) as any };
}

async function postForm(fields: Record<string, string>, userAgent = visitor(), headers: Record<string, string> = {}) {
  const response = await fetch(`${cms.url}${ROUTE}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'text/html', 'User-Agent': userAgent, ...headers },
    body: new URLSearchParams(fields),
  });
  return { status: response.status, location: response.headers.get('location') };
}

async function storedByReference(referenceNumber: string): Promise<Record<string, any> | undefined> {
  const { body } = await request(
    `${cms.url}/content-manager/collection-types/${REQUEST}?filters[referenceNumber][$eq]=${encodeURIComponent(referenceNumber)}`,
    { token: await adminJwt(cms) },
  );
  const entry = body.results[0];
  if (entry) created.push(entry.documentId);
  return entry;
}

const valid = (marker: string) => ({
  requesterName: `Nguyễn Thị Yêu Cầu ${marker}`,
  address: 'Thôn An Phú, xã Bình Chánh, huyện Bình Sơn',
  phone: '0912 345 678',
  email: `yeu-cau-${marker}@example.vn`,
  content: `Đề nghị cung cấp kế hoạch sử dụng đất năm 2026 của xã ${marker}.`,
  purpose: 'Tìm hiểu quy hoạch trước khi xin cấp phép xây dựng.',
});

describe('a request for information', () => {
  it('is stored with a reference number and a deadline 15 working days after receipt', async () => {
    const marker = crypto.randomBytes(4).toString('hex');
    const { status, body } = await postJson({ ...valid(marker), handling: undefined });
    expect(status).toBe(201);
    const today = toVietnamIsoDate(new Date());
    const due = informationRequestDueDate(today);
    expect(body.data).toMatchObject({ receivedOn: today, dueDate: due });
    expect(body.data.referenceNumber).toMatch(new RegExp(`^TT-${today.slice(0, 4)}-\\d{6}$`));
    expect(body.data.message).toBe(`Đã tiếp nhận yêu cầu cung cấp thông tin số ${body.data.referenceNumber}. Cơ quan sẽ trả lời chậm nhất ngày ${formatViDate(due)}.`);

    // Editors see it in the admin, pending, with its deadline; the contacts are kept for the answer.
    const stored = await storedByReference(body.data.referenceNumber);
    expect(stored).toMatchObject({ requesterName: `Nguyễn Thị Yêu Cầu ${marker}`, handling: 'received', dueDate: due, receivedOn: today });
    // Editors record the answer; the number and the deadline stay.
    const answered = await request(`${cms.url}/content-manager/collection-types/${REQUEST}/${stored!.documentId}`, {
      method: 'PUT',
      token: await adminJwt(cms),
      body: { handling: 'answered', reply: 'Đã gửi kế hoạch qua thư điện tử.', referenceNumber: 'TT-1999-000001', dueDate: '1999-01-01' },
    });
    expect(answered.status).toBe(200);
    expect(answered.body.data).toMatchObject({ handling: 'answered', referenceNumber: body.data.referenceNumber, dueDate: due });
  });

  it('is refused with every problem named in Vietnamese, and nothing stored', async () => {
    const { status, body } = await postJson({ requesterName: 'A', address: '', email: 'khong-phai-email', content: 'ngắn', phone: 'gọi tôi' });
    expect(status).toBe(400);
    const byField = Object.fromEntries(body.error.details.errors.map((error: { path: string[]; message: string }) => [error.path[0], error.message]));
    expect(byField).toEqual({
      requesterName: 'Họ và tên phải có từ 2 đến 150 ký tự.',
      address: 'Vui lòng nhập nơi cư trú hoặc địa chỉ liên hệ.',
      phone: 'Số điện thoại chỉ gồm chữ số, dấu cách, dấu chấm, dấu gạch ngang, dấu ngoặc và dấu “+” (tối đa 50 ký tự).',
      email: 'Địa chỉ email không hợp lệ.',
      content: 'Nội dung yêu cầu phải có từ 10 đến 4.000 ký tự.',
    });
    expect((await postJson({ ...valid('x'), handling: 'answered' })).body.error.details.errors[0]).toMatchObject({ path: ['handling'], code: 'truong-khong-hop-le' });
  });

  it('from a form without JavaScript redirects to the receipt page, or back to the form with error codes', async () => {
    const marker = crypto.randomBytes(4).toString('hex');
    const ok = await postForm({ ...valid(marker), returnTo: '/tiep-can-thong-tin/', website: '' });
    expect(ok.status).toBe(303);
    const location = new URL(ok.location!);
    expect(`${location.origin}${location.pathname}`).toBe(`${SITE}/tiep-can-thong-tin/da-tiep-nhan/`);
    const reference = location.searchParams.get('so')!;
    expect(location.searchParams.get('han')).toBe(informationRequestDueDate(toVietnamIsoDate(new Date())));
    expect(await storedByReference(reference)).toBeDefined();

    const bad = await postForm({ ...valid(marker), email: '', returnTo: '/tiep-can-thong-tin/' });
    expect(bad.status).toBe(303);
    expect(bad.location).toBe(`${SITE}/tiep-can-thong-tin/?loi=thieu-email#yeu-cau`);
  });

  it('filled in by a robot (honeypot) is not stored', async () => {
    const marker = crypto.randomBytes(4).toString('hex');
    expect((await postJson({ ...valid(marker), website: 'http://spam.example' })).status).toBe(204);
    const { body } = await request(
      `${cms.url}/content-manager/collection-types/${REQUEST}?filters[email][$eq]=${encodeURIComponent(`yeu-cau-${marker}@example.vn`)}`,
      { token: await adminJwt(cms) },
    );
    expect(body.pagination.total).toBe(0);
  });

  it('is rate-limited per visitor like feedback, and refuses multipart bodies', async () => {
    const userAgent = visitor();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await postJson({ requesterName: '' }, userAgent)).status);
    expect(statuses).toEqual([400, 400, 400, 400, 400, 429]);
    const form = new FormData();
    form.set('requesterName', 'Nguyễn Văn A');
    expect((await fetch(`${cms.url}${ROUTE}`, { method: 'POST', body: form })).status).toBe(415);
  });

  it('is never readable through the content API', async () => {
    expect((await request(`${cms.url}/api/information-requests`)).status).toBe(404);
  });
});

/** A unit's section as the site reads it (the one entry of the unit). */
async function publicSections(slug: string) {
  const { status, body } = await request(
    `${cms.url}/api/information-accesses?filters[unit][slug][$eq]=${slug}&populate[items][populate][documents]=true&populate[items][populate][pages]=true&populate[items][populate][articles]=true`,
  );
  expect(status).toBe(200);
  return strapiListResponse(informationAccessSchema).parse(body).data;
}

describe('the Tiếp cận thông tin section', () => {
  it('is public, and tells editors which disclosure items have nothing linked yet', async () => {
    // The single type of before units is now the default unit's entry: nothing lost.
    const home = await defaultUnit(cms);
    const sections = await publicSections(home.slug);
    expect(sections).toHaveLength(1);
    const section = sections[0]!;
    expect(section.focalName).toBe(demoInformationAccess.focalName);
    const linked = new Set(
      demoInformationAccess.items.filter((item) => item.documents.length + item.pages.length + item.articles.length > 0).map((item) => item.item),
    );
    const missing = DISCLOSURE_ITEMS.filter((item) => item.key !== 'disclosure-list' && !linked.has(item.key));
    expect(missing.length).toBeGreaterThan(0);
    expect(section.missingItems).toBe(`Còn thiếu ${missing.length} mục: ${missing.map((item) => item.label).join('; ')}.`);
    expect(section.items.find((item) => item.item === 'legal-documents')?.documents?.map((document) => document.slug)).toEqual(
      expect.arrayContaining([...demoInformationAccess.items[0].documents]),
    );
  });
});

describe('information access per unit', () => {
  const ACCESS = 'api::information-access.information-access';
  let second: TestUnit;
  let archived: TestUnit;
  let province: TestUnit;
  const users: number[] = [];
  afterAll(async () => {
    if (users.length > 0) await request(`${cms.url}/admin/users/batch-delete`, { method: 'POST', token: await adminJwt(cms), body: { ids: users } });
    if (second) await removeUnit(cms, second, [REQUEST, ACCESS]);
    if (archived) await removeUnit(cms, archived, [REQUEST]);
    if (province) await removeUnit(cms, province, [REQUEST]);
  });

  it('sends a request to the unit the page names, or whose address the page is at; an unknown or archived unit is refused', async () => {
    second = await makeUnit(cms, 'tiep-can');
    archived = await makeUnit(cms, 'giai-the', { state: 'archived', dissolvedOn: '2025-07-01' });
    const home = await defaultUnit(cms);
    const unitOf = async (reference: string) => {
      const stored = await storedByReference(reference);
      const { body } = await request(`${cms.url}/content-manager/collection-types/${REQUEST}/${stored!.documentId}?populate[unit][fields][0]=slug`, {
        token: await adminJwt(cms),
      });
      return body.data.unit?.slug;
    };

    const named = await postJson({ ...valid(crypto.randomBytes(4).toString('hex')), unit: second.slug });
    expect(named.status).toBe(201);
    expect(await unitOf(named.body.data.referenceNumber)).toBe(second.slug);

    // No unit named: the page's address (Referer) under the unit's path prefix says which.
    const page = `${SITE}${second.pathPrefix}tiep-can-thong-tin/`;
    const derived = await postJson(valid(crypto.randomBytes(4).toString('hex')), visitor(), { Referer: page });
    expect(derived.status).toBe(201);
    expect(await unitOf(derived.body.data.referenceNumber)).toBe(second.slug);
    // The no-JS form lands on the receipt page of that unit's site.
    const form = await postForm({ ...valid(crypto.randomBytes(4).toString('hex')), returnTo: `${second.pathPrefix}tiep-can-thong-tin/` }, visitor(), { Referer: page });
    expect(form.status).toBe(303);
    const receipt = new URL(form.location!);
    expect(`${receipt.origin}${receipt.pathname}`).toBe(`${SITE}${second.pathPrefix}tiep-can-thong-tin/da-tiep-nhan/`);
    expect(await unitOf(receipt.searchParams.get('so')!)).toBe(second.slug);
    // On the shared host (the province's own hostname) the prefix wins over the host; outside it, the province.
    const host = `tinh-${crypto.randomBytes(4).toString('hex')}.example.vn`;
    province = await makeUnit(cms, 'tinh-chu', { kind: 'province-party-committee', hostname: host, pathPrefix: null });
    const shared = await postJson(valid(crypto.randomBytes(4).toString('hex')), visitor(), { Referer: `https://${host}${second.pathPrefix}tiep-can-thong-tin/` });
    expect(await unitOf(shared.body.data.referenceNumber)).toBe(second.slug);
    const own = await postJson(valid(crypto.randomBytes(4).toString('hex')), visitor(), { Referer: `https://${host}/tiep-can-thong-tin/` });
    expect(await unitOf(own.body.data.referenceNumber)).toBe(province.slug);
    // Neither: the platform's default unit (a single-unit install keeps working).
    const plain = await postJson(valid(crypto.randomBytes(4).toString('hex')));
    expect(await unitOf(plain.body.data.referenceNumber)).toBe(home.slug);

    const countBefore = async () =>
      (await request(`${cms.url}/content-manager/collection-types/${REQUEST}?page=1&pageSize=1`, { token: await adminJwt(cms) })).body.pagination.total;
    const total = await countBefore();
    const unknown = await postJson({ ...valid('x'), unit: 'khong-co-don-vi-nay' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details.errors[0]).toMatchObject({
      path: ['unit'],
      message: 'Không tìm thấy đơn vị “khong-co-don-vi-nay” trên cổng thông tin. Vui lòng gửi từ trang của đơn vị.',
    });
    const closed = await postJson({ ...valid('y'), unit: archived.slug });
    expect(closed.status).toBe(400);
    expect(closed.body.error.details.errors[0]).toMatchObject({
      path: ['unit'],
      message: `Đơn vị “${archived.name}” đã giải thể, không còn tiếp nhận qua cổng thông tin này.`,
    });
    expect(await countBefore()).toBe(total);
  });

  it('shows an editor only the requests of their unit', async () => {
    const home = await defaultUnit(cms);
    const mine = await postJson({ ...valid(crypto.randomBytes(4).toString('hex')), unit: second.slug });
    const theirs = await postJson({ ...valid(crypto.randomBytes(4).toString('hex')), unit: home.slug });
    const theirsEntry = await storedByReference(theirs.body.data.referenceNumber);
    const editor = await signUpAs(cms, 'Biên tập viên');
    users.push(editor.id);
    await bindToUnit(cms, editor, second.documentId);
    const list = await request(`${cms.url}/content-manager/collection-types/${REQUEST}?page=1&pageSize=100`, { token: editor.jwt });
    expect(list.status).toBe(200);
    const references = (list.body.results as Array<{ referenceNumber: string }>).map((entry) => entry.referenceNumber);
    expect(references).toContain(mine.body.data.referenceNumber);
    expect(references).not.toContain(theirs.body.data.referenceNumber);
    expect([403, 404]).toContain((await request(`${cms.url}/content-manager/collection-types/${REQUEST}/${theirsEntry!.documentId}`, { token: editor.jwt })).status);
  });

  it('gives each unit one section of its own, read by the site by unit', async () => {
    const focalName = `Văn phòng xã ${second.slug}`;
    const body = { focalName, focalPhone: '0255 3 111 222', focalEmail: 'vanphong@example.vn', unit: second.documentId };
    const created = await request(`${cms.url}/content-manager/collection-types/${ACCESS}`, { method: 'POST', token: await adminJwt(cms), body });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const sections = await publicSections(second.slug);
    expect(sections.map((section) => section.focalName)).toEqual([focalName]);
    // Nothing linked yet: every item is missing for this unit, while the default unit keeps its own list.
    expect(sections[0]!.missingItems).toMatch(/^Còn thiếu \d+ mục: /);
    expect((await publicSections((await defaultUnit(cms)).slug))[0]!.focalName).toBe(demoInformationAccess.focalName);

    const again = await request<ValidationErrorBody>(`${cms.url}/content-manager/collection-types/${ACCESS}`, { method: 'POST', token: await adminJwt(cms), body });
    expect(again.status).toBe(400);
    expect(again.body.error.details.errors?.[0]?.message).toBe(
      `Đơn vị “${second.name}” đã có mục “Tiếp cận thông tin”: mỗi đơn vị chỉ có một. Hãy sửa mục đã có thay vì tạo mục mới.`,
    );
    expect(await publicSections(second.slug)).toHaveLength(1);
  });
});
