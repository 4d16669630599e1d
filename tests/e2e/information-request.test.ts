/**
 * Tiếp cận thông tin in a real Chromium against the live CMS: a citizen fills in the request form on the built site,
 * the CMS stores the request and sends the browser to the receipt page, which shows the reference number and the
 * 15-working-day deadline; editors find the request with that number and deadline. Errors sent back as `?loi=` show
 * the site's own messages.
 */
import crypto from 'node:crypto';
import { formatViDate, informationRequestDueDate, toVietnamIsoDate } from '../../shared-types/src/index.ts';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminJwt } from '../../cms/tests/helpers/content-manager.ts';
import { request } from '../../cms/tests/helpers/http.ts';
import { closeContext, launchChromium } from './browser.ts';
import { buildAndServeSite, type ServedSite } from './built-site.ts';

const cms = inject('cms');
const REQUEST = 'api::information-request.information-request';
const marker = crypto.randomBytes(4).toString('hex');
const CMS_SITE_ORIGIN = 'http://127.0.0.1:4321';
const createdIds: string[] = [];

let site: ServedSite;
let browser: Browser;

/** A visitor of its own; the CMS's redirects to its configured site origin are pointed at this build (see feedback-form.test.ts). */
async function visitor(name: string): Promise<BrowserContext> {
  const context = await browser.newContext({ userAgent: `information-request-e2e ${name} ${marker}` });
  await context.route(`${cms.url}/api/public/**`, async (route) => {
    const response = await route.fetch({ maxRedirects: 0 });
    const headers = { ...response.headers() };
    if (headers['location']?.startsWith(`${CMS_SITE_ORIGIN}/`)) headers['location'] = site.url + headers['location'].slice(CMS_SITE_ORIGIN.length);
    await route.fulfill({ response, headers });
  });
  return context;
}

beforeAll(async () => {
  site = await buildAndServeSite(cms);
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  for (const documentId of createdIds) {
    await request(`${cms.url}/content-manager/collection-types/${REQUEST}/${documentId}`, { method: 'DELETE', token: await adminJwt(cms) });
  }
});

describe('a request for information from the site', () => {
  it('is sent from the form, gets a reference number and deadline on the receipt page, and reaches the editors', async () => {
    const context = await visitor('round-trip');
    const page = await context.newPage();
    await page.goto(`${site.url}/tiep-can-thong-tin/`);
    await page.getByLabel('Họ và tên người yêu cầu').fill(`Trần Văn Hỏi ${marker}`);
    await page.getByLabel('Nơi cư trú hoặc địa chỉ liên hệ').fill('Thôn Phước Hòa, xã Bình Trị, huyện Bình Sơn');
    await page.getByLabel('Số điện thoại').fill('0905 123 456');
    await page.getByLabel('Thư điện tử (để nhận thông tin)').fill(`hoi-${marker}@example.vn`);
    await page.getByLabel('Thông tin cần cung cấp').fill('Đề nghị cung cấp báo cáo tài chính năm 2025 của Ủy ban nhân dân huyện.');
    await page.getByLabel('Mục đích sử dụng thông tin').fill('Nghiên cứu.');
    await page.getByRole('button', { name: 'Gửi yêu cầu' }).click();
    await page.waitForURL((url) => url.pathname === '/tiep-can-thong-tin/da-tiep-nhan/');
    expect(await page.locator('h1').innerText()).toBe('Đã tiếp nhận yêu cầu cung cấp thông tin');
    const reference = await page.locator('[data-receipt-number]').innerText();
    expect(reference).toMatch(/^TT-\d{4}-\d{6}$/);
    const due = informationRequestDueDate(toVietnamIsoDate(new Date()));
    expect(await page.locator('[data-receipt-due]').innerText()).toBe(formatViDate(due));

    const { body } = await request(`${cms.url}/content-manager/collection-types/${REQUEST}?filters[referenceNumber][$eq]=${reference}`, {
      token: await adminJwt(cms),
    });
    const stored = body.results[0];
    createdIds.push(stored.documentId);
    expect(stored).toMatchObject({ requesterName: `Trần Văn Hỏi ${marker}`, handling: 'received', dueDate: due, email: `hoi-${marker}@example.vn` });
    await closeContext(context);
  });

  it('shows the site’s own messages for the error codes the CMS sends back', async () => {
    const context = await visitor('errors');
    const page = await context.newPage();
    await page.goto(`${site.url}/tiep-can-thong-tin/?loi=thieu-email,khong-co-ma-nay#yeu-cau`);
    await expect.poll(() => page.getByText('Vui lòng nhập địa chỉ email để nhận thông tin.').isVisible()).toBe(true);
    expect(await page.getByText('Đề nghị cung cấp thông tin số').count()).toBe(0);
    expect(await page.locator('[data-request-errors] li:not([hidden])').count()).toBe(1);
    await closeContext(context);
  });
});
