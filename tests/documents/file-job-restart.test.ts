import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { validData, uniqueMarker } from '../../cms/tests/helpers/content-manager.ts';
import { adminLogin, request } from '../../cms/tests/helpers/http.ts';
import { createTestDatabase, type TestDatabase } from '../../cms/tests/helpers/test-database.ts';
import { startTestCms, testSecrets, TEST_ADMIN, type TestCms } from '../../cms/tests/helpers/test-cms.ts';
import { ensureDebianPackages, printPdf, scanOf } from './pdf-fixtures.ts';

/**
 * The full-text queue survives a crash: a CMS killed (SIGKILL) in the middle of an OCR job comes back on the same
 * database, puts the interrupted job back in the queue and finishes it.
 */
const DOCUMENT = 'api::legal-document.legal-document';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'file-job-restart-'));
let database: TestDatabase | null = null;
let cms: TestCms | null = null;

afterAll(async () => {
  await cms?.stop();
  await database?.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function jobsOf(url: string, jwt: string, documentId: string): Promise<Array<{ state: string; attempts: number }>> {
  const { body } = await request(`${url}/content-manager/collection-types/api::file-job.file-job?filters[targetDocumentId][$eq]=${documentId}`, { token: jwt });
  return body.results;
}

it('finishes a job that a killed CMS left running, after the restart', async () => {
  ensureDebianPackages();
  const printed = path.join(dir, 'nghi-quyet.pdf');
  await printPdf(printed);
  const scanned = path.join(dir, 'nghi-quyet-scan.pdf');
  scanOf(printed, scanned);

  database = await createTestDatabase('file-job-restart');
  const secrets = testSecrets();
  cms = await startTestCms(database, secrets);
  let jwt = await adminLogin(cms.url, TEST_ADMIN.email, TEST_ADMIN.password);
  const form = new FormData();
  form.append('files', new Blob([fs.readFileSync(scanned)], { type: 'application/pdf' }), 'nghi-quyet-scan.pdf');
  const uploaded = await fetch(`${cms.url}/upload`, { method: 'POST', headers: { Authorization: `Bearer ${jwt}` }, body: form });
  expect(uploaded.status).toBe(201);
  const [file] = (await uploaded.json()) as Array<{ id: number }>;
  const created = await request(`${cms.url}/content-manager/collection-types/${DOCUMENT}`, {
    method: 'POST',
    token: jwt,
    body: { ...validData(DOCUMENT, uniqueMarker()), files: [file!.id] },
  });
  expect(created.status).toBe(201);
  const documentId: string = created.body.data.documentId;

  // Kill the CMS while OCR runs.
  await expect.poll(async () => (await jobsOf(cms!.url, jwt, documentId))[0]?.state, { timeout: 60_000, interval: 100 }).toBe('running');
  cms.child.kill('SIGKILL');
  await new Promise((resolve) => cms!.child.once('exit', resolve));

  cms = await startTestCms(database, secrets);
  jwt = await adminLogin(cms.url, TEST_ADMIN.email, TEST_ADMIN.password);
  await expect
    .poll(async () => (await request(`${cms!.url}/content-manager/collection-types/${DOCUMENT}/${documentId}`, { token: jwt })).body.data.fullTextStatus, {
      timeout: 300_000,
      interval: 1000,
    })
    .toBe('done');
  const document = (await request(`${cms.url}/content-manager/collection-types/${DOCUMENT}/${documentId}`, { token: jwt })).body.data;
  expect(document.fullText.replace(/\s+/g, ' ')).toContain('nông thôn mới');
  const jobs = await jobsOf(cms.url, jwt, documentId);
  expect(jobs).toHaveLength(1);
  expect(jobs[0]).toMatchObject({ state: 'done', attempts: 2 });
}, 900_000);
