/**
 * On every page: the page-view beacon (no cookie; the CMS counts by a daily hash) and the "Thống kê truy cập"
 * figures, plus this page's view count where the page shows it, and the download counts of the files it links to
 * (src/client/downloads.ts). Figures are written with textContent only.
 */
import { countDownloads, downloadEntries, showDownloads, type DownloadCount } from './downloads.ts';

interface Stats {
  online: number;
  today: number;
  month: number;
  total: number;
  page?: { total: number };
  downloads?: DownloadCount[];
}

const block = document.querySelector<HTMLElement>('[data-visitor-stats]');
const cms = block?.dataset['cms'];
const format = new Intl.NumberFormat('vi-VN');

function show(stats: Stats): void {
  if (block === null) return;
  for (const key of ['online', 'today', 'month', 'total'] as const) {
    const cell = block.querySelector(`[data-stat="${key}"]`);
    if (cell !== null) cell.textContent = format.format(stats[key]);
  }
  block.hidden = false;
  const views = document.querySelector<HTMLElement>('[data-page-views]');
  const cell = views?.querySelector('[data-stat="page"]');
  if (views && cell && stats.page) {
    cell.textContent = format.format(stats.page.total);
    views.hidden = false;
  }
  if (stats.downloads) showDownloads(stats.downloads);
}

if (cms !== undefined) {
  const path = location.pathname;
  navigator.sendBeacon(`${cms}/api/public/views`, path);
  countDownloads(cms);
  const query = new URLSearchParams({ path });
  const entries = downloadEntries();
  if (entries.length > 0) query.set('downloads', entries.join(','));
  fetch(`${cms}/api/public/stats?${query.toString()}`, { headers: { accept: 'application/json' } })
    .then((response) => (response.ok ? (response.json() as Promise<{ data: Stats }>) : undefined))
    .then((body) => body && show(body.data))
    .catch(() => undefined); // Statistics are a nicety: the block simply stays hidden.
}
