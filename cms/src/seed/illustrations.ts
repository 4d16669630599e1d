import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import sharp from 'sharp';
import type { DemoImage, ImageTheme } from './data/types';

/**
 * Demo illustrations, drawn at seed time: an SVG composed here (coloured background, a motif per theme, a caption
 * band) is rendered to a small JPEG with sharp and stored through Strapi's upload service like an editor's upload.
 * Nothing is downloaded and no binary file ships with the code.
 */

export const ILLUSTRATION_WIDTH = 1200;
export const ILLUSTRATION_HEIGHT = 675;
const FONT = "'DejaVu Sans', 'Liberation Sans', Arial, Helvetica, sans-serif";

interface Palette {
  from: string;
  to: string;
  accent: string;
}

const PALETTES: Record<ImageTheme, Palette> = {
  party: { from: '#8e0e0e', to: '#d32f2f', accent: '#ffd54f' },
  economy: { from: '#0d3b66', to: '#1e88e5', accent: '#ffeb3b' },
  agriculture: { from: '#7cb342', to: '#c5e1a5', accent: '#33691e' },
  forest: { from: '#1b5e20', to: '#66bb6a', accent: '#c8e6c9' },
  security: { from: '#3e4a1f', to: '#6b7d3a', accent: '#ffd54f' },
  culture: { from: '#00695c', to: '#4db6ac', accent: '#f8bbd0' },
  education: { from: '#283593', to: '#5c6bc0', accent: '#fff59d' },
  government: { from: '#263238', to: '#546e7a', accent: '#ffcc80' },
};

/** Small deterministic hash so each picture of a theme looks a little different but the same on every run. */
function hashOf(text: string): number {
  let hash = 2166136261;
  for (const char of text) hash = Math.imul(hash ^ char.codePointAt(0)!, 16777619) >>> 0;
  return hash;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Greedy word wrap; the caption band holds two lines at most. */
export function wrapLabel(label: string, maxChars = 38): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/)) {
    if (line !== '' && `${line} ${word}`.length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines.length > 2 ? [lines[0]!, `${lines.slice(1).join(' ').slice(0, maxChars - 1)}…`] : lines;
}

function star(cx: number, cy: number, radius: number, fill: string): string {
  const points: string[] = [];
  for (let i = 0; i < 10; i += 1) {
    const r = i % 2 === 0 ? radius : radius * 0.4;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push(`${(cx + r * Math.cos(angle)).toFixed(1)},${(cy + r * Math.sin(angle)).toFixed(1)}`);
  }
  return `<polygon points="${points.join(' ')}" fill="${fill}"/>`;
}

function motif(theme: ImageTheme, palette: Palette, seed: number): string {
  const shift = seed % 160;
  switch (theme) {
    case 'party':
      return [
        ...Array.from({ length: 9 }, (_, i) => {
          const angle = (i * Math.PI) / 8 + (seed % 7) / 20;
          const x = 900 + Math.cos(angle) * 900;
          const y = 230 - Math.sin(angle) * 900;
          return `<polygon points="900,230 ${x.toFixed(0)},${y.toFixed(0)} ${(x + 60).toFixed(0)},${(y + 60).toFixed(0)}" fill="#ffffff" opacity="0.06"/>`;
        }),
        star(900 - shift / 2, 230, 150, palette.accent),
      ].join('');
    case 'economy':
      return Array.from({ length: 6 }, (_, i) => {
        const height = 90 + i * 55 + ((seed >> i) % 40);
        return `<rect x="${640 + i * 85}" y="${470 - height}" width="58" height="${height}" rx="6" fill="#ffffff" opacity="${0.35 + i * 0.1}"/>`;
      })
        .concat(`<polyline points="620,400 760,330 880,350 1010,220 1130,140" fill="none" stroke="${palette.accent}" stroke-width="12" stroke-linecap="round"/>`)
        .join('');
    case 'agriculture':
      return [
        `<circle cx="${980 - shift}" cy="120" r="70" fill="#fff59d"/>`,
        ...Array.from({ length: 6 }, (_, i) => `<path d="M0 ${300 + i * 45} Q 600 ${250 + i * 40} 1200 ${310 + i * 45} L1200 675 L0 675 Z" fill="${palette.accent}" opacity="${0.25 + i * 0.1}"/>`),
      ].join('');
    case 'forest':
      return Array.from({ length: 14 }, (_, i) => {
        const x = 40 + i * 85 + ((seed >> i) % 30);
        const top = 180 + ((seed >> (i + 3)) % 120);
        return `<polygon points="${x},${top} ${x - 55},470 ${x + 55},470" fill="${i % 2 === 0 ? '#0b3d12' : '#2e7d32'}" opacity="0.85"/>`;
      })
        .concat(`<path d="M0 420 Q 300 360 600 430 T 1200 410 L1200 675 L0 675 Z" fill="#1b5e20"/>`)
        .join('');
    case 'security':
      return `<path d="M900 70 L1080 130 L1080 300 Q1080 430 900 500 Q720 430 720 300 L720 130 Z" fill="#ffffff" opacity="0.18"/>${star(900, 270, 110, palette.accent)}`;
    case 'culture':
      return [
        ...Array.from({ length: 5 }, (_, i) => {
          const angle = -60 + i * 30;
          return `<ellipse cx="900" cy="300" rx="55" ry="150" transform="rotate(${angle} 900 400)" fill="${palette.accent}" opacity="0.75"/>`;
        }),
        `<circle cx="${150 + shift}" cy="120" r="40" fill="#ffffff" opacity="0.2"/>`,
      ].join('');
    case 'education':
      return `<polygon points="900,90 1120,200 900,310 680,200" fill="#ffffff" opacity="0.85"/><rect x="780" y="230" width="240" height="120" fill="#ffffff" opacity="0.55"/><line x1="1090" y1="210" x2="1090" y2="360" stroke="${palette.accent}" stroke-width="10"/><circle cx="1090" cy="370" r="16" fill="${palette.accent}"/>`;
    case 'government':
      return [
        `<polygon points="660,190 900,80 1140,190" fill="#ffffff" opacity="0.8"/>`,
        `<rect x="680" y="190" width="440" height="24" fill="#ffffff" opacity="0.8"/>`,
        ...Array.from({ length: 6 }, (_, i) => `<rect x="${700 + i * 78}" y="230" width="34" height="210" fill="#ffffff" opacity="0.7"/>`),
        `<rect x="660" y="440" width="480" height="28" fill="#ffffff" opacity="0.8"/>`,
        star(900, 150, 30, palette.accent),
      ].join('');
  }
}

/** The SVG of an illustration: background gradient, theme motif, caption band with the label. */
export function illustrationSvg(image: DemoImage): string {
  const palette = PALETTES[image.theme];
  const seed = hashOf(image.file);
  const lines = wrapLabel(image.label);
  const bandHeight = 70 + lines.length * 62;
  const bandTop = ILLUSTRATION_HEIGHT - bandHeight;
  const text = lines
    .map((line, i) => `<text x="60" y="${bandTop + 85 + i * 62}" font-family="${FONT}" font-size="50" font-weight="bold" fill="#ffffff">${escapeXml(line)}</text>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${ILLUSTRATION_WIDTH}" height="${ILLUSTRATION_HEIGHT}" viewBox="0 0 ${ILLUSTRATION_WIDTH} ${ILLUSTRATION_HEIGHT}">
<defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${palette.from}"/><stop offset="1" stop-color="${palette.to}"/></linearGradient></defs>
<rect width="100%" height="100%" fill="url(#bg)"/>
${motif(image.theme, palette, seed)}
<rect x="0" y="${bandTop}" width="${ILLUSTRATION_WIDTH}" height="${bandHeight}" fill="#000000" opacity="0.45"/>
<rect x="60" y="${bandTop + 18}" width="90" height="6" fill="${palette.accent}"/>
${text}
</svg>`;
}

/** Renders an illustration to a JPEG of a few tens of kilobytes. */
export async function renderIllustration(image: DemoImage): Promise<Buffer> {
  return sharp(Buffer.from(illustrationSvg(image)))
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 72, mozjpeg: true, chromaSubsampling: '4:2:0' })
    .toBuffer();
}

const FILE_UID = 'plugin::upload.file';
const UPLOAD_CONCURRENCY = 3;

/**
 * Uploads the illustrations that are not in the media library yet (looked up by file name, so a resumed seed does
 * not upload twice) and returns the media id of every file, by DemoImage.file.
 */
export async function ensureIllustrations(strapi: Core.Strapi, images: readonly DemoImage[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  const unique = [...new Map(images.map((image) => [image.file, image])).values()];
  const missing: DemoImage[] = [];
  for (const image of unique) {
    const existing = (await strapi.db.query(FILE_UID).findOne({ where: { name: `${image.file}.jpg` }, select: ['id'] })) as
      | { id: number }
      | null;
    if (existing) ids.set(image.file, existing.id);
    else missing.push(image);
  }
  if (missing.length === 0) return ids;

  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'portal-seed-'));
  try {
    // Rendering runs in parallel (libvips threads).
    const rendered = await Promise.all(
      missing.map(async (image) => {
        const filepath = path.join(dir, `${image.file}.jpg`);
        const buffer = await renderIllustration(image);
        await fs.writeFile(filepath, buffer);
        return { image, filepath, size: buffer.length };
      }),
    );
    const upload = strapi.plugin('upload').service('upload');
    // A few uploads at a time: each one resizes its image into the responsive formats (CPU), then writes a row.
    const queue = [...rendered];
    const worker = async () => {
      for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
        const { image, filepath, size } = next;
        const [file] = (await upload.upload({
          data: { fileInfo: { name: `${image.file}.jpg`, alternativeText: image.alt, caption: image.caption } },
          files: { filepath, originalFilename: `${image.file}.jpg`, mimetype: 'image/jpeg', size },
        })) as Array<{ id: number }>;
        ids.set(image.file, file!.id);
      }
    };
    await Promise.all(Array.from({ length: UPLOAD_CONCURRENCY }, worker));
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
  return ids;
}
