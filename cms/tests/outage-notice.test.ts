import { addWorkingDays, formatViDate, outageNoticeSchema, strapiListResponse, toVietnamIsoDate } from '@portal/shared-types';
import { afterAll, describe, expect, inject, it } from 'vitest';
import {
  adminJwt,
  deleteCreatedEntries,
  getEntry,
  mustCreate,
  outageWindow,
  publishEntry,
  uniqueMarker,
  updateEntry,
  validData,
  type ValidationErrorBody,
} from './helpers/content-manager.ts';
import { request } from './helpers/http.ts';
import { bindToUnit, defaultUnit, signUpAs } from './helpers/admin-users.ts';
import { makeUnit, removeUnit, type TestUnit } from './helpers/units.ts';

/**
 * Nghị định 224/2026: a planned outage is announced at least 7 working days ahead. The CMS refuses to publish a
 * notice whose window starts earlier (working days by shared-types: weekends, holidays, yearly decisions).
 */
const cms = inject('cms');
const UID = 'api::outage-notice.outage-notice';

afterAll(deleteCreatedEntries);

async function tryPublish(documentId: string) {
  return request<ValidationErrorBody>(`${cms.url}/content-manager/collection-types/${UID}/${documentId}/actions/publish`, {
    method: 'POST',
    token: await adminJwt(cms),
    body: {},
  });
}

/** The notices visitors see through the public API (no token), parsed with the shared schema. */
async function publicNotices() {
  const { status, body } = await request(`${cms.url}/api/outage-notices?pagination[pageSize]=100`);
  expect(status).toBe(200);
  return strapiListResponse(outageNoticeSchema).parse(body).data;
}

describe('publishing an outage notice', () => {
  it('is refused with a Vietnamese message when the window starts fewer than 7 working days later', async () => {
    const marker = uniqueMarker();
    const draft = await mustCreate(cms, UID, { ...validData(UID, marker), ...outageWindow(6) });
    const { status, body } = await tryPublish(draft.documentId);
    expect(status).toBe(400);
    expect(body.error.name).toBe('ValidationError');
    const problem = body.error.details.errors?.find((error) => error.path.join('.') === 'startsAt');
    const today = toVietnamIsoDate(new Date());
    expect(problem?.message).toBe(
      `Thông báo tạm ngừng phải được đăng trước ít nhất 7 ngày làm việc: đăng ngày ${formatViDate(today)} thì thời gian tạm ngừng ` +
        `sớm nhất bắt đầu từ ngày ${formatViDate(addWorkingDays(today, 7))} (không tính thứ Bảy, Chủ nhật và ngày nghỉ lễ, Tết).`,
    );
    // Nothing published.
    expect((await publicNotices()).map((notice) => notice.title)).not.toContain(draft.title);
    expect((await getEntry(cms, UID, draft.documentId)).publishedAt).toBeNull();
  });

  it('is accepted from exactly 7 working days on, shown on the public API with its announcement time', async () => {
    const marker = uniqueMarker();
    const window = outageWindow(7);
    const draft = await mustCreate(cms, UID, { ...validData(UID, marker), ...window });
    const before = Date.now();
    await publishEntry(cms, UID, draft.documentId);
    const notice = (await publicNotices()).find((entry) => entry.documentId === draft.documentId);
    expect(notice).toMatchObject({ title: draft.title, startsAt: window.startsAt, endsAt: window.endsAt });
    expect(Date.parse(notice!.announcedAt!)).toBeGreaterThanOrEqual(before - 1000);

    // Republishing with the same start keeps the announcement; the value a writer sends for it is ignored.
    expect((await updateEntry(cms, UID, draft.documentId, { message: 'Đã sửa nội dung.', announcedAt: '2000-01-01T00:00:00.000Z' })).status).toBe(200);
    await publishEntry(cms, UID, draft.documentId);
    const again = (await publicNotices()).find((entry) => entry.documentId === draft.documentId);
    expect(again).toMatchObject({ message: 'Đã sửa nội dung.', announcedAt: notice!.announcedAt });

    // Moving the start earlier than 7 working days from now is refused; the published notice stays as it was.
    expect((await updateEntry(cms, UID, draft.documentId, outageWindow(2))).status).toBe(200);
    expect((await tryPublish(draft.documentId)).status).toBe(400);
    expect((await publicNotices()).find((entry) => entry.documentId === draft.documentId)).toMatchObject({ startsAt: window.startsAt });
  });

  it('refuses a window that ends before it starts, even in a draft', async () => {
    const marker = uniqueMarker();
    const { startsAt, endsAt } = outageWindow(10);
    const response = await request<ValidationErrorBody>(`${cms.url}/content-manager/collection-types/${UID}`, {
      method: 'POST',
      token: await adminJwt(cms),
      body: { ...validData(UID, marker), startsAt: endsAt, endsAt: startsAt },
    });
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors?.find((error) => error.path.join('.') === 'endsAt')?.message).toBe(
      'Thời điểm kết thúc tạm ngừng phải sau thời điểm bắt đầu.',
    );
  });
});

describe('outage notices per unit', () => {
  let second: TestUnit;
  const users: number[] = [];
  afterAll(async () => {
    if (users.length > 0) await request(`${cms.url}/admin/users/batch-delete`, { method: 'POST', token: await adminJwt(cms), body: { ids: users } });
    if (second) await removeUnit(cms, second, [UID]);
  });

  it('shows each notice on its own unit’s site only, and its editors see only their unit’s notices', async () => {
    second = await makeUnit(cms, 'tam-ngung');
    const home = await defaultUnit(cms);
    const own = await mustCreate(cms, UID, { ...validData(UID, uniqueMarker()), unit: second.documentId });
    const other = await mustCreate(cms, UID, { ...validData(UID, uniqueMarker()), unit: home.documentId });
    await publishEntry(cms, UID, own.documentId);
    await publishEntry(cms, UID, other.documentId);

    // The site of a unit loads its notices with filters[unit][slug] (site/src/collections.ts, unitScoped).
    const ofUnit = async (slug: string) => {
      const { status, body } = await request(`${cms.url}/api/outage-notices?filters[unit][slug][$eq]=${slug}&pagination[pageSize]=100`);
      expect(status).toBe(200);
      return strapiListResponse(outageNoticeSchema).parse(body).data.map((notice) => notice.documentId);
    };
    expect(await ofUnit(second.slug)).toEqual([own.documentId]);
    expect(await ofUnit(home.slug)).toContain(other.documentId);
    expect(await ofUnit(home.slug)).not.toContain(own.documentId);

    // A notice without a unit on a platform of two units is refused in Vietnamese.
    const unnamed = await request<ValidationErrorBody>(`${cms.url}/content-manager/collection-types/${UID}`, {
      method: 'POST',
      token: await adminJwt(cms),
      body: validData(UID, uniqueMarker()),
    });
    expect(unnamed.status).toBe(400);
    expect(unnamed.body.error.details.errors?.[0]?.path).toEqual(['unit']);

    // An editor of the second unit lists and reads its notices, not the default unit's.
    const editor = await signUpAs(cms, 'Biên tập viên');
    users.push(editor.id);
    await bindToUnit(cms, editor, second.documentId);
    const list = await request(`${cms.url}/content-manager/collection-types/${UID}?page=1&pageSize=100`, { token: editor.jwt });
    expect(list.status).toBe(200);
    const listed = (list.body.results as Array<{ documentId: string }>).map((entry) => entry.documentId);
    expect(listed).toContain(own.documentId);
    expect(listed).not.toContain(other.documentId);
    expect([403, 404]).toContain((await request(`${cms.url}/content-manager/collection-types/${UID}/${other.documentId}`, { token: editor.jwt })).status);
    // The 7-working-day rule holds in every unit.
    const early = await mustCreate(cms, UID, { ...validData(UID, uniqueMarker()), ...outageWindow(3), unit: second.documentId });
    expect((await tryPublish(early.documentId)).status).toBe(400);
  });
});
