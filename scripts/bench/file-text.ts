/**
 * pnpm run bench:file-text — the speed of reading files, outside the CMS (no queue, no uploads):
 * text of a 50-page text PDF printed by Chromium, OCR of scanned pages (one core), and the conversion of a 20-page
 * Word report with 10 images (the CMS Word import's own reader, wordToArticle). The commands are the ones the CMS's
 * full-text worker runs (cms/src/file-jobs/extract-text.ts). bench:file-pipeline (file-pipeline.ts) times the same files
 * through the real CMS, uploads, rebuild and site search included.
 * Needs poppler-utils, tesseract-ocr(-vie), img2pdf and Chromium (see README).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { wordToArticle } from '@portal/shared-types/docx';
import { launchBenchChromium, photos, printTextPdf, reportDocx, scanPdf } from './file-fixtures.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-file-text-'));
const time = async <T>(run: () => Promise<T>): Promise<[T, number]> => {
  const start = performance.now();
  const result = await run();
  return [result, (performance.now() - start) / 1000];
};

try {
  const browser = await launchBenchChromium();
  const pdf = path.join(dir, 'van-ban-50-trang.pdf');
  await printTextPdf(browser, pdf, { pages: 50, paragraphs: 8 });
  // Ten different pictures for the Word report.
  const pictures = await photos(browser, 10);
  await browser.close();

  const [text, pdfSeconds] = await time(async () => execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }));
  console.log(`50-page text PDF: ${pdfSeconds.toFixed(2)} s (${text.length} characters)`);

  // A scan of three pages, then what the worker does with it: 300 dpi page images, Tesseract on one thread.
  const three = path.join(dir, 'ba-trang.pdf');
  scanPdf(pdf, three, { first: 1, last: 3 });
  const images = [1, 2, 3].map((page) => path.join(dir, `ocr-${page}`));
  const [, ocrSeconds] = await time(async () => {
    for (const [index, prefix] of images.entries()) {
      const page = String(index + 1);
      execFileSync('pdftoppm', ['-r', '300', '-gray', '-png', '-singlefile', '-f', page, '-l', page, three, prefix]);
      execFileSync('tesseract', [`${prefix}.png`, '-', '-l', 'vie'], { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, stdio: ['ignore', 'pipe', 'ignore'] });
    }
  });
  console.log(`OCR: ${(ocrSeconds / images.length).toFixed(2)} s per page (${images.length} pages, one Tesseract thread)`);

  const docx = path.join(dir, 'bao-cao-20-trang.docx');
  fs.writeFileSync(docx, await reportDocx(20, pictures));
  const [word, wordSeconds] = await time(() => wordToArticle({ name: path.basename(docx), bytes: fs.readFileSync(docx) }));
  console.log(`Word report (20 pages, ${word.images.size} images): read and converted in ${wordSeconds.toFixed(2)} s (uploads not included)`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
