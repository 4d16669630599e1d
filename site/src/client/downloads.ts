/**
 * Download counts ("lượt tải", issue 24) on pages listing files: the beacon when a counted file link is followed, and
 * the figures beside the links. The link stays a plain link the browser follows by itself: the beacon is fire-and-forget
 * (navigator.sendBeacon survives the navigation and never delays it), so a download works with the CMS down.
 */

export interface DownloadCount {
  kind: string;
  entry: string;
  file: string;
  total: number;
}

/** GET /api/public/stats takes at most this many entries (cms/src/api/engagement/controllers/public-stats.ts). */
const MAX_ENTRIES = 50;
const format = new Intl.NumberFormat('vi-VN');

/** documentIds of the documents and schedules whose counted files this page links to. */
export function downloadEntries(root: ParentNode = document): string[] {
  const entries = [...root.querySelectorAll<HTMLElement>('[data-download-entry]')].map((link) => link.dataset['downloadEntry'] ?? '');
  return [...new Set(entries.filter((entry) => entry !== ''))].slice(0, MAX_ENTRIES);
}

function write(slot: HTMLElement, total: number): void {
  const cell = slot.querySelector('[data-count]');
  if (cell === null) return;
  cell.textContent = format.format(total);
  slot.dataset['total'] = String(total);
  slot.hidden = false;
}

/** Fills in every count of the page; a file nobody downloaded yet shows 0. */
export function showDownloads(counts: readonly DownloadCount[], root: ParentNode = document): void {
  const totals = new Map(counts.map((count) => [`${count.kind}/${count.entry}/${count.file}`, count.total]));
  for (const slot of root.querySelectorAll<HTMLElement>('[data-download-count]')) {
    write(slot, totals.get(slot.dataset['downloadCount'] ?? '') ?? 0);
  }
}

/**
 * Sends one beacon per followed counted link (click, or middle click for a new tab), and adds it to the shown count.
 * First takes the key off every link: it is there for readers without JavaScript, whom the CMS counts when it serves
 * the file, and left on it would count this reader twice.
 */
export function countDownloads(cms: string): void {
  // The URL without the key comes from the page (data-plain-href), so this script needs no copy of the key's format.
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-download][data-plain-href]')) {
    link.href = link.dataset['plainHref'] ?? link.href;
  }
  const send = (event: MouseEvent) => {
    if (event.type === 'auxclick' && event.button !== 1) return;
    const link = event.target instanceof Element ? event.target.closest<HTMLElement>('a[data-download]') : null;
    const key = link?.dataset['download'];
    if (!key) return;
    try {
      navigator.sendBeacon(`${cms}/api/public/downloads`, key);
    } catch {
      return; // A browser refusing the beacon still downloads the file; it is just not counted.
    }
    for (const slot of document.querySelectorAll<HTMLElement>('[data-download-count]')) {
      if (slot.dataset['downloadCount'] === key && !slot.hidden) write(slot, Number(slot.dataset['total'] ?? 0) + 1);
    }
  };
  document.addEventListener('click', send);
  document.addEventListener('auxclick', send);
}
