/**
 * The worker inside the CMS process: polls the file-job queue, extracts each document's full text from its attached
 * files, writes it to every version of the document (draft and published, straight to the database so no document
 * middleware runs again and nothing is republished), and announces the change so the rebuild webhook fires.
 * A bad file fails its job only; the worker carries on.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { proposeDocumentMetadata } from '@portal/shared-types';
import { extractText, fileKind, MAX_EXTRACT_BYTES } from './extract-text';
import { claimNextJob, finishJob, LEGAL_DOCUMENT, pruneFinishedJobs, recoverInterruptedJobs, type FileJob } from './queue';

interface StoredFile {
  url: string;
  hash: string;
  ext?: string | null;
  mime?: string | null;
  name: string;
}

/** Jobs run at once: one per core by default (OCR is single-threaded per job). FILE_JOB_CONCURRENCY overrides. */
export function workerConcurrency(env: NodeJS.ProcessEnv = process.env): number {
  const configured = Number(env.FILE_JOB_CONCURRENCY);
  return Number.isInteger(configured) && configured > 0 ? configured : Math.max(1, os.availableParallelism());
}

async function localCopy(strapi: Core.Strapi, file: StoredFile): Promise<{ path: string; remove: boolean }> {
  if (!/^https?:/i.test(file.url)) return { path: path.join(strapi.dirs.static.public, file.url), remove: false };
  // A cloud upload provider: fetch the file the CMS itself stored (never a URL from inside a document).
  const response = await fetch(file.url);
  const body = Buffer.from(await response.arrayBuffer());
  if (!response.ok || body.length > MAX_EXTRACT_BYTES) throw new Error(`Could not fetch ${file.url} (HTTP ${response.status})`);
  const copy = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'full-text-')), `file${file.ext ?? ''}`);
  fs.writeFileSync(copy, body);
  return { path: copy, remove: true };
}

async function setDocumentText(strapi: Core.Strapi, documentId: string, data: Record<string, unknown>): Promise<void> {
  // The query layer leaves updatedAt alone; the site's incremental sync refetches only entries whose updatedAt moved.
  await strapi.db.query(LEGAL_DOCUMENT).updateMany({ where: { documentId }, data: { ...data, updatedAt: new Date() } });
}

export async function runFullTextJob(strapi: Core.Strapi, job: FileJob): Promise<void> {
  const documentId = job.targetDocumentId;
  const versions = await strapi.db.query(LEGAL_DOCUMENT).findMany({ where: { documentId }, populate: { files: true } });
  const draft = versions.find((version: any) => version.publishedAt === null) ?? versions[0];
  if (!draft) return finishJob(strapi, job, null);
  const files: StoredFile[] = (draft.files ?? []).filter((file: StoredFile) => fileKind(file) !== null);
  const source = files.map((file) => file.hash).join(',');
  if (source === (draft.fullTextSource ?? '') && draft.fullTextStatus === 'done') return finishJob(strapi, job, null);
  if (files.length === 0) {
    await setDocumentText(strapi, documentId, { fullText: null, fullTextStatus: 'none', fullTextMachineRead: false, fullTextSource: '' });
    return finishJob(strapi, job, null);
  }
  await setDocumentText(strapi, documentId, { fullTextStatus: 'running' });
  try {
    const texts: string[] = [];
    let machineRead = false;
    let firstPage: string | null = null;
    for (const file of files) {
      const copy = await localCopy(strapi, file);
      try {
        const extracted = await extractText(copy.path, fileKind(file)!);
        if (extracted.text) texts.push(extracted.text);
        firstPage ??= extracted.firstPage;
        machineRead ||= extracted.machineRead;
      } finally {
        if (copy.remove) fs.rmSync(path.dirname(copy.path), { recursive: true, force: true });
      }
    }
    const fullText = texts.join('\n\n') || null;
    // Proposed only: the editor copies what is right into the fields; nothing here overwrites them.
    const metadataProposal = firstPage ? proposeDocumentMetadata(firstPage) : null;
    await setDocumentText(strapi, documentId, {
      fullText,
      fullTextStatus: 'done',
      fullTextMachineRead: machineRead,
      fullTextSource: source,
      metadataProposal,
    });
    await finishJob(strapi, job, null);
    // The same event a save sends: the rebuild webhook (and anything else listening) learns the page changed.
    strapi.eventHub.emit('entry.update', { model: 'legal-document', uid: LEGAL_DOCUMENT, entry: { documentId, id: draft.id } });
  } catch (error) {
    await setDocumentText(strapi, documentId, { fullTextStatus: 'failed' });
    await finishJob(strapi, job, (error as Error).message.slice(0, 2000));
    strapi.log.warn(`Full text of legal document ${documentId} failed: ${(error as Error).message}`);
  }
}

export interface FileJobWorker {
  stop(): Promise<void>;
}

export async function startFileJobWorker(strapi: Core.Strapi, options = { pollMs: Number(process.env.FILE_JOB_POLL_MS) || 1000 }): Promise<FileJobWorker> {
  await recoverInterruptedJobs(strapi);
  await pruneFinishedJobs(strapi);
  const concurrency = workerConcurrency();
  const active = new Set<Promise<void>>();
  let stopped = false;
  const tick = async () => {
    while (!stopped && active.size < concurrency) {
      const job = await claimNextJob(strapi);
      if (!job) return;
      const running: Promise<void> = runFullTextJob(strapi, job)
        .catch(async (error: unknown) => {
          strapi.log.error(`File job ${job.id} crashed: ${(error as Error).message}`);
          await finishJob(strapi, job, (error as Error).message).catch(() => {});
        })
        .finally(() => active.delete(running));
      active.add(running);
    }
  };
  let ticking: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    ticking = ticking.then(tick).catch((error: unknown) => {
      strapi.log.error(`File-job worker: ${(error as Error).message}`);
    });
  }, options.pollMs);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await ticking;
      await Promise.allSettled([...active]);
    },
  };
}

/** Enqueues a document's full text whenever an editor creates or updates it (attachments may have changed). */
export function registerFullTextOnSave(strapi: Core.Strapi, enqueue: (documentId: string) => Promise<void>): void {
  strapi.documents.use(async (context, next) => {
    const result = await next();
    if (context.uid === LEGAL_DOCUMENT && (context.action === 'create' || context.action === 'update')) {
      const documentId = (result as { documentId?: string } | null)?.documentId;
      if (documentId) await enqueue(documentId);
    }
    return result;
  });
}
