/**
 * Files for the file benchmarks (file-text.ts, file-pipeline.ts), made here rather than stored: a text PDF printed by
 * Chromium from Vietnamese HTML, its scan (pages rasterised into a PDF of images, as tests/documents/pdf-fixtures.ts
 * makes one), photo-like JPEG pictures drawn in Chromium, and a Word report of one page per part written with `docx`.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Document, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import { chromium, type Browser } from 'playwright-core';

export const PARAGRAPH =
  'Hội nghị Ban Chấp hành Đảng bộ xã thống nhất đánh giá: năm 2021, tình hình kinh tế - xã hội của xã tiếp tục phát triển ổn định; thu ngân sách đạt 112% kế hoạch, giữ vững quốc phòng, an ninh.';

export function launchBenchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** A text PDF of `pages` A4 pages of `paragraphs` paragraphs each; `lastPage` is added as a paragraph on the last one. */
export async function printTextPdf(browser: Browser, file: string, options: { pages: number; paragraphs: number; lastPage?: string }): Promise<void> {
  const page = await browser.newPage();
  const sections = Array.from({ length: options.pages }, (_, index) => {
    const extra = index === options.pages - 1 && options.lastPage ? `<p>${options.lastPage}</p>` : '';
    return `<section style="page-break-after:always"><h2>Trang ${index + 1}</h2>${`<p>${PARAGRAPH}</p>`.repeat(options.paragraphs)}${extra}</section>`;
  });
  await page.setContent(`<!doctype html><html lang="vi"><meta charset="utf-8"><body style="font:14pt serif">${sections.join('')}</body></html>`);
  await page.pdf({ path: file, format: 'A4' });
  await page.close();
}

/** The scan of a PDF (pages `first`–`last`, all by default): 200 dpi greyscale page images in a PDF with no text layer. */
export function scanPdf(pdf: string, out: string, pages: { first?: number; last?: number } = {}): void {
  const dir = fs.mkdtempSync(`${out}-pages-`);
  try {
    const range = [...(pages.first ? ['-f', String(pages.first)] : []), ...(pages.last ? ['-l', String(pages.last)] : [])];
    execFileSync('pdftoppm', ['-r', '200', '-gray', '-png', ...range, pdf, path.join(dir, 'trang')]);
    const images = fs.readdirSync(dir).filter((name) => /^trang-\d+\.png$/.test(name)).sort().map((name) => path.join(dir, name));
    execFileSync('img2pdf', [...images, '-o', out]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `count` different photo-like pictures (1600 × 1200 JPEG, 0.5–1 MB: shapes and grain, which compress like a camera's
 * photo), drawn on a canvas from a seed per picture.
 */
export async function photos(browser: Browser, count: number): Promise<Buffer[]> {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1200 } });
  const pictures: Buffer[] = [];
  for (let seed = 1; seed <= count; seed++) {
    await page.setContent('<!doctype html><body style="margin:0"><canvas width="1600" height="1200"></canvas>');
    await page.evaluate((seed) => {
      // mulberry32: a small seeded generator, so each seed draws its own picture.
      let state = seed;
      const random = () => {
        state = (state + 0x6d2b79f5) | 0;
        let t = Math.imul(state ^ (state >>> 15), 1 | state);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
      // Runs in the page (this package has no DOM typings).
      const context = (globalThis as any).document.querySelector('canvas').getContext('2d');
      for (let shape = 0; shape < 60; shape++) {
        context.fillStyle = `hsl(${random() * 360} ${40 + random() * 50}% ${25 + random() * 50}%)`;
        context.beginPath();
        context.arc(random() * 1600, random() * 1200, 40 + random() * 300, 0, Math.PI * 2);
        context.fill();
      }
      const image = context.getImageData(0, 0, 1600, 1200);
      for (let index = 0; index < image.data.length; index += 4) {
        const grain = (random() - 0.5) * 40;
        for (let channel = 0; channel < 3; channel++) image.data[index + channel] += grain;
      }
      context.putImageData(image, 0, 0);
    }, seed);
    pictures.push(await page.screenshot({ type: 'jpeg', quality: 85 }));
  }
  await page.close();
  return pictures;
}

/** A Word report of `parts` parts, each on its own page (a heading, 10 paragraphs), a picture after every other part's text. */
export async function reportDocx(parts: number, pictures: readonly Buffer[]): Promise<Buffer> {
  const children: Paragraph[] = [];
  for (let index = 0; index < parts; index++) {
    children.push(new Paragraph({ pageBreakBefore: index > 0, children: [new TextRun({ text: `Phần ${index + 1}`, bold: true })] }));
    for (let line = 0; line < 10; line++) children.push(new Paragraph(PARAGRAPH));
    const picture = index % 2 === 0 ? pictures[index / 2] : undefined;
    if (picture) children.push(new Paragraph({ children: [new ImageRun({ type: 'jpg', data: picture, transformation: { width: 400, height: 300 } })] }));
  }
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}
