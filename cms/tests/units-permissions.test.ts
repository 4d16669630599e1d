import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminJwt, COLLECTION_TYPES, type CollectionUid, uniqueMarker, validData } from './helpers/content-manager.ts';
import { bindToUnit, signUpAs, type AdminUser } from './helpers/admin-users.ts';
import { request, type JsonResponse } from './helpers/http.ts';
import { isUnitScoped } from '../src/units/scoped-types.ts';

/**
 * The permission matrix of units: each editorial role × each unit-scoped type × each content-manager action × an
 * entry of the user's own unit and one of another unit, through the admin routes with the role's own JWT. A denial
 * is a 403/404 or an invisible entry, and the database is unchanged (checked as the Super Admin); what the role may
 * do in its own unit succeeds, so the confinement is not a blanket refusal. One request per cell.
 */
const cms = inject('cms');
const CM = `${cms.url}/content-manager`;
const UNIT = 'api::unit.unit';

// The unit-scoped types of the matrix (tags, organisations and people are platform-wide; the other per-unit types of
// issues 20 and 25 are checked below the matrix).
const SCOPED = COLLECTION_TYPES.filter((type) => isUnitScoped(type.uid));
type ScopedType = (typeof SCOPED)[number];

const EDITORIAL = new Set<string>([
  'api::article.article',
  'api::page.page',
  'api::legal-document.legal-document',
  'api::congress.congress',
  'api::kpi-report.kpi-report',
  'api::schedule.schedule',
  'api::outage-notice.outage-notice',
]);
const REFERENCE = new Set<string>(['api::category.category', 'api::indicator.indicator']);
const FEEDBACK = 'api::feedback.feedback';

/** A text field each type has, changed by the update cell. */
const TEXT_FIELD: Record<string, string> = {
  'api::article.article': 'title',
  'api::category.category': 'name',
  'api::page.page': 'title',
  'api::legal-document.legal-document': 'subject',
  'api::congress.congress': 'title',
  'api::indicator.indicator': 'name',
  'api::kpi-report.kpi-report': 'title',
  'api::schedule.schedule': 'title',
  'api::feedback.feedback': 'authorName',
  'api::outage-notice.outage-notice': 'title',
};

/** The relation the connect cell links through, to an entry of the target type (`unit` itself where none). */
const CONNECT: Record<string, { field: string; target: CollectionUid | typeof UNIT }> = {
  'api::article.article': { field: 'category', target: 'api::category.category' },
  'api::category.category': { field: 'parent', target: 'api::category.category' },
  'api::page.page': { field: 'parent', target: 'api::page.page' },
  'api::legal-document.legal-document': { field: 'congress', target: 'api::congress.congress' },
  'api::congress.congress': { field: 'documents', target: 'api::legal-document.legal-document' },
  'api::indicator.indicator': { field: 'unit', target: UNIT },
  'api::kpi-report.kpi-report': { field: 'sourceDocument', target: 'api::legal-document.legal-document' },
  'api::schedule.schedule': { field: 'unit', target: UNIT },
  'api::feedback.feedback': { field: 'article', target: 'api::article.article' },
  'api::outage-notice.outage-notice': { field: 'unit', target: UNIT },
};

type Role = 'Tác giả' | 'Biên tập viên' | 'Kiểm duyệt viên';
const ROLES: readonly Role[] = ['Tác giả', 'Biên tập viên', 'Kiểm duyệt viên'];
const ACTIONS = ['create', 'list', 'read', 'update', 'connect', 'picker', 'publish', 'unpublish', 'bulkPublish', 'bulkUnpublish', 'bulkDelete', 'delete'] as const;
type Action = (typeof ACTIONS)[number];

/** What each role may do in its own unit (author: only the entries they wrote, which the create cell makes). */
function allowedInOwnUnit(role: Role, uid: string, action: Action): boolean {
  const editorial = EDITORIAL.has(uid);
  if (role === 'Biên tập viên') return true;
  if (role === 'Kiểm duyệt viên') return uid === FEEDBACK && ['list', 'read', 'update', 'connect', 'picker', 'bulkDelete', 'delete'].includes(action);
  // Author: writes drafts of editorial types and reads reference data; the picker needs read on the source type.
  if (editorial) return ['create', 'list', 'read', 'update', 'connect', 'picker'].includes(action);
  if (REFERENCE.has(uid)) return ['list', 'read', 'picker'].includes(action);
  return false;
}

const superJwt = () => adminJwt(cms);
const url = (uid: string, rest = '') => `${CM}/collection-types/${uid}${rest}`;

async function asAdmin<T = any>(path: string, init: { method?: string; body?: unknown } = {}): Promise<JsonResponse<T>> {
  return request<T>(path, { ...init, token: await superJwt() });
}

async function createAsAdmin(uid: string, data: Record<string, unknown>, publish: boolean): Promise<string> {
  const created = await asAdmin(url(uid), { method: 'POST', body: data });
  if (created.status !== 201) throw new Error(`Creating ${uid} failed (${created.status}): ${JSON.stringify(created.body)}`);
  const { documentId } = created.body.data;
  if (publish) {
    const published = await asAdmin(url(uid, `/${documentId}/actions/publish`), { method: 'POST', body: {} });
    if (published.status !== 200) throw new Error(`Publishing ${uid} failed (${published.status})`);
  }
  return documentId;
}

/** What a denied cell must leave as it was: the draft's text, unit, relation and publication state. */
async function snapshot(type: ScopedType, documentId: string): Promise<string> {
  const connect = CONNECT[type.uid]!;
  const populate = `populate[unit][fields][0]=documentId&populate[${connect.field}][fields][0]=documentId`;
  const draft = await asAdmin(url(type.uid, `/${documentId}?${populate}`));
  if (draft.status === 404) return 'deleted';
  const published = type.draftAndPublish ? await asAdmin(url(type.uid, `?filters[documentId][$eq]=${documentId}&status=published`)) : null;
  const { data } = draft.body;
  const related = data[connect.field];
  return JSON.stringify({
    text: data[TEXT_FIELD[type.uid]!],
    unit: data.unit?.documentId ?? null,
    related: Array.isArray(related) ? related.map((entry: { documentId: string }) => entry.documentId).sort() : (related?.documentId ?? null),
    publishedAt: published?.body.results[0]?.publishedAt ?? null,
  });
}

interface UnitFixture {
  documentId: string;
  /** Per type: entries made by the Super Admin (published when the type has drafts), a main one and a spare one
   * for the bulk delete; in the own unit one pair per role, since the allowed cells change and delete them. */
  entries: Map<string, { main: string; spare: string }>;
  /** Per type: an entry the connect cells link to, which no cell changes. */
  links: Map<string, string>;
}
const units: Record<'own' | 'other', UnitFixture> = {
  own: { documentId: '', entries: new Map(), links: new Map() },
  other: { documentId: '', entries: new Map(), links: new Map() },
};
const entryKey = (side: 'own' | 'other', role: Role, uid: string) => (side === 'own' ? `${role}|${uid}` : uid);
const users = new Map<Role, AdminUser>();
const createdUnits: string[] = [];
const createdUsers: number[] = [];
const run = uniqueMarker();

async function makeUnit(label: string): Promise<string> {
  const created = await asAdmin(url(UNIT), {
    method: 'POST',
    body: { name: `Xã kiểm thử ${label} ${run.text}`, kind: 'commune-party-committee', pathPrefix: `/xa/${label}-${run.text}/` },
  });
  if (created.status !== 201) throw new Error(`Creating unit failed (${created.status}): ${JSON.stringify(created.body)}`);
  createdUnits.push(created.body.data.documentId);
  return created.body.data.documentId;
}

beforeAll(async () => {
  units.own.documentId = await makeUnit('mot');
  units.other.documentId = await makeUnit('hai');
  const make = (type: ScopedType, unit: string) => createAsAdmin(type.uid, { ...validData(type.uid, uniqueMarker()), unit }, type.draftAndPublish);
  for (const side of ['own', 'other'] as const) {
    const unit = units[side].documentId;
    for (const type of SCOPED) {
      units[side].links.set(type.uid, await make(type, unit));
      for (const role of side === 'own' ? ROLES : ROLES.slice(0, 1)) {
        units[side].entries.set(entryKey(side, role, type.uid), { main: await make(type, unit), spare: await make(type, unit) });
      }
    }
  }
  for (const role of ROLES) {
    const user = await signUpAs(cms, role);
    await bindToUnit(cms, user, units.own.documentId);
    users.set(role, user);
    createdUsers.push(user.id);
  }
});

afterAll(async () => {
  // Every entry of both units: fixtures, and what the create cells made.
  for (const type of SCOPED) {
    const found = await asAdmin(url(type.uid, `?pageSize=100&filters[unit][documentId][$in][0]=${units.own.documentId}&filters[unit][documentId][$in][1]=${units.other.documentId}`));
    for (const entry of found.body?.results ?? []) await asAdmin(url(type.uid, `/${entry.documentId}`), { method: 'DELETE' });
  }
  for (const documentId of createdUnits) await asAdmin(url(UNIT, `/${documentId}`), { method: 'DELETE' });
  if (createdUsers.length > 0) await asAdmin(`${cms.url}/admin/users/batch-delete`, { method: 'POST', body: { ids: createdUsers } });
});

const DENIED = [403, 404];

/** The own-unit entry an author works on is one they wrote (the create cell's); others use the Super Admin's. */
const authored = new Map<string, string>();

function targetOf(role: Role, type: ScopedType, side: 'own' | 'other', spare = false): string {
  if (side === 'own' && role === 'Tác giả' && EDITORIAL.has(type.uid)) return authored.get(type.uid)!;
  const entries = units[side].entries.get(entryKey(side, role, type.uid))!;
  return spare ? entries.spare : entries.main;
}

function connectTarget(type: ScopedType, side: 'own' | 'other'): string {
  const { target } = CONNECT[type.uid]!;
  if (target === UNIT) return units[side].documentId;
  return units[side].links.get(target)!;
}

describe.each(ROLES)('%s of one unit', (role) => {
  describe.each(SCOPED)('$uid', (type) => {
    const applicable = ACTIONS.filter((action) => type.draftAndPublish || !['publish', 'unpublish', 'bulkPublish', 'bulkUnpublish'].includes(action));
    // Own unit first (the author's create makes the entry the later own-unit cells use), each action on both sides.
    it.each(applicable.flatMap((action) => (['own', 'other'] as const).map((side) => ({ action, side }))))(
      '$action on an entry of the $side unit',
      async ({ action, side }) => {
        const jwt = users.get(role)!.jwt;
        const allowed = side === 'own' && allowedInOwnUnit(role, type.uid, action);
        const as = (path: string, init: { method?: string; body?: unknown } = {}) => request(path, { ...init, token: jwt });

        if (action === 'create') {
          const marker = uniqueMarker();
          const data = { ...validData(type.uid, marker), unit: { connect: [{ documentId: units[side].documentId }] } };
          const response = await as(url(type.uid), { method: 'POST', body: data });
          const textField = TEXT_FIELD[type.uid]!;
          const stored = await asAdmin(url(type.uid, `?filters[${textField}][$eq]=${encodeURIComponent(String(data[textField as keyof typeof data]))}&populate[unit][fields][0]=documentId`));
          if (allowed) {
            expect(response.status, JSON.stringify(response.body)).toBe(201);
            expect(stored.body.results.map((entry: any) => entry.unit?.documentId)).toEqual([units.own.documentId]);
            if (role === 'Tác giả') authored.set(type.uid, response.body.data.documentId);
          } else {
            expect(DENIED).toContain(response.status);
            expect(stored.body.pagination.total).toBe(0);
          }
          return;
        }

        const documentId = targetOf(role, type, side, action === 'bulkDelete');
        if (action === 'list') {
          const response = await as(url(type.uid, `?filters[documentId][$eq]=${documentId}`));
          const visible = response.status === 200 && response.body.results.some((entry: any) => entry.documentId === documentId);
          expect(visible).toBe(allowed);
          if (!allowed && response.status !== 200) expect(DENIED).toContain(response.status);
          return;
        }
        if (action === 'read') {
          const response = await as(url(type.uid, `/${documentId}`));
          if (allowed) expect(response.status).toBe(200);
          else expect(DENIED).toContain(response.status);
          return;
        }
        if (action === 'picker') {
          // The unit picker of the entry's form lists the user's units only.
          const response = await as(`${CM}/relations/${type.uid}/unit?pageSize=100`);
          const listed = response.status === 200 && response.body.results.some((unit: any) => unit.documentId === units[side].documentId);
          expect(listed).toBe(allowed);
          return;
        }

        const before = await snapshot(type, documentId);
        let response: JsonResponse;
        switch (action) {
          case 'update':
            response = await as(url(type.uid, `/${documentId}`), { method: 'PUT', body: { [TEXT_FIELD[type.uid]!]: `Đã sửa ${uniqueMarker().text}` } });
            break;
          case 'connect': {
            // Own entry linked to an entry of the cell's unit: allowed only inside the own unit.
            const own = targetOf(role, type, 'own');
            const connect = CONNECT[type.uid]!;
            const ownBefore = await snapshot(type, own);
            response = await as(url(type.uid, `/${own}`), {
              method: 'PUT',
              body: { [connect.field]: { connect: [{ documentId: connectTarget(type, side) }] } },
            });
            if (allowed) expect(response.status, JSON.stringify(response.body)).toBe(200);
            else {
              expect(DENIED).toContain(response.status);
              expect(await snapshot(type, own)).toBe(ownBefore);
            }
            return;
          }
          case 'publish':
            response = await as(url(type.uid, `/${documentId}/actions/publish`), { method: 'POST', body: {} });
            break;
          case 'unpublish':
            response = await as(url(type.uid, `/${documentId}/actions/unpublish`), { method: 'POST', body: {} });
            break;
          case 'bulkPublish':
            response = await as(url(type.uid, '/actions/bulkPublish'), { method: 'POST', body: { documentIds: [documentId] } });
            break;
          case 'bulkUnpublish':
            response = await as(url(type.uid, '/actions/bulkUnpublish'), { method: 'POST', body: { documentIds: [documentId] } });
            break;
          case 'bulkDelete':
            response = await as(url(type.uid, '/actions/bulkDelete'), { method: 'POST', body: { documentIds: [documentId] } });
            break;
          case 'delete':
            response = await as(url(type.uid, `/${documentId}`), { method: 'DELETE' });
            break;
        }
        if (allowed) {
          expect(response.status, JSON.stringify(response.body)).toBe(200);
          expect(await snapshot(type, documentId)).not.toBe(before);
        } else {
          expect(DENIED, JSON.stringify(response.body)).toContain(response.status);
          expect(await snapshot(type, documentId)).toBe(before);
        }
      },
    );
  });
});

describe('moving an entry to another unit', () => {
  it('is refused to an editor, and the entry stays in its unit', async () => {
    const type = SCOPED.find((candidate) => candidate.uid === 'api::category.category')!;
    const documentId = units.own.links.get(type.uid)!;
    const before = await snapshot(type, documentId);
    const response = await request(url(type.uid, `/${documentId}`), {
      method: 'PUT',
      token: users.get('Biên tập viên')!.jwt,
      body: { unit: { connect: [{ documentId: units.other.documentId }] } },
    });
    expect(response.status).toBe(403);
    expect(response.body.error.message, JSON.stringify(response.body)).toBe('Bạn không được chuyển nội dung sang đơn vị khác.');
    expect(await snapshot(type, documentId)).toBe(before);
  });

  it('is refused as emptying the unit, in Vietnamese', async () => {
    const type = SCOPED.find((candidate) => candidate.uid === 'api::category.category')!;
    const documentId = units.own.links.get(type.uid)!;
    const response = await request(url(type.uid, `/${documentId}`), {
      method: 'PUT',
      token: users.get('Biên tập viên')!.jwt,
      body: { unit: { disconnect: [{ documentId: units.own.documentId }] } },
    });
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0]).toMatchObject({ path: ['unit'], message: 'Không được bỏ trống đơn vị: mỗi nội dung thuộc đúng một đơn vị.' });
  });

  it('is allowed to the platform administrator', async () => {
    const type = SCOPED.find((candidate) => candidate.uid === 'api::category.category')!;
    const documentId = units.own.links.get(type.uid)!;
    const response = await asAdmin(url(type.uid, `/${documentId}`), { method: 'PUT', body: { unit: { connect: [{ documentId: units.other.documentId }] } } });
    expect(response.status).toBe(200);
    expect(JSON.parse(await snapshot(type, documentId)).unit).toBe(units.other.documentId);
  });
});

describe('an editor bound to one unit', () => {
  it('creates entries in that unit without naming it', async () => {
    const response = await request(url('api::category.category'), {
      method: 'POST',
      token: users.get('Biên tập viên')!.jwt,
      body: validData('api::category.category', uniqueMarker()),
    });
    expect(response.status).toBe(201);
    const type = SCOPED.find((candidate) => candidate.uid === 'api::category.category')!;
    expect(JSON.parse(await snapshot(type, response.body.data.documentId)).unit).toBe(units.own.documentId);
  });

  it('keeps their own unit’s site settings but not its address or editors', async () => {
    const jwt = users.get('Biên tập viên')!.jwt;
    const own = await request(url(UNIT, `/${units.own.documentId}`), {
      method: 'PUT',
      token: jwt,
      body: { portalName: `Cổng xã ${run.text}`, hostname: `chiem-${run.number}.example.vn` },
    });
    expect(own.status).toBe(200);
    const stored = await asAdmin(url(UNIT, `/${units.own.documentId}`));
    expect(stored.body.data.portalName).toBe(`Cổng xã ${run.text}`);
    expect(stored.body.data.hostname).toBeNull();
    const other = await request(url(UNIT, `/${units.other.documentId}`), { method: 'PUT', token: jwt, body: { portalName: 'Chiếm quyền' } });
    expect(DENIED).toContain(other.status);
    expect((await asAdmin(url(UNIT, `/${units.other.documentId}`))).body.data.portalName).toBeNull();
    const created = await request(url(UNIT), { method: 'POST', token: jwt, body: { name: `Đơn vị lạ ${run.text}`, kind: 'agency' } });
    expect(DENIED).toContain(created.status);
  });
});

describe('an entry written without a unit on a platform of several units', () => {
  it('is refused to the platform administrator, in Vietnamese, and nothing is saved', async () => {
    const data = validData('api::category.category', uniqueMarker());
    const response = await asAdmin(url('api::category.category'), { method: 'POST', body: data });
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0]).toMatchObject({ path: ['unit'] });
    expect(response.body.error.message).toContain('Chọn đơn vị của mục này');
    const stored = await asAdmin(url('api::category.category', `?filters[name][$eq]=${encodeURIComponent(data.name as string)}`));
    expect(stored.body.pagination.total).toBe(0);
  });
});

/**
 * The per-unit types of issues 20 and 25 outside the matrix: information requests, satisfaction votes, redirect
 * records and the one-per-unit English page. A Biên tập viên of one unit lists, reads and changes only its unit's.
 */
describe('an editor and the per-unit records of the law and of URL history', () => {
  const RECORDS: Array<{ uid: string; data: (side: 'own' | 'other') => Record<string, unknown>; text: string }> = [
    {
      uid: 'api::information-request.information-request',
      data: (side) => ({ requesterName: `Người hỏi ${side} ${run.text}`, address: 'Thôn Một, xã Hai', email: `hoi-${side}-${run.number}@example.vn`, content: 'Đề nghị cung cấp kế hoạch năm.' }),
      text: 'requesterName',
    },
    { uid: 'api::satisfaction-vote.satisfaction-vote', data: (side) => ({ score: side === 'own' ? 4 : 2, day: '2026-01-05', comment: `Góp ý ${side} ${run.text}` }), text: 'comment' },
    { uid: 'api::redirect.redirect', data: (side) => ({ fromPath: `/trang/cu-${side}-${run.text}/`, toPath: `/trang/moi-${side}-${run.text}/` }), text: 'reason' },
    {
      uid: 'api::english-page.english-page',
      data: (side) => ({
        unitName: `Commune ${side} ${run.text}`,
        description: 'A commune of the province.',
        organisation: 'The commune Party committee.',
        functions: 'Leads the commune.',
        address: '1 Main street',
        phone: '0255 3 000 000',
        email: `commune-${side}-${run.number}@example.vn`,
      }),
      text: 'unitName',
    },
  ];
  const made = new Map<string, string>();
  const key = (uid: string, side: 'own' | 'other') => `${uid}|${side}`;

  beforeAll(async () => {
    for (const record of RECORDS) {
      for (const side of ['own', 'other'] as const) made.set(key(record.uid, side), await createAsAdmin(record.uid, { ...record.data(side), unit: units[side].documentId }, false));
    }
  });
  afterAll(async () => {
    for (const [cell, documentId] of made) await asAdmin(url(cell.split('|')[0]!, `/${documentId}`), { method: 'DELETE' });
  });

  it.each(RECORDS.map((record) => record.uid))('%s: lists and reads its own unit’s, never the other’s', async (uid) => {
    const jwt = users.get('Biên tập viên')!.jwt;
    const list = await request(url(uid, '?page=1&pageSize=100'), { token: jwt });
    expect(list.status).toBe(200);
    const listed = (list.body.results as Array<{ documentId: string }>).map((entry) => entry.documentId);
    expect(listed).toContain(made.get(key(uid, 'own')));
    expect(listed).not.toContain(made.get(key(uid, 'other')));
    expect((await request(url(uid, `/${made.get(key(uid, 'own'))}`), { token: jwt })).status).toBe(200);
    expect(DENIED).toContain((await request(url(uid, `/${made.get(key(uid, 'other'))}`), { token: jwt })).status);
  });

  it.each(RECORDS)('$uid: the other unit’s cannot be changed or deleted, and nothing is created there', async (record) => {
    const jwt = users.get('Biên tập viên')!.jwt;
    const other = made.get(key(record.uid, 'other'))!;
    const before = JSON.stringify((await asAdmin(url(record.uid, `/${other}`))).body.data);
    const update = await request(url(record.uid, `/${other}`), { method: 'PUT', token: jwt, body: { [record.text]: `Chiếm ${uniqueMarker().text}` } });
    expect(DENIED).toContain(update.status);
    expect(DENIED).toContain((await request(url(record.uid, `/${other}`), { method: 'DELETE', token: jwt })).status);
    expect(JSON.stringify((await asAdmin(url(record.uid, `/${other}`))).body.data)).toBe(before);
    const created = await request(url(record.uid), {
      method: 'POST',
      token: jwt,
      body: {
        ...record.data('other'),
        ...(record.uid === 'api::redirect.redirect' ? { fromPath: `/trang/la-${uniqueMarker().text}/` } : {}),
        unit: { connect: [{ documentId: units.other.documentId }] },
      },
    });
    expect(DENIED).toContain(created.status);
  });
});
