/**
 * Import rate of import:nukeviet: a NukeViet 4 database with N articles (default 10,000; one cover image in three,
 * a pool of 300 distinct image files, an inline image in one body in five) on the machine's MariaDB, imported into a
 * fresh CMS (production mode, SQLite, demo seed). Prints the first run's time and rate and the second (no-op) run's.
 *   pnpm run bench:nukeviet-import -- [--articles 10000] [--mysql mysql://root@127.0.0.1:3306]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';
import mysql from 'mysql2/promise';
import { adminLogin, fetchJson } from '../src/cms-admin-api.ts';
import { compileCms } from '../src/cms-process.ts';
import { dropDatabase, loadDump } from '../import/nukeviet/fixture-database.ts';
import { importNukeViet } from '../import/nukeviet/import.ts';
import { startSeededCms } from './seeded-cms.ts';

// `pnpm run x -- --flag` hands the `--` on.
const argv = process.argv.slice(2);
if (argv[0] === '--') argv.shift();
const { values } = parseArgs({
  args: argv, options: { articles: { type: 'string', default: '10000' }, mysql: { type: 'string', default: process.env.PORTAL_TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306' } } });
const count = Number(values.articles);
const fixture = path.resolve(import.meta.dirname, '../import/nukeviet/fixture');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-nukeviet-'));
const database = `bench_nukeviet_${process.pid}`;

function png(seed: number): Buffer {
  // A distinct small PNG per seed: the fixture's PNGs are a template; a tEXt chunk makes the bytes differ.
  const base = fs.readFileSync(path.join(fixture, 'uploads/news/2020_03/hoi-nghi.png'));
  const iend = base.length - 12;
  const text = Buffer.from(`Comment\0bench ${seed}`);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(text.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(Buffer.concat([Buffer.from('tEXt'), text])));
  return Buffer.concat([base.subarray(0, iend), length, Buffer.from('tEXt'), text, crc, base.subarray(iend)]);
}

const uploads = path.join(scratch, 'uploads');
fs.mkdirSync(path.join(uploads, 'news/bench'), { recursive: true });
for (let i = 0; i < 300; i += 1) fs.writeFileSync(path.join(uploads, `news/bench/anh-${i}.png`), png(i));

console.log(`Loading a NukeViet database with ${count} articles…`);
const source = await loadDump(values.mysql!, database, path.join(fixture, 'nukeviet-demo.sql'));
const connection = await mysql.createConnection({ uri: source, charset: 'utf8mb4' });
await connection.query('DELETE FROM nv4_vi_news_rows WHERE id > 0');
await connection.query('DELETE FROM nv4_vi_news_detail WHERE id > 0');
for (let start = 1; start <= count; start += 1000) {
  const rows: unknown[][] = [];
  const details: unknown[][] = [];
  for (let id = start; id < Math.min(start + 1000, count + 1); id += 1) {
    const t = 1_577_836_800 + id * 3600;
    rows.push([id, 1 + (id % 5), String(1 + (id % 5)), 1, 'Phóng viên', 0, t, t, 1, t, 0, 0, `Tin hoạt động số ${id} của huyện Bình Sơn`, `tin-hoat-dong-so-${id}`, `Tóm tắt tin số ${id}.`, id % 3 === 0 ? `bench/anh-${id % 300}.png` : '', id % 3 === 0 ? `Ảnh tin ${id}` : '', 1, 1, id]);
    details.push([id, '', '', `<p>Đoạn một của tin ${id}: hội nghị bàn nhiệm vụ năm.</p><p>Đoạn hai <strong>nhấn mạnh</strong> kết quả.</p>${id % 5 === 0 ? `<p><img src="/uploads/news/bench/anh-${(id * 7) % 300}.png" alt="Ảnh"></p>` : ''}<ul><li>Một</li><li>Hai</li></ul>`, '']);
  }
  await connection.query('INSERT INTO nv4_vi_news_rows (id, catid, listcatid, admin_id, author, sourceid, addtime, edittime, status, publtime, exptime, archive, title, alias, hometext, homeimgfile, homeimgalt, homeimgthumb, inhome, hitstotal) VALUES ?', [rows]);
  await connection.query('INSERT INTO nv4_vi_news_detail (id, titlesite, description, bodyhtml, sourcetext) VALUES ?', [details]);
}
await connection.end();

console.log('Starting a CMS…');
await compileCms({ quiet: true });
const { cms, env } = await startSeededCms(scratch);
try {
  const jwt = await adminLogin(cms.url, env.DEMO_ADMIN_EMAIL!, env.DEMO_ADMIN_PASSWORD!);
  await fetchJson(`${cms.url}/content-manager/collection-types/api::unit.unit`, { method: 'POST', token: jwt, body: { name: 'Lưu trữ huyện Bình Sơn', slug: 'luu-tru-binh-son', kind: 'dissolved-district-archive' } });
  const options = { url: source, unit: 'luu-tru-binh-son', prefix: 'nv4', lang: 'vi', newsModule: 'news', lawsModule: 'laws', uploads, dryRun: false, cmsUrl: cms.url, jwt };
  const timings: Record<string, number> = {};
  let started = performance.now();
  const first = await importNukeViet({ ...options, timings });
  const firstSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  const second = await importNukeViet(options);
  const secondSeconds = (performance.now() - started) / 1000;
  const a = first.report.counts.article;
  console.log(`first run: ${a.created} articles created (${a.skipped} skipped), ${first.report.counts.media.created} media, ${first.report.counts.document.created} documents in ${firstSeconds.toFixed(1)} s = ${(a.created / firstSeconds).toFixed(1)} articles/s`);
  for (const row of first.report.skipped.slice(0, 5)) console.log(`skipped ${row.legacyId}: ${row.reason}`);
  console.log(`first run's steps: ${Object.entries(timings).map(([name, seconds]) => `${name} ${seconds.toFixed(1)} s`).join(', ')}; ${first.report.redirects.created} redirects`);
  console.log(`second run: ${second.report.counts.article.unchanged} unchanged, ${second.report.counts.article.updated} updated in ${secondSeconds.toFixed(1)} s`);
} finally {
  await cms.stop();
  await dropDatabase(values.mysql!, database);
  fs.rmSync(scratch, { recursive: true, force: true });
}
