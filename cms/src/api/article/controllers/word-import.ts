import fs from 'node:fs';
import type { Core } from '@strapi/strapi';
import { importKeyFor, WordImportRefusal, wordToArticle } from '@portal/shared-types/docx';
import type { Context } from '../../engagement/lib/koa';
import { sendError } from '../../engagement/lib/http';
import { articleChecker, resolveTarget, type AdminUser } from '../../../word-import/import-target';
import { docConverter } from '../../../word-import/libreoffice';
import { saveImportedDraft } from '../../../word-import/save-draft';

interface UploadedFile {
  filepath: string;
  originalFilename?: string | null;
}

const textField = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/**
 * POST /api/editor/word-import (multipart: `files` = one Word file, optional `unit` and `category`, slug or
 * documentId): the file becomes a draft article of the unit, or the draft of an earlier import of the same file name
 * is updated. 201 created / 200 updated with { data: { outcome, documentId, title, warnings } }; a refused file is
 * 400 with a Vietnamese message and details.code, and nothing is saved.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async importFile(ctx: Context) {
    const user = ctx.state.adminUser as AdminUser;
    const ability = ctx.state.adminAbility as { can(action: string, subject?: unknown): boolean };
    const files = (ctx.request as { files?: Record<string, UploadedFile | UploadedFile[]> }).files?.files;
    if (!files || Array.isArray(files) || !files.originalFilename) {
      return sendError(ctx, 400, 'ValidationError', 'Hãy chọn đúng một tệp Word (.docx).', { code: 'no-file' });
    }
    const body = (ctx.request.body ?? {}) as Record<string, unknown>;
    const checker = articleChecker(strapi, ability);
    const target = await resolveTarget(strapi, checker, user, { unit: textField(body.unit), category: textField(body.category) });
    if ('status' in target) {
      const { status, code, message, units } = target;
      return sendError(ctx, status, status === 403 ? 'ForbiddenError' : status === 404 ? 'NotFoundError' : 'ValidationError', message, { code, ...(units ? { units } : {}) });
    }
    const name = files.originalFilename;
    let article;
    try {
      article = await wordToArticle({ name, bytes: await fs.promises.readFile(files.filepath) }, { convertDoc: docConverter() });
    } catch (error) {
      if (error instanceof WordImportRefusal) return sendError(ctx, 400, 'ValidationError', error.message, { code: error.code });
      throw error;
    }
    // The draft is written as this admin user, so the units' write rules (src/validation/unit-scope.ts) hold as in
    // the content manager.
    ctx.state.user = user;
    ctx.state.auth = { strategy: { name: 'admin' }, credentials: user };
    const saved = await saveImportedDraft(
      strapi,
      { user, checker, canUpload: ability.can('plugin::upload.assets.create') },
      { ...target, importKey: importKeyFor(target.unit.slug, name) },
      article,
    );
    if ('status' in saved) return sendError(ctx, saved.status, 'ForbiddenError', saved.message, { code: saved.code });
    ctx.status = saved.outcome === 'created' ? 201 : 200;
    ctx.body = { data: { ...saved, unit: target.unit.slug } };
  },
});
