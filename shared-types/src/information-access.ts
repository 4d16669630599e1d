/**
 * Tiếp cận thông tin (Luật Tiếp cận thông tin 104/2016; Nghị định 13/2018 Điều 11): what a state body's portal must
 * make public, and the deadline of a citizen's request for information.
 */

import { addWorkingDays, type WorkingCalendar } from './working-days.js';
import { VIETNAM_WORKING_CALENDAR } from './working-calendar-data.js';

/**
 * The information the portal must carry (Luật 104/2016 Điều 19, as summarised in the product's domain facts), each
 * with a stable key (stored in the CMS) and its Vietnamese label, in the order the section lists them.
 */
export const DISCLOSURE_ITEMS = [
  { key: 'legal-documents', label: 'Văn bản quy phạm pháp luật, văn bản hành chính có giá trị áp dụng chung' },
  { key: 'policy-guidance', label: 'Văn bản hướng dẫn thực hiện chính sách, pháp luật' },
  { key: 'strategies-plans', label: 'Chiến lược, chương trình, đề án, kế hoạch' },
  { key: 'investment-procurement', label: 'Đầu tư công, mua sắm công' },
  { key: 'organisation-contacts', label: 'Cơ cấu tổ chức, chức năng, nhiệm vụ, quyền hạn và thông tin liên hệ' },
  { key: 'financial-report', label: 'Báo cáo tài chính năm' },
  { key: 'disclosure-list', label: 'Danh mục thông tin phải được công khai' },
] as const;

export type DisclosureItemKey = (typeof DISCLOSURE_ITEMS)[number]['key'];

export const DISCLOSURE_ITEM_KEYS = DISCLOSURE_ITEMS.map((item) => item.key) as unknown as readonly [DisclosureItemKey, ...DisclosureItemKey[]];

/** The item that the section itself fulfils (the list of information to make public is this list). */
export const SELF_FULFILLED_ITEM: DisclosureItemKey = 'disclosure-list';

/**
 * The disclosure items with nothing linked to them, in list order: what editors still have to publish. `linked` maps
 * an item key to the number of entries (documents, pages) that fulfil it.
 */
export function missingDisclosureItems(linked: Readonly<Partial<Record<string, number>>>): Array<(typeof DISCLOSURE_ITEMS)[number]> {
  return DISCLOSURE_ITEMS.filter((item) => item.key !== SELF_FULFILLED_ITEM && (linked[item.key] ?? 0) <= 0);
}

/**
 * Working days a body has at most to answer a request for information, from the day it receives a valid request:
 * the law itself counts in working days ("ngày làm việc"). A request through the portal is one "qua mạng điện tử"
 * (Luật 104/2016 Điều 30): information that is simple and at hand is due within 3 working days (Đ30 k3); information
 * that must be gathered or needs another body's opinion follows Điều 31 khoản 2 — the body tells the requester in
 * writing within 3 working days when it will answer, and answers (or refuses in writing) within 15 working days; it may
 * extend by at most 15 days, saying so in writing before the deadline. (Điều 31 khoản 1 — 5 working days — is for
 * requests by post or fax.) The deadline kept here is that outer limit of 15 working days.
 */
export const INFORMATION_REQUEST_WORKING_DAYS = 15;

/**
 * The legal deadline (`YYYY-MM-DD`) of a request received on `receivedOn` (a Vietnam calendar date).
 * @example informationRequestDueDate('2026-12-07'); // '2026-12-28'
 */
export function informationRequestDueDate(receivedOn: string, calendar: WorkingCalendar = VIETNAM_WORKING_CALENDAR): string {
  return addWorkingDays(receivedOn, INFORMATION_REQUEST_WORKING_DAYS, calendar);
}

const REFERENCE = /^TT-(\d{4})-(\d{6,})$/;

/**
 * The reference number a requester gets: "TT-<year received>-<database id on 6 digits>", unique without a counter.
 * @example informationRequestReference(2026, 42); // 'TT-2026-000042'
 */
export function informationRequestReference(year: number, id: number): string {
  return `TT-${year}-${String(id).padStart(6, '0')}`;
}

/** Whether a string is a reference number (the site shows one taken from its URL only when it is). */
export function isInformationRequestReference(value: string): boolean {
  return REFERENCE.test(value);
}
