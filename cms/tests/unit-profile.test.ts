import crypto from 'node:crypto';
import { unitProfileSchema, strapiSingleResponse } from '@portal/shared-types';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { demoUnitProfile } from '../src/seed/demo-content.ts';
import { adminJwt, type ValidationErrorBody } from './helpers/content-manager.ts';
import { request } from './helpers/http.ts';

/**
 * Hồ sơ địa phương (Nghị định 224/2026): the boundary map must be GeoJSON the site can draw, with a text description.
 * Refused saves change nothing, so the seeded profile the site tests build from stays as it was.
 */
const cms = inject('cms');
const SINGLE = () => `${cms.url}/content-manager/single-types/api::unit-profile.unit-profile`;
const uploads: number[] = [];

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
  return request<ValidationErrorBody>(SINGLE(), { method: 'PUT', token: await adminJwt(cms), body: { history: demoUnitProfile.history, ...data } });
}

async function publicProfile() {
  const { status, body } = await request(`${cms.url}/api/unit-profile?populate[boundary]=true`);
  expect(status).toBe(200);
  return strapiSingleResponse(unitProfileSchema).parse(body).data;
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
