/**
 * The file-job queue lives in the database (api::file-job.file-job), so jobs survive a restart: saving a document
 * only adds a pending row; the worker claims rows one at a time (an update guarded by the old state, so two workers
 * never take the same job), and rows left running by a stopped CMS go back to pending at start.
 */
import type { Core } from '@strapi/strapi';

export const FILE_JOB = 'api::file-job.file-job';
export const LEGAL_DOCUMENT = 'api::legal-document.legal-document';
/** A job that failed this many times (the CMS died under it, say) stays failed. */
export const MAX_ATTEMPTS = 3;

export interface FileJob {
  id: number;
  documentId: string;
  targetDocumentId: string;
  attempts: number | null;
}

/** Adds a full-text job for a document unless one is already waiting. */
export async function enqueueFullText(strapi: Core.Strapi, documentId: string): Promise<void> {
  const waiting = await strapi.db.query(FILE_JOB).findOne({ where: { targetDocumentId: documentId, state: 'pending' } });
  if (waiting) return;
  await strapi.documents(FILE_JOB as any).create({ data: { kind: 'document-full-text', targetDocumentId: documentId, state: 'pending', attempts: 0 } as any });
}

export async function claimNextJob(strapi: Core.Strapi): Promise<FileJob | null> {
  for (let tries = 0; tries < 5; tries++) {
    const job = await strapi.db.query(FILE_JOB).findOne({ where: { state: 'pending' }, orderBy: { id: 'asc' } });
    if (!job) return null;
    const { count } = await strapi.db.query(FILE_JOB).updateMany({
      where: { id: job.id, state: 'pending' },
      data: { state: 'running', startedAt: new Date(), attempts: (job.attempts ?? 0) + 1, failure: null },
    });
    if (count === 1) return { ...job, attempts: (job.attempts ?? 0) + 1 } as FileJob;
  }
  return null;
}

export async function finishJob(strapi: Core.Strapi, job: FileJob, failure: string | null): Promise<void> {
  await strapi.db.query(FILE_JOB).update({
    where: { id: job.id },
    data: { state: failure === null ? 'done' : 'failed', failure, finishedAt: new Date() },
  });
}

/** Jobs a stopped CMS left running: back to pending, or failed after too many attempts. */
export async function recoverInterruptedJobs(strapi: Core.Strapi): Promise<void> {
  const running = await strapi.db.query(FILE_JOB).findMany({ where: { state: 'running' } });
  for (const job of running) {
    const exhausted = (job.attempts ?? 0) >= MAX_ATTEMPTS;
    await strapi.db.query(FILE_JOB).update({
      where: { id: job.id },
      data: exhausted ? { state: 'failed', failure: 'Interrupted too many times', finishedAt: new Date() } : { state: 'pending' },
    });
  }
}

/** Finished jobs are history only: those older than `days` are deleted at start so the table does not grow forever. */
export async function pruneFinishedJobs(strapi: Core.Strapi, days = 30): Promise<void> {
  const before = new Date(Date.now() - days * 86_400_000);
  await strapi.db.query(FILE_JOB).deleteMany({ where: { state: { $in: ['done', 'failed'] }, updatedAt: { $lt: before } } });
}
