import crypto from 'node:crypto';
import {
  DISCLOSURE_ITEMS,
  formatViDate,
  informationAccessSchema,
  informationRequestDueDate,
  strapiSingleResponse,
  toVietnamIsoDate,
} from '@portal/shared-types';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { demoInformationAccess } from '../src/seed/demo-content.ts';
import { adminJwt } from './helpers/content-manager.ts';
import { request } from './helpers/http.ts';

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

async function postJson(body: unknown, userAgent = visitor()) {
  const response = await fetch(`${cms.url}${ROUTE}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'User-Agent': userAgent },
    body: JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json().catch(() => null)) as any };
}

async function postForm(fields: Record<string, string>, userAgent = visitor()) {
  const response = await fetch(`${cms.url}${ROUTE}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'text/html', 'User-Agent': userAgent },
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

describe('the Tiếp cận thông tin section', () => {
  it('is public, and tells editors which disclosure items have nothing linked yet', async () => {
    const { status, body } = await request(
      `${cms.url}/api/information-access?populate[items][populate][documents]=true&populate[items][populate][pages]=true&populate[items][populate][articles]=true`,
    );
    expect(status).toBe(200);
    const section = strapiSingleResponse(informationAccessSchema).parse(body).data;
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
