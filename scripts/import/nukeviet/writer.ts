/**
 * Writes to the CMS over its REST API with a full-access API token: the same validation as any other writer runs
 * (document-service middleware), and no second Strapi has to boot next to the running one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { requestJson } from '../../src/cms-admin-api.ts';

export interface ExistingEntry {
  documentId: string;
  digest: string | null;
  slug: string | null;
  id: number;
}

export class CmsWriter {
  /** Number of write requests made (creates, updates, uploads). */
  writes = 0;
  readonly url: string;
  readonly token: string;
  constructor(url: string, token: string) {
    this.url = url;
    this.token = token;
  }

  private async call<T = any>(method: string, route: string, body?: unknown): Promise<T> {
    const { status, body: answer } = await requestJson<T>(`${this.url}${route}`, { method, token: this.token, body });
    if (status < 200 || status > 299) {
      const error = new Error(`${method} ${route} → HTTP ${status}: ${JSON.stringify(answer).slice(0, 800)}`) as Error & { status: number; body: unknown };
      error.status = status;
      error.body = answer;
      throw error;
    }
    return answer;
  }

  /** Every entry of a type, a page of 1,000 at a time, with only the named fields. */
  async list(plural: string, fields: string[], filters = '', draftAndPublish = true): Promise<any[]> {
    const out: any[] = [];
    for (let page = 1; ; page += 1) {
      const query = [
        ...fields.map((field, index) => `fields[${index}]=${field}`),
        `pagination[page]=${page}`,
        'pagination[pageSize]=1000',
        ...(draftAndPublish ? ['status=draft'] : []),
        ...(filters ? [filters] : []),
      ].join('&');
      const answer = await this.call<{ data: any[]; meta: { pagination: { pageCount: number } } }>('GET', `/api/${plural}?${query}`);
      out.push(...answer.data);
      if (page >= answer.meta.pagination.pageCount) return out;
    }
  }

  /** Entries already imported (legacyId under the prefix), by legacyId. */
  async existing(plural: string, legacyPrefix: string, draftAndPublish: boolean): Promise<Map<string, ExistingEntry>> {
    const rows = await this.list(plural, ['legacyId', 'importDigest', 'slug'], `filters[legacyId][$startsWith]=${encodeURIComponent(legacyPrefix)}`, draftAndPublish);
    return new Map(rows.map((row) => [row.legacyId, { documentId: row.documentId, digest: row.importDigest ?? null, slug: row.slug ?? null, id: row.id }]));
  }

  async unitBySlug(slug: string): Promise<{ documentId: string; slug: string; pathPrefix: string | null; state: string } | null> {
    const answer = await this.call<{ data: any[] }>('GET', `/api/units?filters[slug][$eq]=${encodeURIComponent(slug)}&fields[0]=slug&fields[1]=pathPrefix&fields[2]=state`);
    return answer.data[0] ?? null;
  }

  async create(plural: string, data: Record<string, unknown>, publish: boolean | null): Promise<{ documentId: string; id: number; slug?: string }> {
    this.writes += 1;
    const query = publish === null ? '' : `?status=${publish ? 'published' : 'draft'}`;
    return (await this.call<{ data: any }>('POST', `/api/${plural}${query}`, { data })).data;
  }

  async update(plural: string, documentId: string, data: Record<string, unknown>, publish: boolean | null): Promise<{ documentId: string; id: number; slug?: string }> {
    this.writes += 1;
    const query = publish === null ? '' : `?status=${publish ? 'published' : 'draft'}`;
    return (await this.call<{ data: any }>('PUT', `/api/${plural}/${documentId}${query}`, { data })).data;
  }

  /** Whether the CMS has redirect records (issue 25's `api::redirect.redirect`), which serve old addresses as 301s. */
  async hasRedirects(): Promise<boolean> {
    const { status } = await requestJson(`${this.url}/api/redirects?pagination[pageSize]=1`, { token: this.token });
    return status === 200;
  }

  /** Media files the import uploaded before (named `nv-<sha>-…`), by content hash. */
  async importedMedia(): Promise<Map<string, number>> {
    const files = await this.call<any[]>('GET', `/api/upload/files?filters[name][$startsWith]=nv-&fields[0]=name&pagination[pageSize]=100000`);
    const out = new Map<string, number>();
    for (const file of files) {
      const match = /^nv-([0-9a-f]{16})-/.exec(String(file.name));
      if (match) out.set(match[1]!, file.id);
    }
    return out;
  }

  async upload(file: string, name: string, alternativeText: string): Promise<number> {
    this.writes += 1;
    const form = new FormData();
    form.append('files', new Blob([fs.readFileSync(file)]), path.basename(file));
    form.append('fileInfo', JSON.stringify({ name, alternativeText: alternativeText || null }));
    const response = await fetch(`${this.url}/api/upload`, { method: 'POST', headers: { Authorization: `Bearer ${this.token}` }, body: form });
    const text = await response.text();
    if (!response.ok) throw new Error(`Upload of ${file} → HTTP ${response.status}: ${text.slice(0, 500)}`);
    return (JSON.parse(text) as Array<{ id: number }>)[0]!.id;
  }
}
