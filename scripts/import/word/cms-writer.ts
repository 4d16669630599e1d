/**
 * The Word import's writes, as an editor makes them: the admin content-manager API and the media library's upload
 * route, with an admin JWT. Articles are found again by their `importKey` (a private field), so a file imported twice
 * updates its draft.
 */
import crypto from 'node:crypto';
import { requestJson } from '../../src/cms-admin-api.ts';
import { refuse } from '@portal/shared-types/docx';

const ARTICLE = 'api::article.article';
const UNIT = 'api::unit.unit';
const CATEGORY = 'api::category.category';

export interface CmsTarget {
  url: string;
  /** Admin JWT. */
  jwt: string;
}

const collection = (cms: CmsTarget, uid: string) => `${cms.url}/content-manager/collection-types/${uid}`;

async function findOne(
  cms: CmsTarget,
  uid: string,
  field: string,
  value: string,
  unitId: string | null = null,
): Promise<{ status: number; entry: Record<string, any> | null }> {
  const inUnit = unitId ? `&filters[unit][documentId][$eq]=${encodeURIComponent(unitId)}` : '';
  const query = `filters[${field}][$eq]=${encodeURIComponent(value)}${inUnit}&page=1&pageSize=1`;
  const { status, body } = await requestJson<any>(`${collection(cms, uid)}?${query}`, { token: cms.jwt });
  return { status, entry: status === 200 ? (body.results?.[0] ?? null) : null };
}

/**
 * The unit's documentId (`api::unit.unit` by slug, units issue #16); a slug no unit has refuses the run. A CMS from
 * before units (no unit type) gives null: the slug then only scopes the import key.
 */
export async function resolveUnit(cms: CmsTarget, slug: string): Promise<string | null> {
  const types = await requestJson<any>(`${cms.url}/content-manager/content-types`, { token: cms.jwt });
  if (types.status !== 200) throw new Error(`Listing content types failed (HTTP ${types.status})`);
  if (!types.body.data.some((type: { uid: string }) => type.uid === UNIT)) return null;
  const { status, entry } = await findOne(cms, UNIT, 'slug', slug);
  if (status !== 200) throw new Error(`Looking up unit "${slug}" failed (HTTP ${status})`);
  if (!entry) refuse('not-word', `Không tìm thấy đơn vị "${slug}" trong CMS.`);
  return entry!.documentId;
}

/** A category of the unit (categories are per unit). */
export async function resolveCategory(cms: CmsTarget, slug: string, unitId: string | null): Promise<string> {
  const { status, entry } = await findOne(cms, CATEGORY, 'slug', slug, unitId);
  if (status !== 200) throw new Error(`Looking up category "${slug}" failed (HTTP ${status})`);
  if (!entry) refuse('not-word', `Không tìm thấy chuyên mục "${slug}" trong CMS.`);
  return entry!.documentId;
}

export async function findImportedArticle(cms: CmsTarget, importKey: string): Promise<Record<string, any> | null> {
  const { status, entry } = await findOne(cms, ARTICLE, 'importKey', importKey);
  if (status !== 200) throw new Error(`Looking up imported article failed (HTTP ${status})`);
  return entry;
}

/** Creates the draft, or updates the draft of `documentId`; never publishes. Returns the documentId. */
export async function saveDraft(cms: CmsTarget, data: Record<string, unknown>, documentId: string | null): Promise<string> {
  const url = documentId ? `${collection(cms, ARTICLE)}/${documentId}` : collection(cms, ARTICLE);
  const { status, body } = await requestJson<any>(url, { method: documentId ? 'PUT' : 'POST', token: cms.jwt, body: data });
  if (status !== 200 && status !== 201) {
    throw new Error(`Saving the imported article failed (HTTP ${status}): ${JSON.stringify(body).slice(0, 500)}`);
  }
  return body.data.documentId;
}

/**
 * Uploads an image once: its media-library name carries its content hash, so the same picture (in one file, or the
 * next import of it) reuses the stored file.
 */
export async function uploadImageOnce(
  cms: CmsTarget,
  image: { data: Buffer; contentType: string },
  caption: string | null,
): Promise<number> {
  const hash = crypto.createHash('sha256').update(image.data).digest('hex').slice(0, 24);
  const extension = image.contentType.split('/')[1]?.replace('jpeg', 'jpg') ?? 'bin';
  const name = `word-${hash}.${extension}`;
  const found = await requestJson<any>(`${cms.url}/upload/files?filters[name][$eq]=${encodeURIComponent(name)}&page=1&pageSize=1`, { token: cms.jwt });
  if (found.status !== 200) throw new Error(`Looking up media "${name}" failed (HTTP ${found.status})`);
  const existing = found.body.results?.[0];
  if (existing) return existing.id;
  const form = new FormData();
  form.append('files', new Blob([new Uint8Array(image.data)], { type: image.contentType }), name);
  form.append('fileInfo', JSON.stringify({ name, alternativeText: caption, caption }));
  const response = await fetch(`${cms.url}/upload`, { method: 'POST', headers: { Authorization: `Bearer ${cms.jwt}` }, body: form });
  const body = (await response.json()) as Array<{ id: number }>;
  if (!response.ok) throw new Error(`Uploading "${name}" failed (HTTP ${response.status}): ${JSON.stringify(body).slice(0, 300)}`);
  return body[0]!.id;
}
