/**
 * Download counts ("lượt tải", issue 24): what a download beacon names and how the site and the CMS write that name.
 * A counted file is a file of a published legal document or the attachment of a published schedule, named by the
 * entry's documentId and the media file's documentId — so the count belongs to the entry (and with it to its unit),
 * and the same media file attached to two entries is counted apart for each.
 */

export const DOWNLOAD_KINDS = ['document', 'schedule'] as const;
export type DownloadKind = (typeof DOWNLOAD_KINDS)[number];

export interface DownloadTarget {
  kind: DownloadKind;
  /** documentId of the legal document or schedule. */
  entry: string;
  /** documentId of the media file. */
  file: string;
}

// Strapi documentIds are lowercase alphanumerics; anything else cannot name a file and is never queried.
const DOCUMENT_ID = /^[a-z0-9]{1,64}$/;

export function isDownloadKind(value: string): value is DownloadKind {
  return (DOWNLOAD_KINDS as readonly string[]).includes(value);
}

/** `<kind>/<entry documentId>/<file documentId>`: the beacon's whole text/plain body and the link's data attribute. */
export function downloadKey(target: DownloadTarget): string {
  return `${target.kind}/${target.entry}/${target.file}`;
}

/** The target a key names, or null when it is not exactly a key written by `downloadKey`. */
export function parseDownloadKey(raw: string): DownloadTarget | null {
  const parts = raw.trim().split('/');
  if (parts.length !== 3) return null;
  const [kind, entry, file] = parts as [string, string, string];
  if (!isDownloadKind(kind) || !DOCUMENT_ID.test(entry) || !DOCUMENT_ID.test(file)) return null;
  return { kind, entry, file };
}

/**
 * Query parameter carrying the key on a counted file's link (`…/uploads/x.pdf?tai=<key>`): the CMS, when it serves the
 * file itself, counts a reader without JavaScript by it; the page's script removes it before sending its beacon, so no
 * download is counted twice.
 */
export const DOWNLOAD_QUERY = 'tai';

/** The file's URL with its key, for the link a page renders. */
export function countedFileUrl(url: string, target: DownloadTarget): string {
  const counted = new URL(url);
  counted.searchParams.set(DOWNLOAD_QUERY, downloadKey(target));
  return counted.href;
}

/** Whether a string can be an entry's documentId (the stats route's `downloads` list is checked with it). */
export function isEntryDocumentId(value: string): boolean {
  return DOCUMENT_ID.test(value);
}

/** One file's count as GET /api/public/stats answers it under `downloads`. */
export interface DownloadCount extends DownloadTarget {
  total: number;
}
