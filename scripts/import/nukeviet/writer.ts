/**
 * Writes to the CMS through its admin API (the content manager, as an editor's browser does) with an admin's session:
 * drafts are visible there (the public API refuses them, and pending, scheduled and expired articles stay drafts), and
 * every write runs the same validation as any other writer (document-service middleware). No second Strapi boots next
 * to the running one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { adminLogin, requestJson } from '../../src/cms-admin-api.ts';

export interface ExistingEntry {
  documentId: string;
  digest: string | null;
  slug: string | null;
  id: number;
  published: boolean;
}

/** Signs in with STRAPI_ADMIN_JWT, or STRAPI_ADMIN_EMAIL and STRAPI_ADMIN_PASSWORD. */
export async function adminSession(url: string, env: Readonly<Record<string, string | undefined>> = process.env): Promise<string> {
  const jwt = env.STRAPI_ADMIN_JWT?.trim();
  if (jwt) return jwt;
  const email = env.STRAPI_ADMIN_EMAIL?.trim();
  const password = env.STRAPI_ADMIN_PASSWORD;
  if (!email || !password) throw new Error('Set STRAPI_ADMIN_EMAIL and STRAPI_ADMIN_PASSWORD (an admin of the CMS; a Super Admin to import into any unit)');
  return adminLogin(url, email, password);
}

export class CmsWriter {
  /** Number of write requests made (creates, updates, uploads). */
  writes = 0;
  readonly url: string;
  readonly jwt: string;
  constructor(url: string, jwt: string) {
    this.url = url;
    this.jwt = jwt;
  }

  private async call<T = any>(method: string, route: string, body?: unknown): Promise<T> {
    const { status, body: answer } = await requestJson<T>(`${this.url}${route}`, { method, token: this.jwt, body });
    if (status < 200 || status > 299) throw new Error(`${method} ${route} → HTTP ${status}: ${JSON.stringify(answer).slice(0, 800)}`);
    return answer;
  }

  private collection = (uid: string) => `/content-manager/collection-types/${uid}`;

  /** Every entry of a type matching the filter (a query-string fragment), 500 at a time. */
  async list(uid: string, filters = ''): Promise<any[]> {
    const out: any[] = [];
    for (let page = 1; ; page += 1) {
      const answer = await this.call<{ results: any[]; pagination: { pageCount: number } }>('GET', `${this.collection(uid)}?page=${page}&pageSize=500${filters ? `&${filters}` : ''}`);
      out.push(...answer.results);
      if (page >= answer.pagination.pageCount) return out;
    }
  }

  /** Entries already imported (legacyId under the prefix), by legacyId. */
  async existing(uid: string, legacyPrefix: string): Promise<Map<string, ExistingEntry>> {
    const rows = await this.list(uid, `filters[$and][0][legacyId][$startsWith]=${encodeURIComponent(legacyPrefix)}`);
    return new Map(
      rows.map((row) => [row.legacyId, { documentId: row.documentId, digest: row.importDigest ?? null, slug: row.slug ?? null, id: row.id, published: row.status === 'published' || row.publishedAt != null }]),
    );
  }

  async unitBySlug(slug: string): Promise<{ documentId: string; slug: string; pathPrefix: string | null; state: string } | null> {
    return (await this.list('api::unit.unit', `filters[$and][0][slug][$eq]=${encodeURIComponent(slug)}`))[0] ?? null;
  }

  /** Creates an entry; `publish` true publishes it too, false leaves a draft, null for types without drafts. */
  async create(uid: string, data: Record<string, unknown>, publish: boolean | null): Promise<{ documentId: string; id: number; slug?: string }> {
    this.writes += 1;
    return (await this.call<{ data: any }>('POST', publish ? `${this.collection(uid)}/actions/publish` : this.collection(uid), data)).data;
  }

  /** Updates an entry; `publish` true publishes the new version, false unpublishes a published one. */
  async update(uid: string, documentId: string, data: Record<string, unknown>, publish: boolean | null, wasPublished = false): Promise<{ documentId: string; id: number; slug?: string }> {
    this.writes += 1;
    if (publish) return (await this.call<{ data: any }>('POST', `${this.collection(uid)}/${documentId}/actions/publish`, data)).data;
    const saved = (await this.call<{ data: any }>('PUT', `${this.collection(uid)}/${documentId}`, data)).data;
    if (publish === false && wasPublished) await this.call('POST', `${this.collection(uid)}/${documentId}/actions/unpublish`, {});
    return saved;
  }

  /** Whether the CMS has redirect records (issue 25's `api::redirect.redirect`), which serve old addresses as 301s. */
  async hasRedirects(): Promise<boolean> {
    const { status } = await requestJson(`${this.url}${this.collection('api::redirect.redirect')}?page=1&pageSize=1`, { token: this.jwt });
    return status === 200;
  }

  /** Media files the import uploaded before (named `nv-<sha>-…`), by content hash. */
  async importedMedia(): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    for (let page = 1; ; page += 1) {
      const answer = await this.call<{ results: any[]; pagination: { pageCount: number } }>('GET', `/upload/files?page=${page}&pageSize=500&filters[$and][0][name][$startsWith]=nv-`);
      for (const file of answer.results) {
        const match = /^nv-([0-9a-f]{16})-/.exec(String(file.name));
        if (match) out.set(match[1]!, file.id);
      }
      if (page >= answer.pagination.pageCount) return out;
    }
  }

  async upload(file: string, name: string, alternativeText: string): Promise<number> {
    this.writes += 1;
    const form = new FormData();
    form.append('files', new Blob([fs.readFileSync(file)]), path.basename(file));
    form.append('fileInfo', JSON.stringify({ name, alternativeText: alternativeText || null }));
    const response = await fetch(`${this.url}/upload`, { method: 'POST', headers: { Authorization: `Bearer ${this.jwt}` }, body: form });
    const text = await response.text();
    if (!response.ok) throw new Error(`Upload of ${file} → HTTP ${response.status}: ${text.slice(0, 500)}`);
    return (JSON.parse(text) as Array<{ id: number }>)[0]!.id;
  }
}
