/**
 * Writing content as an editor does: through the admin content-manager API with an admin JWT. Every test entry
 * carries a run-unique marker so test files never collide with the demo seed or with each other.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addWorkingDays, toVietnamIsoDate } from '@portal/shared-types';
import { adminLogin, request, type JsonResponse } from './http.ts';
import { solidPng } from './solid-png.ts';

export interface Cms {
  url: string;
  admin: { email: string; password: string };
  /** Tells one test CMS from another that later got the same port. */
  database?: { env: Record<string, string> };
}

export interface ValidationErrorBody {
  data: null;
  error: { status: number; name: string; message: string; details: { errors?: Array<{ path: string[]; message: string }> } };
}

const sessions = new Map<string, Promise<string>>();

/**
 * The admin JWT, shared by every test file of a run through a file in the temp dir: Strapi rate-limits
 * /admin/login (5 per 5 minutes per e-mail), and each test file is a fresh module.
 */
export function adminJwt(cms: Cms): Promise<string> {
  const key = crypto.createHash('sha256').update(JSON.stringify([cms.url, cms.admin.email, cms.database?.env ?? null])).digest('hex');
  if (!sessions.has(key)) sessions.set(key, cachedLogin(cms, path.join(os.tmpdir(), `portal-admin-jwt-${key.slice(0, 16)}`)));
  return sessions.get(key)!;
}

async function cachedLogin(cms: Cms, file: string): Promise<string> {
  if (fs.existsSync(file) && Date.now() - fs.statSync(file).mtimeMs < 3_600_000) {
    const token = fs.readFileSync(file, 'utf8').trim();
    const check = await request(`${cms.url}/admin/users/me`, { token });
    if (check.status === 200) return token;
  }
  const token = await adminLogin(cms.url, cms.admin.email, cms.admin.password);
  fs.writeFileSync(file, token, { mode: 0o600 });
  return token;
}

export const COLLECTION_TYPES = [
  { uid: 'api::article.article', plural: 'articles', draftAndPublish: true },
  { uid: 'api::category.category', plural: 'categories', draftAndPublish: false },
  { uid: 'api::tag.tag', plural: 'tags', draftAndPublish: false },
  { uid: 'api::page.page', plural: 'pages', draftAndPublish: true },
  { uid: 'api::organisation.organisation', plural: 'organisations', draftAndPublish: false },
  { uid: 'api::person.person', plural: 'people', draftAndPublish: false },
  { uid: 'api::legal-document.legal-document', plural: 'legal-documents', draftAndPublish: true },
  { uid: 'api::congress.congress', plural: 'congresses', draftAndPublish: true },
  { uid: 'api::indicator.indicator', plural: 'indicators', draftAndPublish: false },
  { uid: 'api::kpi-report.kpi-report', plural: 'kpi-reports', draftAndPublish: true },
  { uid: 'api::schedule.schedule', plural: 'schedules', draftAndPublish: true },
  { uid: 'api::feedback.feedback', plural: 'feedbacks', draftAndPublish: false },
  { uid: 'api::outage-notice.outage-notice', plural: 'outage-notices', draftAndPublish: true },
] as const;

export type CollectionUid = (typeof COLLECTION_TYPES)[number]['uid'];

/** A short run-unique marker, and a number from it for document numbers and ISO years that must not collide. */
export function uniqueMarker(): { text: string; number: number } {
  const number = crypto.randomInt(100_000, 999_999);
  return { text: `kt${number}`, number };
}

/** Valid data for a new entry of each type (relations left out), made unique by the marker. */
export function validData(uid: CollectionUid, marker: { text: string; number: number }): Record<string, unknown> {
  const { text, number } = marker;
  switch (uid) {
    case 'api::article.article':
      return { title: `Tin kiểm thử ${text}`, date: '2021-04-28T10:20:00.000Z', summary: 'Sapo kiểm thử.' };
    case 'api::category.category':
      return { name: `Chuyên mục kiểm thử ${text}` };
    case 'api::tag.tag':
      return { name: `Thẻ kiểm thử ${text}` };
    case 'api::page.page':
      return { title: `Trang kiểm thử ${text}` };
    case 'api::organisation.organisation':
      return { name: `Đảng ủy xã kiểm thử ${text}`, kind: 'party-committee', level: 'commune' };
    case 'api::person.person':
      return { fullName: `Nguyễn Văn Thử ${text}` };
    case 'api::legal-document.legal-document':
      return { rawNumber: `${number}-NQ/ĐU`, subject: `Nghị quyết kiểm thử ${text}`, term: '2020-2025', issuedDate: '2021-03-01' };
    case 'api::congress.congress':
      return { title: `Đại hội kiểm thử ${text}`, ordinal: 27, termStartYear: 2020, termEndYear: 2025 };
    case 'api::indicator.indicator':
      return { name: `Chỉ tiêu kiểm thử ${text}`, code: `KT-${number}`, measureUnit: 'ha', domain: 'economy', direction: 'higher', targetKind: 'absolute' };
    case 'api::kpi-report.kpi-report':
      return { title: `Báo cáo kiểm thử ${text}`, period: 'year', year: 2020 };
    case 'api::schedule.schedule':
      return { title: `Lịch kiểm thử ${text}`, isoYear: 2020, isoWeek: 29 };
    case 'api::outage-notice.outage-notice':
      // Publishable: the window starts 10 working days from today (the CMS asks for at least 7).
      return { title: `Tạm ngừng kiểm thử ${text}`, message: 'Cổng tạm ngừng để bảo trì.', ...outageWindow(10) };
    case 'api::feedback.feedback':
      return {
        targetType: 'general',
        authorName: `Bạn đọc ${text}`,
        content: 'Góp ý kiểm thử.',
        email: `ban-doc-${number}@example.vn`,
        clientFingerprint: crypto.createHash('sha256').update(text).digest('hex'),
      };
  }
}

/** An outage window of two hours starting at 08:00 (Vietnam) `workingDays` working days after today in Vietnam. */
export function outageWindow(workingDays: number, today = toVietnamIsoDate(new Date())): { startsAt: string; endsAt: string } {
  const day = addWorkingDays(today, workingDays);
  return { startsAt: new Date(`${day}T08:00:00+07:00`).toISOString(), endsAt: new Date(`${day}T10:00:00+07:00`).toISOString() };
}

const collection = (cms: Cms, uid: string) => `${cms.url}/content-manager/collection-types/${uid}`;

const created: Array<{ cms: Cms; uid: string; documentId: string }> = [];
const uploaded: Array<{ cms: Cms; id: number }> = [];

export async function createEntry<T = any>(cms: Cms, uid: string, data: Record<string, unknown>): Promise<JsonResponse<T>> {
  const response = await request<T>(collection(cms, uid), { method: 'POST', token: await adminJwt(cms), body: data });
  const documentId = (response.body as { data?: { documentId?: string } } | null)?.data?.documentId;
  if (documentId) created.push({ cms, uid, documentId });
  return response;
}

/**
 * Deletes every entry this test file created, newest first, so later files (and the site build test) see only the
 * demo content.
 */
export async function deleteCreatedEntries(): Promise<void> {
  for (const entry of created.splice(0).reverse()) {
    const { status } = await request(`${collection(entry.cms, entry.uid)}/${entry.documentId}`, {
      method: 'DELETE',
      token: await adminJwt(entry.cms),
    });
    if (status !== 200 && status !== 404) throw new Error(`Could not delete test entry ${entry.uid} ${entry.documentId} (${status})`);
  }
  // Uploads land in the app's shared public/uploads: leave nothing behind.
  for (const file of uploaded.splice(0)) {
    const { status } = await request(`${file.cms.url}/upload/files/${file.id}`, { method: 'DELETE', token: await adminJwt(file.cms) });
    if (status !== 200 && status !== 404) throw new Error(`Could not delete test upload ${file.id} (${status})`);
  }
}

/** Creates an entry and fails loudly if the CMS refuses it; returns the stored document. */
export async function mustCreate(cms: Cms, uid: string, data: Record<string, unknown>): Promise<Record<string, any>> {
  const response = await createEntry(cms, uid, data);
  if (response.status !== 201 && response.status !== 200) {
    throw new Error(`Creating ${uid} failed (${response.status}): ${JSON.stringify(response.body)}`);
  }
  return response.body.data;
}

export async function updateEntry<T = any>(cms: Cms, uid: string, documentId: string, data: Record<string, unknown>): Promise<JsonResponse<T>> {
  return request<T>(`${collection(cms, uid)}/${documentId}`, { method: 'PUT', token: await adminJwt(cms), body: data });
}

export async function publishEntry(cms: Cms, uid: string, documentId: string): Promise<JsonResponse> {
  const response = await request(`${collection(cms, uid)}/${documentId}/actions/publish`, { method: 'POST', token: await adminJwt(cms), body: {} });
  if (response.status !== 200) throw new Error(`Publishing ${uid} ${documentId} failed (${response.status}): ${JSON.stringify(response.body)}`);
  return response;
}

export async function getEntry(cms: Cms, uid: string, documentId: string): Promise<Record<string, any>> {
  const { status, body } = await request(`${collection(cms, uid)}/${documentId}`, { token: await adminJwt(cms) });
  if (status !== 200) throw new Error(`Reading ${uid} ${documentId} failed (${status})`);
  return body.data;
}

/** How many entries (drafts included) of a type match a `filters[...]` query string. */
export async function countEntries(cms: Cms, uid: string, filters = ''): Promise<number> {
  const { status, body } = await request(`${collection(cms, uid)}?page=1&pageSize=1${filters}`, { token: await adminJwt(cms) });
  if (status !== 200) throw new Error(`Counting ${uid} failed (${status}): ${JSON.stringify(body)}`);
  return body.pagination.total;
}

/** A 1×1 PNG, uploaded to the media library, with or without alternative text. */
export async function uploadImage(cms: Cms, alternativeText: string | null): Promise<{ id: number }> {
  const form = new FormData();
  form.append('files', new Blob([solidPng(1, 1, [255, 0, 0])], { type: 'image/png' }), `anh-${crypto.randomInt(1e9)}.png`);
  if (alternativeText !== null) form.append('fileInfo', JSON.stringify({ alternativeText }));
  const response = await fetch(`${cms.url}/upload`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${await adminJwt(cms)}` },
    body: form,
  });
  const body = (await response.json()) as Array<{ id: number }>;
  if (!response.ok) throw new Error(`Upload failed (${response.status}): ${JSON.stringify(body)}`);
  uploaded.push({ cms, id: body[0]!.id });
  return { id: body[0]!.id };
}


/** Strapi's bracket query syntax from a nested object: { populate: { cover: true } } → "populate[cover]=true". */
export function strapiQuery(params: Record<string, unknown>): string {
  const pairs: string[] = [];
  const walk = (value: unknown, key: string) => {
    if (value !== null && typeof value === 'object') {
      for (const [child, nested] of Object.entries(value)) walk(nested, `${key}[${child}]`);
    } else {
      pairs.push(`${encodeURIComponent(key).replace(/%5B/g, '[').replace(/%5D/g, ']')}=${encodeURIComponent(String(value))}`);
    }
  };
  for (const [key, value] of Object.entries(params)) walk(value, key);
  return pairs.join('&');
}

const SITE_SETTINGS_URL = (cms: Cms) => `${cms.url}/content-manager/single-types/api::site-setting.site-setting`;

/** Makes sure the site settings exist (the demo seed usually wrote them); returns how to undo what this did. */
export async function ensureSiteSettings(cms: Cms, data: Record<string, unknown> = {}): Promise<() => Promise<void>> {
  const existing = await request(SITE_SETTINGS_URL(cms), { token: await adminJwt(cms) });
  if (existing.status === 200 && existing.body?.data?.documentId) return async () => {};
  const { status, body } = await request(SITE_SETTINGS_URL(cms), {
    method: 'PUT',
    token: await adminJwt(cms),
    body: {
      portalName: 'Cổng thông tin kiểm thử',
      ownerName: 'Ủy ban nhân dân xã kiểm thử',
      editorInChiefName: 'Nguyễn Văn Thử',
      phone: '0255 3000 000',
      email: 'bbt@example.vn',
      address: 'Xã kiểm thử',
      ...data,
    },
  });
  if (status !== 200) throw new Error(`Could not write the site settings (${status}): ${JSON.stringify(body)}`);
  return async () => {
    await request(SITE_SETTINGS_URL(cms), { method: 'DELETE', token: await adminJwt(cms) });
  };
}
