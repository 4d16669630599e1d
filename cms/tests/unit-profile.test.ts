import crypto from 'node:crypto';
import { unitProfileSchema, strapiListResponse } from '@portal/shared-types';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoUnitProfile } from '../src/seed/demo-content.ts';
import { defaultUnit } from './helpers/admin-users.ts';
import { adminJwt, type ValidationErrorBody } from './helpers/content-manager.ts';
import { request } from './helpers/http.ts';
import { makeUnit, removeUnit, type TestUnit } from './helpers/units.ts';

/**
 * Hồ sơ địa phương (Nghị định 224/2026): the boundary map must be GeoJSON the site can draw, with a text description.
 * Refused saves change nothing, so the seeded profile the site tests build from stays as it was. One profile per
 * unit: the seeded one (the single type of before units) belongs to the default unit.
 */
const cms = inject('cms');
const UID = 'api::unit-profile.unit-profile';
const COLLECTION = () => `${cms.url}/content-manager/collection-types/${UID}`;
const uploads: number[] = [];
let home: { documentId: string; slug: string };
let seeded: string;

beforeAll(async () => {
  home = await defaultUnit(cms);
  const { body } = await request(`${COLLECTION()}?filters[unit][documentId][$eq]=${home.documentId}`, { token: await adminJwt(cms) });
  seeded = body.results[0].documentId;
});

afterAll(async () => {
  for (const id of uploads) await request(`${cms.url}/upload/files/${id}`, { method: 'DELETE', token: await adminJwt(cms) });
});

async function upload(name: string, text: string, type: string): Promise<number> {
  const form = new FormData();
  form.append('files', new Blob([text], { type }), name);
  const response = await fetch(`${cms.url}/upload`, { method: 'POST', headers: { Authorization: `Bearer ${await adminJwt(cms)}` }, body: form });
  const body = (await response.json()) as Array<{ id: number }>;
  if (!response.ok) throw new Error(`Upload failed (${response.status}): ${JSON.stringify(body)}`);
  uploads.push(body[0]!.id);
  return body[0]!.id;
}

async function save(data: Record<string, unknown>) {
  return request<ValidationErrorBody>(`${COLLECTION()}/${seeded}`, { method: 'PUT', token: await adminJwt(cms), body: { history: demoUnitProfile.history, ...data } });
}

/** A unit's profile as the site reads it: the one entry of the unit. */
async function publicProfiles(slug: string) {
  const { status, body } = await request(`${cms.url}/api/unit-profiles?populate[boundary]=true&filters[unit][slug][$eq]=${slug}`);
  expect(status).toBe(200);
  return strapiListResponse(unitProfileSchema).parse(body).data;
}

async function publicProfile() {
  const profiles = await publicProfiles(home.slug);
  expect(profiles).toHaveLength(1);
  return profiles[0]!;
}

describe('the commune/province profile', () => {
  it('is public, with the seeded boundary file', async () => {
    const profile = await publicProfile();
    expect(profile.boundary?.name).toBe(demoUnitProfile.boundaryFile);
    expect(profile.boundaryDescription).toBe(demoUnitProfile.boundaryDescription);
  });

  it.each<[string, string, string, RegExp]>([
    ['not GeoJSON', `ban-do-${crypto.randomInt(1e9)}.txt`, 'ranh giới', /phải là tệp GeoJSON/],
    ['a point, not an area', `diem-${crypto.randomInt(1e9)}.geojson`, JSON.stringify({ type: 'Point', coordinates: [108.7, 15.3] }), /chỉ vẽ được vùng/],
    ['broken JSON', `hong-${crypto.randomInt(1e9)}.geojson`, '{ "type": "Polygon", ', /không đọc được JSON/],
  ])('refuses a boundary that is %s, changing nothing', async (_case, name, text, message) => {
    const before = await publicProfile();
    const id = await upload(name, text, 'application/octet-stream');
    const { status, body } = await save({ boundary: id, boundaryDescription: demoUnitProfile.boundaryDescription });
    expect(status).toBe(400);
    expect(body.error.details.errors?.find((error) => error.path.join('.') === 'boundary')?.message).toMatch(message);
    expect(await publicProfile()).toEqual(before);
  });

  it('refuses a boundary without its text description', async () => {
    const id = await upload(`ranh-gioi-${crypto.randomInt(1e9)}.geojson`, JSON.stringify(demoUnitProfile.boundary), 'application/geo+json');
    const { status, body } = await save({ boundary: id, boundaryDescription: '' });
    expect(status).toBe(400);
    expect(body.error.details.errors?.find((error) => error.path.join('.') === 'boundaryDescription')?.message).toBe(
      'Vui lòng mô tả ranh giới bằng lời (giáp những đâu) cho người không xem được bản đồ.',
    );
  });
});

describe('one profile per unit', () => {
  let second: TestUnit;
  afterAll(async () => {
    if (second) await removeUnit(cms, second, [UID]);
  });

  it('gives a second unit its own profile, and refuses a second profile for the same unit in Vietnamese', async () => {
    second = await makeUnit(cms, 'ho-so');
    const history = `Xã được thành lập năm 2025 trên cơ sở sáp nhập ba xã ${second.slug}.`;
    const created = await request(COLLECTION(), { method: 'POST', token: await adminJwt(cms), body: { history, unit: second.documentId } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect((await publicProfiles(second.slug)).map((profile) => profile.history)).toEqual([history]);
    // The default unit's profile is untouched.
    expect((await publicProfile()).history).toBe(demoUnitProfile.history);

    const again = await request<ValidationErrorBody>(COLLECTION(), { method: 'POST', token: await adminJwt(cms), body: { history: 'Bản thứ hai.', unit: second.documentId } });
    expect(again.status).toBe(400);
    expect(again.body.error.details.errors?.[0]).toMatchObject({
      path: ['unit'],
      message: `Đơn vị “${second.name}” đã có mục “Hồ sơ địa phương”: mỗi đơn vị chỉ có một. Hãy sửa mục đã có thay vì tạo mục mới.`,
    });
    expect(await publicProfiles(second.slug)).toHaveLength(1);

    // Moving the default unit's profile onto the second unit is refused the same way.
    const moved = await request<ValidationErrorBody>(`${COLLECTION()}/${seeded}`, { method: 'PUT', token: await adminJwt(cms), body: { unit: second.documentId } });
    expect(moved.status).toBe(400);
    expect((await publicProfile()).history).toBe(demoUnitProfile.history);
  });
});
