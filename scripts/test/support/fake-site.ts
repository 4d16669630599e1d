import fs from 'node:fs';
import path from 'node:path';

/** Writes a minimal built site in place of what `outDir` held: the key pages plus `articles` article pages, each saying `marker`. */
export function writeFakeSite(outDir: string, marker: string, articles = 3): void {
  fs.rmSync(outDir, { recursive: true, force: true });
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
    fs.writeFileSync(path.join(outDir, file), text);
  };
  write('index.html', `<h1>${marker}</h1>`);
  write('404.html', '<h1>404</h1>');
  write('sitemap-index.xml', '<sitemapindex/>');
  for (let n = 1; n <= articles; n += 1) write(`tin-tuc/bai-${n}/index.html`, `<h1>${marker} ${n}</h1>`);
}
