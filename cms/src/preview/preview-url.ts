import type { Core, UID } from '@strapi/strapi';

type Entry = Record<string, unknown>;

/** Where each previewable type lives on the site, from its published entry. */
export const SITE_PATHS: Readonly<Record<string, (entry: Entry) => string | null>> = {
  'api::article.article': (entry) => slugPath('tin-tuc', entry),
  'api::legal-document.legal-document': (entry) => slugPath('van-ban', entry),
  'api::congress.congress': (entry) => slugPath('dai-hoi', entry),
  'api::kpi-report.kpi-report': (entry) => slugPath('bao-cao', entry),
  'api::schedule.schedule': (entry) =>
    typeof entry.isoYear === 'number' && typeof entry.isoWeek === 'number'
      ? `/lich-cong-tac/${entry.isoYear}-tuan-${entry.isoWeek}/`
      : null,
};

function slugPath(section: string, entry: Entry): string | null {
  return typeof entry.slug === 'string' && entry.slug !== '' ? `/${section}/${entry.slug}/` : null;
}

export interface PreviewSettings {
  /** Public base URL of the site, without a trailing slash. */
  siteUrl: string;
  /** Shared with the site's preview route; draft previews are off without it. */
  previewSecret: string | null;
}

export function previewSettings(env: Record<string, string | undefined> = process.env): PreviewSettings {
  const siteUrl = (env.SITE_URL?.trim() || 'http://127.0.0.1:4321').replace(/\/+$/, '');
  const previewSecret = env.PREVIEW_SECRET?.trim() || null;
  return { siteUrl, previewSecret };
}

/** Origins the admin may frame for previews: the site and any listed in PREVIEW_ORIGINS (comma-separated). */
export function previewOrigins(env: Record<string, string | undefined> = process.env): string[] {
  const origins = [previewSettings(env).siteUrl, ...(env.PREVIEW_ORIGINS ?? '').split(',')]
    .map((value) => value.trim())
    .filter((value) => value !== '')
    .map((value) => new URL(value).origin);
  return [...new Set(origins)];
}

/** The draft rendering route of the site: it fetches the draft with the secret and renders it like the page. */
export function draftPreviewUrl(settings: PreviewSettings, uid: string, documentId: string): string | null {
  if (settings.previewSecret === null) return null;
  const query = new URLSearchParams({ type: uid, documentId, secret: settings.previewSecret });
  return `${settings.siteUrl}/xem-truoc/?${query.toString()}`;
}

/**
 * The URL the admin's preview button opens: the live page for the published version, the site's draft route for a
 * draft. Null (no preview) for types the site has no page for, or when the page cannot be known yet.
 */
export async function previewUrl(
  strapi: Core.Strapi,
  uid: string,
  params: { documentId?: string; status?: string },
  settings: PreviewSettings = previewSettings(),
): Promise<string | null> {
  const sitePath = SITE_PATHS[uid];
  if (!sitePath || !params.documentId) return null;
  if (params.status === 'draft') return draftPreviewUrl(settings, uid, params.documentId);
  const entry = (await strapi.documents(uid as UID.ContentType).findOne({ documentId: params.documentId, status: 'published' })) as Entry | null;
  if (!entry) return draftPreviewUrl(settings, uid, params.documentId);
  const path = sitePath(entry);
  return path === null ? null : `${settings.siteUrl}${path}`;
}
