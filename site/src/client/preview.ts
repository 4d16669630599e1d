/**
 * Client script of /xem-truoc/, the draft preview the admin's preview button opens
 * (`/xem-truoc/?type=<uid>&documentId=<id>&secret=<PREVIEW_SECRET>`): fetches the draft from the CMS's preview route
 * with the secret in the X-Preview-Secret header and renders it with DOM APIs (lib/preview/preview-render.ts).
 */

import { isPreviewType, PreviewRenderer, type PreviewLabels } from '../lib/preview/preview-render.ts';

/** The page's Vietnamese messages, keyed as the page writes them into `data-messages`. */
export interface PreviewPageMessages {
  loading: string;
  loaded: string;
  badLink: string;
  unauthorized: string;
  off: string;
  notFound: string;
  failed: string;
}

type Failure = Exclude<keyof PreviewPageMessages, 'loading' | 'loaded'>;

/** The message for a failed answer of GET /api/preview/draft. */
export function failureOf(status: number, reason: unknown): Failure {
  if (status === 401) return 'unauthorized';
  if (status === 400) return 'badLink';
  if (status === 404) return reason === 'previews-off' ? 'off' : 'notFound';
  return 'failed';
}

export async function runPreview(): Promise<void> {
  const root = document.getElementById('preview');
  const title = document.getElementById('preview-title');
  const status = document.getElementById('preview-status');
  const body = document.getElementById('preview-body');
  if (!root || !title || !status || !body) return;
  const messages = JSON.parse(root.dataset['messages'] ?? '{}') as PreviewPageMessages;
  const labels = JSON.parse(root.dataset['labels'] ?? '{}') as PreviewLabels;
  const cmsUrl = root.dataset['cmsUrl'] ?? '';

  const fail = (failure: Failure) => {
    status.textContent = messages[failure];
  };

  const params = new URLSearchParams(location.search);
  const type = params.get('type');
  const documentId = params.get('documentId')?.trim() ?? '';
  const secret = params.get('secret') ?? '';
  if (!isPreviewType(type) || documentId === '' || secret === '' || cmsUrl === '') return fail('badLink');

  status.textContent = messages.loading;
  let response: Response;
  try {
    response = await fetch(`${cmsUrl}/api/preview/draft?${new URLSearchParams({ type, documentId }).toString()}`, {
      headers: { Accept: 'application/json', 'X-Preview-Secret': secret },
      cache: 'no-store',
      credentials: 'omit',
    });
  } catch {
    return fail('failed');
  }
  let payload: { data?: unknown; error?: { details?: { reason?: unknown } } } | undefined;
  try {
    payload = (await response.json()) as typeof payload;
  } catch {
    payload = undefined;
  }
  if (!response.ok) return fail(failureOf(response.status, payload?.error?.details?.reason));
  const entry = payload?.data;
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return fail('failed');

  const renderer = new PreviewRenderer(document, labels, cmsUrl);
  const draft = entry as Record<string, unknown>;
  const draftTitle = renderer.title(type, draft);
  if (draftTitle !== '') {
    title.textContent = draftTitle;
    document.title = `${draftTitle} | ${document.title}`;
  }
  body.replaceChildren(renderer.render(type, draft));
  status.textContent = messages.loaded;
}
