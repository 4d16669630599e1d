import type { Core } from '@strapi/strapi';

/** What visitors comment on or rate, found by slug or documentId among *published* entries only. */

export const ARTICLE = 'api::article.article';
export const LEGAL_DOCUMENT = 'api::legal-document.legal-document';

export interface ArticleTarget {
  documentId: string;
  slug: string;
}

export interface DocumentTarget extends ArticleTarget {
  validity: string | null;
  commentOpensAt: string | null;
  commentClosesAt: string | null;
}

// Slugs and documentIds are both lowercase ASCII with hyphens; anything else cannot match and is not queried.
const KEY = /^[a-z0-9][a-z0-9-]{0,199}$/;

export function isTargetKey(key: string): boolean {
  return KEY.test(key);
}

export async function findPublishedArticle(strapi: Core.Strapi, key: string): Promise<ArticleTarget | null> {
  if (!isTargetKey(key)) return null;
  const found = await strapi.documents(ARTICLE).findFirst({
    status: 'published',
    filters: { $or: [{ slug: key }, { documentId: key }] },
    fields: ['slug'],
  });
  return found ? { documentId: found.documentId, slug: String(found.slug) } : null;
}

export async function findPublishedDocument(strapi: Core.Strapi, key: string): Promise<DocumentTarget | null> {
  if (!isTargetKey(key)) return null;
  const found = await strapi.documents(LEGAL_DOCUMENT).findFirst({
    status: 'published',
    filters: { $or: [{ slug: key }, { documentId: key }] },
    fields: ['slug', 'validity', 'commentOpensAt', 'commentClosesAt'],
  });
  if (!found) return null;
  const entry = found as Record<string, unknown>;
  return {
    documentId: found.documentId,
    slug: String(entry.slug),
    validity: (entry.validity as string | null) ?? null,
    commentOpensAt: (entry.commentOpensAt as string | null) ?? null,
    commentClosesAt: (entry.commentClosesAt as string | null) ?? null,
  };
}
