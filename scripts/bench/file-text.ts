/**
 * pnpm run bench:file-text — the speed of reading files, outside the CMS (no queue, no uploads):
 * text of a 50-page text PDF printed by Chromium, OCR of scanned pages (one core), and the conversion of a 20-page
 * Word report with 10 images (the CMS Word import's own reader, wordToArticle). The commands are the ones the CMS's
 * full-text worker runs (cms/src/file-jobs/extract-text.ts).
 * Needs poppler-utils, tesseract-ocr(-vie), img2pdf and Chromium (see README).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Document, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import { chromium } from 'playwright-core';
import { wordToArticle } from '@portal/shared-types/docx';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-file-text-'));
const PARAGRAPH =
  'Hội nghị Ban Chấp hành Đảng bộ xã thống nhất đánh giá: năm 2021, tình hình kinh tế - xã hội của xã tiếp tục phát triển ổn định; thu ngân sách đạt 112% kế hoạch, giữ vững quốc phòng, an ninh.';
const time = async <T>(run: () => Promise<T>): Promise<[T, number]> => {
  const start = performance.now();
  const result = await run();
  return [result, (performance.now() - start) / 1000];
};

try {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const page = await browser.newPage();
  const pages = Array.from({ length: 50 }, (_, index) => `<section style="page-break-after:always"><h2>Trang ${index + 1}</h2>${`<p>${PARAGRAPH}</p>`.repeat(8)}</section>`);
  await page.setContent(`<!doctype html><html lang="vi"><meta charset="utf-8"><body style="font:14pt serif">${pages.join('')}</body></html>`);
  const pdf = path.join(dir, 'van-ban-50-trang.pdf');
  await page.pdf({ path: pdf, format: 'A4' });
  // Ten different pictures for the Word report: screenshots of parts of that page.
  const pictures = await Promise.all(Array.from({ length: 10 }, (_, index) => page.screenshot({ fullPage: true, clip: { x: 0, y: index * 500, width: 400, height: 300 } })));
  await browser.close();

  const [text, pdfSeconds] = await time(async () => execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }));
  console.log(`50-page text PDF: ${pdfSeconds.toFixed(2)} s (${text.length} characters)`);

  // A scan of three pages, then what the worker does with it: 300 dpi page images, Tesseract on one thread.
  const three = path.join(dir, 'ba-trang.pdf');
  execFileSync('pdftoppm', ['-r', '200', '-gray', '-png', '-f', '1', '-l', '3', pdf, path.join(dir, 'scan')]);
  const scans = fs.readdirSync(dir).filter((name) => /^scan-\d+\.png$/.test(name)).sort().map((name) => path.join(dir, name));
  execFileSync('img2pdf', [...scans, '-o', three]);
  const images = scans.map((_, index) => path.join(dir, `ocr-${index + 1}`));
  const [, ocrSeconds] = await time(async () => {
    for (const [index, prefix] of images.entries()) {
      const page = String(index + 1);
      execFileSync('pdftoppm', ['-r', '300', '-gray', '-png', '-singlefile', '-f', page, '-l', page, three, prefix]);
      execFileSync('tesseract', [`${prefix}.png`, '-', '-l', 'vie'], { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, stdio: ['ignore', 'pipe', 'ignore'] });
    }
  });
  console.log(`OCR: ${(ocrSeconds / images.length).toFixed(2)} s per page (${images.length} pages, one Tesseract thread)`);

  const children: Paragraph[] = [];
  for (let index = 0; index < 20; index++) {
    children.push(new Paragraph({ children: [new TextRun({ text: `Phần ${index + 1}`, bold: true })] }));
    for (let line = 0; line < 12; line++) children.push(new Paragraph(PARAGRAPH));
    if (index % 2 === 0) {
      const data = pictures[index / 2]!;
      children.push(new Paragraph({ children: [new ImageRun({ type: 'png', data, transformation: { width: 400, height: 300 } })] }));
    }
  }
  const docx = path.join(dir, 'bao-cao-20-trang.docx');
  fs.writeFileSync(docx, await Packer.toBuffer(new Document({ sections: [{ children }] })));
  const [word, wordSeconds] = await time(() => wordToArticle({ name: path.basename(docx), bytes: fs.readFileSync(docx) }));
  console.log(`Word report (20 parts, ${word.images.size} images): read and converted in ${wordSeconds.toFixed(2)} s (uploads not included)`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
