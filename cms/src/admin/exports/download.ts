/** Saving a file the admin fetched with the editor's token (a plain link could not send the Authorization header). */

/** The file name the server gave (Content-Disposition), else the fallback. */
export function filenameOf(headers: Headers | undefined, fallback: string): string {
  const match = /filename="([^"]+)"/.exec(headers?.get('content-disposition') ?? '');
  return match?.[1] ?? fallback;
}

/** Hands the blob to the browser's downloads through a temporary object URL and link. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: the browser may still be reading the blob into the download when click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
