/**
 * Reads and writes the CMS through its admin API with an admin's session: drafts are visible there (the public API
 * refuses them, and pending, scheduled and expired articles stay drafts). Entries are written in batches through the
 * CMS's import route (POST /api/editor/import-batch: one transaction per batch, the document service's validation
 * as for any other writer, the caller's unit permissions); media through the media library's upload. No second
 * Strapi boots next to the running one.
 */
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import type { ImportBatchEntry, ImportBatchWritten } from '@portal/shared-types';
import { adminLogin, requestJson } from '../../src/cms-admin-api.ts';

export interface ExistingEntry {
  documentId: string;
  digest: string | null;
  slug: string | null;
  id: number;
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

/** A batch the CMS refused as a whole; `legacyId` names the entry at fault when there is one. */
export class BatchRefused extends Error {
  readonly legacyId: string | null;
  readonly status: number;
  constructor(status: number, message: string, legacyId: string | null) {
    super(message);
    this.status = status;
    this.legacyId = legacyId;
  }
}

/**
 * A POST on a connection of its own. fetch reuses idle keep-alive connections, and a busy CMS closing one just as it
 * is reused made uploads fail with ECONNRESET (a POST is not retried): the writes are few and large, so each opens one.
 */
function postOnce(url: string, headers: Record<string, string>, body: Buffer): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const request = (target.protocol === 'https:' ? https : http).request(
      target,
      { method: 'POST', agent: false, headers: { ...headers, 'Content-Length': String(body.length), Connection: 'close' } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

export class CmsWriter {
  /** Number of writes made: entries written in batches, and uploads. */
  writes = 0;
  /** Summed time of the uploads (they overlap: up to the import's upload concurrency at a time). */
  uploadSeconds = 0;
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
      rows.map((row) => [row.legacyId, { documentId: row.documentId, digest: row.importDigest ?? null, slug: row.slug ?? null, id: row.id }]),
    );
  }

  async unitBySlug(slug: string): Promise<{ documentId: string; slug: string; pathPrefix: string | null; state: string } | null> {
    return (await this.list('api::unit.unit', `filters[$and][0][slug][$eq]=${encodeURIComponent(slug)}`))[0] ?? null;
  }

  /** Writes entries of one type (of the unit, for unit-scoped types) in one transaction: all of them, or none. */
  async batch(uid: string, unit: string, entries: ImportBatchEntry[]): Promise<ImportBatchWritten[]> {
    const { status, text } = await postOnce(
      `${this.url}/api/editor/import-batch`,
      { Authorization: `Bearer ${this.jwt}`, 'Content-Type': 'application/json', Accept: 'application/json' },
      Buffer.from(JSON.stringify({ type: uid, unit, entries })),
    );
    let body: any = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
    if (status === 200) {
      this.writes += entries.length;
      return body.data as ImportBatchWritten[];
    }
    const message = body?.error?.message ?? (typeof body === 'string' ? body : JSON.stringify(body)).slice(0, 800);
    throw new BatchRefused(status, `${uid} batch → HTTP ${status}: ${message}`, body?.error?.details?.legacyId ?? null);
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
    const started = performance.now();
    const form = new FormData();
    form.append('files', new Blob([fs.readFileSync(file)]), path.basename(file));
    form.append('fileInfo', JSON.stringify({ name, alternativeText: alternativeText || null }));
    // The multipart body and its boundary as fetch would send them.
    const encoded = new Request(this.url, { method: 'POST', body: form });
    const { status, text } = await postOnce(`${this.url}/upload`, { Authorization: `Bearer ${this.jwt}`, 'Content-Type': encoded.headers.get('content-type')! }, Buffer.from(await encoded.arrayBuffer()));
    this.uploadSeconds += (performance.now() - started) / 1000;
    if (status < 200 || status > 299) throw new Error(`Upload of ${file} → HTTP ${status}: ${text.slice(0, 500)}`);
    return (JSON.parse(text) as Array<{ id: number }>)[0]!.id;
  }
}
