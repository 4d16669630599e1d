/**
 * The draft preview route (GET /api/preview/draft) behind the admin's preview button: drafts only with the preview
 * secret, only for the previewable types, sanitized, never cached, and no other read path to drafts opened.
 */
import { describe, expect, inject, it } from 'vitest';
import { demoArticles, demoDocuments } from '../src/seed/demo-content.ts';
import { adminJwt, strapiQuery } from './helpers/content-manager.ts';
import { request } from './helpers/http.ts';

const cms = inject('cms');
/** The value tests/helpers/test-cms.ts gives the shared CMS. */
const SECRET = 'test-preview-secret-5f0c2a9e1b';
const draftArticle = demoArticles.find((article) => article.draft)!;
const draftDocument = demoDocuments.find((document) => document.draft)!;

async function documentIdOf(uid: string, slug: string): Promise<string> {
  const query = strapiQuery({ page: 1, pageSize: 1, filters: { slug: { $eq: slug } } });
  const { status, body } = await request(`${cms.url}/content-manager/collection-types/${uid}?${query}`, { token: await adminJwt(cms) });
  if (status !== 200 || body.results.length !== 1) throw new Error(`No ${uid} with slug ${slug} (${status})`);
  return body.results[0].documentId;
}

async function preview(params: Record<string, string>, secret?: string): Promise<{ status: number; body: any; headers: Headers }> {
  const response = await fetch(`${cms.url}/api/preview/draft?${new URLSearchParams(params).toString()}`, {
    headers: { Accept: 'application/json', ...(secret === undefined ? {} : { 'X-Preview-Secret': secret }) },
  });
  return { status: response.status, body: await response.json(), headers: response.headers };
}

describe('GET /api/preview/draft', () => {
  it('returns the seeded draft article, with what the page renders and without private fields', async () => {
    const documentId = await documentIdOf('api::article.article', draftArticle.slug);
    const { status, body, headers } = await preview({ type: 'api::article.article', documentId }, SECRET);
    expect(status).toBe(200);
    expect(headers.get('cache-control')).toBe('no-store');
    expect(body.data.documentId).toBe(documentId);
    expect(body.data.title).toBe(draftArticle.title);
    expect(body.data.publishedAt).toBeNull();
    expect(body.data.category.slug).toBe(draftArticle.category);
    expect(body.data.cover.url).toMatch(/^\/uploads\//);
    expect(body.data.cover.alternativeText).toBeTruthy();
    expect(body.data.sections.length).toBeGreaterThan(0);
    expect(body.data.sections[0].__component).toBe('sections.rich-text');
    expect(JSON.stringify(body.data.sections)).toContain(draftArticle.paragraphs[0]!);
    expect(body.data.relatedDocuments.map((document: { slug: string }) => document.slug)).toEqual(draftArticle.relatedDocuments);
    expect(body.data).not.toHaveProperty('createdBy');
    expect(body.data).not.toHaveProperty('updatedBy');
  });

  it('returns the unpublished document with its metadata', async () => {
    const documentId = await documentIdOf('api::legal-document.legal-document', draftDocument.slug);
    const { status, body } = await preview({ type: 'api::legal-document.legal-document', documentId }, SECRET);
    expect(status).toBe(200);
    expect(body.data.rawNumber).toBe(draftDocument.rawNumber);
    expect(body.data.subject).toBe(draftDocument.subject);
    expect(body.data.issuingOrganisation.slug).toBe(draftDocument.issuingOrganisation);
    expect(Array.isArray(body.data.files)).toBe(true);
  });

  it.each([
    ['api::congress.congress', 'title', 'termTargets'],
    ['api::kpi-report.kpi-report', 'title', 'values'],
    ['api::schedule.schedule', 'title', 'entries'],
    ['api::legal-document.legal-document', 'subject', 'relations'],
  ])('returns the draft version of a %s with its populated parts', async (uid, field, populated) => {
    const { body: listed } = await request(`${cms.url}/content-manager/collection-types/${uid}?page=1&pageSize=1`, { token: await adminJwt(cms) });
    const documentId: string = listed.results[0].documentId;
    const { status, body } = await preview({ type: uid, documentId }, SECRET);
    expect(status, JSON.stringify(body.error)).toBe(200);
    expect(body.data.documentId).toBe(documentId);
    expect(typeof body.data[field]).toBe('string');
    expect(Array.isArray(body.data[populated])).toBe(true);
    expect(body.data).not.toHaveProperty('createdBy');
  });

  it('accepts the secret as a query parameter (the admin link) too', async () => {
    const documentId = await documentIdOf('api::article.article', draftArticle.slug);
    const { status, body } = await preview({ type: 'api::article.article', documentId, secret: SECRET });
    expect(status).toBe(200);
    expect(body.data.title).toBe(draftArticle.title);
  });

  it('refuses without the secret or with a wrong one, saying why', async () => {
    const documentId = await documentIdOf('api::article.article', draftArticle.slug);
    for (const secret of [undefined, '', 'wrong-secret', `${SECRET}x`, SECRET.slice(0, -1)]) {
      const { status, body, headers } = await preview({ type: 'api::article.article', documentId }, secret);
      expect(status, `secret ${String(secret)}`).toBe(401);
      expect(body.data).toBeNull();
      expect(body.error.message).toMatch(/preview secret/i);
      expect(body.error.details.reason).toBe('unauthorized');
      expect(JSON.stringify(body)).not.toContain(draftArticle.title);
      expect(headers.get('cache-control')).toBe('no-store');
    }
    const wrongQuery = await preview({ type: 'api::article.article', documentId, secret: 'wrong-secret' });
    expect(wrongQuery.status).toBe(401);
  });

  it('refuses types outside the allowlist and malformed ids', async () => {
    for (const type of ['api::feedback.feedback', 'api::category.category', 'plugin::users-permissions.user', 'admin::user', '']) {
      const { status, body } = await preview({ type, documentId: 'abc' }, SECRET);
      expect(status, type).toBe(400);
      expect(body.error.name).toBe('ValidationError');
    }
    const malformed = await preview({ type: 'api::article.article', documentId: '../x' }, SECRET);
    expect(malformed.status).toBe(400);
  });

  it('answers 404 for a document that does not exist', async () => {
    const { status, body } = await preview({ type: 'api::article.article', documentId: 'khongtontai0000000000000' }, SECRET);
    expect(status).toBe(404);
    expect(body.error.details.reason).toBe('not-found');
  });

  it('lets the site origin send the secret header (CORS preflight)', async () => {
    const response = await fetch(`${cms.url}/api/preview/draft`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://127.0.0.1:4321', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'x-preview-secret' },
    });
    expect(response.status).toBeLessThan(300);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:4321');
    expect(response.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('x-preview-secret');
  });

  it('opens no other read path: published content is unchanged and ?status=draft is still refused', async () => {
    const documentId = await documentIdOf('api::article.article', draftArticle.slug);
    await preview({ type: 'api::article.article', documentId }, SECRET);
    for (const token of [undefined, cms.token]) {
      const drafts = await request(`${cms.url}/api/articles?status=draft`, { token });
      expect(drafts.status).toBe(403);
      const single = await request(`${cms.url}/api/articles/${documentId}`, { token });
      expect(single.status).toBe(404);
      const list = await request(`${cms.url}/api/articles?pagination[pageSize]=100`, { token });
      expect(list.status).toBe(200);
      expect(list.body.data.map((article: { title: string }) => article.title)).not.toContain(draftArticle.title);
    }
    const previewAsDraftQuery = await request(`${cms.url}/api/preview/draft?type=api::article.article&documentId=${documentId}&status=draft`);
    expect(previewAsDraftQuery.status).toBe(403);
  });
});
