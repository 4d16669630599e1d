/**
 * PDF fixtures of the full-text tests: a Party resolution printed by Chromium from Vietnamese HTML, and a scan of it
 * (every page rasterised, wrapped back into a PDF of images with no text layer). Installs the Debian tools when missing.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../e2e/browser.ts';

/** The first page's header, as a Party resolution lays it out. */
export const HEADER = ['ĐẢNG ỦY XÃ BÌNH SƠN', 'Số 05-NQ/ĐU', 'Bình Sơn, ngày 05 tháng 3 năm 2021', 'NGHỊ QUYẾT', 'về phát triển kinh tế - xã hội năm 2021'];
export const PARAGRAPHS = [
  'Căn cứ Điều lệ Đảng Cộng sản Việt Nam; căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ xã Bình Sơn nhiệm kỳ 2020 - 2025.',
  'Hội nghị Ban Chấp hành Đảng bộ xã thống nhất đánh giá: năm 2021, tình hình kinh tế - xã hội của xã tiếp tục phát triển ổn định; thu ngân sách đạt 112% kế hoạch.',
  'Tập trung lãnh đạo, chỉ đạo thực hiện thắng lợi nhiệm vụ phát triển nông nghiệp, xây dựng nông thôn mới nâng cao, giữ vững quốc phòng, an ninh.',
  'Các chi bộ, đoàn thể chính trị - xã hội căn cứ nghị quyết này xây dựng kế hoạch thực hiện, báo cáo kết quả về Văn phòng Đảng ủy trước ngày 15 tháng 12.',
];

/** apt-get installs what the worker needs, as the tests do for Chromium. */
export function ensureDebianPackages(): void {
  const missing = [
    ['pdftotext', 'poppler-utils'],
    ['tesseract', 'tesseract-ocr'],
    ['img2pdf', 'img2pdf'],
  ].filter(([command]) => {
    try {
      execFileSync('which', [command!], { stdio: 'ignore' });
      return false;
    } catch {
      return true;
    }
  });
  const hasVietnamese = () => {
    try {
      return execFileSync('tesseract', ['--list-langs'], { encoding: 'utf8' }).split('\n').includes('vie');
    } catch {
      return false;
    }
  };
  const packages = [...missing.map(([, name]) => name!), ...(hasVietnamese() ? [] : ['tesseract-ocr', 'tesseract-ocr-vie'])];
  if (packages.length > 0) execFileSync('apt-get', ['install', '-y', ...new Set(packages)], { stdio: 'inherit' });
}

export async function printPdf(file: string): Promise<void> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const html = `<!doctype html><html lang="vi"><meta charset="utf-8"><style>body{font:16pt/1.5 serif;margin:2cm}</style>
      ${HEADER.map((line) => `<p>${line}</p>`).join('')}${PARAGRAPHS.map((text) => `<p>${text}</p>`).join('')}</html>`;
    await page.setContent(html);
    await page.pdf({ path: file, format: 'A4' });
  } finally {
    await browser.close();
  }
}

/** The scan of a PDF: its pages as 200 dpi greyscale images in a PDF with no text layer. */
export function scanOf(pdf: string, out: string): void {
  const dir = fs.mkdtempSync(`${out}-pages-`);
  try {
    execFileSync('pdftoppm', ['-r', '200', '-gray', '-png', pdf, path.join(dir, 'trang')]);
    const pages = fs.readdirSync(dir).filter((name) => /^trang-\d+\.png$/.test(name)).sort().map((name) => path.join(dir, name));
    execFileSync('img2pdf', [...pages, '-o', out]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
