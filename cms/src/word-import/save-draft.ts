import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import type { WordArticle, WordImage } from '@portal/shared-types/docx';
import { ARTICLE, type AdminUser, type ArticleChecker, type ImportUnit } from './import-target';

const UPLOAD_FILE = 'plugin::upload.file';

export type SaveResult =
  | { outcome: 'created' | 'updated'; documentId: string; title: string; warnings: string[] }
  | { status: number; code: string; message: string };

/**
 * Uploads an image once, as the editor: its media-library name carries its content hash, so the same picture (in one
 * file, or the next import of it) reuses the stored file.
 */
async function uploadImageOnce(strapi: Core.Strapi, user: AdminUser, image: WordImage, caption: string | null): Promise<number> {
  const hash = crypto.createHash('sha256').update(image.data).digest('hex').slice(0, 24);
  const extension = image.contentType.split('/')[1]?.replace('jpeg', 'jpg') ?? 'bin';
  const name = `word-${hash}.${extension}`;
  const existing: { id: number } | null = await strapi.db.query(UPLOAD_FILE as never).findOne({ where: { name }, select: ['id'] } as never);
  if (existing) return existing.id;
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'word-image-'));
  try {
    const filepath = path.join(dir, name);
    await fs.promises.writeFile(filepath, image.data);
    const [file] = (await strapi.plugin('upload').service('upload').upload(
      {
        data: { fileInfo: { name, alternativeText: caption, caption } },
        files: { filepath, originalFilename: name, mimetype: image.contentType, size: image.data.length },
      },
      { user },
    )) as Array<{ id: number }>;
    return file!.id;
  } finally {
    await fs.promises.rm(dir, { recursive: true, force: true });
  }
}

/**
 * The article's draft of this import key in the unit (created, or updated when the same file was imported before);
 * never published. Permission to update an existing draft and to upload images is checked before anything is written.
 */
export async function saveImportedDraft(
  strapi: Core.Strapi,
  who: { user: AdminUser; checker: ArticleChecker; canUpload: boolean },
  target: { unit: ImportUnit; categoryId: string | null; importKey: string },
  article: WordArticle,
): Promise<SaveResult> {
  const existing: Record<string, any> | null = await strapi.db.query(ARTICLE as never).findOne({
    where: { importKey: target.importKey, unitDocumentId: target.unit.documentId, publishedAt: null },
    populate: ['createdBy'],
  } as never);
  if (existing && !who.checker.can.update(existing)) {
    return { status: 403, code: 'draft-forbidden', message: 'Bản nháp của tệp này đã có và bạn không có quyền sửa nó.' };
  }
  if (article.images.size > 0 && !who.canUpload) {
    return { status: 403, code: 'upload-forbidden', message: 'Tệp có ảnh nhưng bạn không có quyền tải ảnh lên thư viện.' };
  }
  const mediaIds = new Map<string, number>();
  for (const [key, image] of article.images) {
    mediaIds.set(key, await uploadImageOnce(strapi, who.user, image, article.captions.get(key) ?? null));
  }
  const sections = article.sections.map((section) =>
    section.__component === 'sections.image'
      ? { __component: section.__component, image: mediaIds.get(section.imageKey), caption: section.caption }
      : section,
  );
  const data: Record<string, unknown> = {
    title: article.title,
    sections,
    importKey: target.importKey,
    // The draft keeps the date it was first imported with.
    date: existing?.date ?? new Date().toISOString(),
    unit: target.unit.documentId,
    ...(target.categoryId ? { category: target.categoryId } : {}),
    updatedBy: who.user.id,
    ...(existing ? {} : { createdBy: who.user.id }),
  };
  const documents = strapi.documents(ARTICLE as never);
  const saved = existing
    ? await documents.update({ documentId: existing.documentId, data } as never)
    : await documents.create({ data } as never);
  return { outcome: existing ? 'updated' : 'created', documentId: (saved as unknown as { documentId: string }).documentId, title: article.title, warnings: article.warnings };
}
