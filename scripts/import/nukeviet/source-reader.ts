/**
 * Reads a NukeViet 4 site's news and laws modules straight from its MariaDB/MySQL database (mysql2). Only the tables
 * and columns the import maps are read; a laws module whose tables are absent is reported as skipped.
 */
import mysql, { type RowDataPacket } from 'mysql2/promise';

export interface SourceOptions {
  /** mysql://USER:PASS@HOST:PORT/DB */
  url: string;
  prefix: string;
  lang: string;
  newsModule: string;
  lawsModule: string;
}

type Row = Record<string, any>;

export interface NewsData {
  categories: Row[];
  rows: Row[];
  /** id → detail row (bodyhtml, sourcetext…). */
  details: Map<number, Row>;
  sources: Map<number, Row>;
  tags: Map<number, Row>;
  /** article id → tag keywords. */
  tagsOf: Map<number, string[]>;
  /** tag id → its keyword (the tag's name; NukeViet 4 tags have an alias and keywords, no title). */
  tagKeyword: Map<number, string>;
  /** block groups (block_cat) with the article ids in each. */
  blocks: Array<{ bid: number; alias: string; title: string; adddefault: number; ids: Set<number> }>;
  /** article id → author pseudonyms (authorlist). */
  authorsOf: Map<number, string[]>;
}

export interface LawsData {
  rows: Row[];
  categories: Map<number, Row>;
  subjects: Map<number, Row>;
  signers: Map<number, Row>;
  areas: Map<number, Row>;
  areasOf: Map<number, number[]>;
}

export interface SourceData {
  news: NewsData;
  /** null when the laws module's tables are absent. */
  laws: LawsData | null;
}

const ident = (name: string): string => {
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`Unsafe table name part: ${name}`);
  return `\`${name}\``;
};

export async function readSource(options: SourceOptions): Promise<SourceData> {
  const connection = await mysql.createConnection({ uri: options.url, charset: 'utf8mb4', supportBigNumbers: true });
  try {
    const base = `${options.prefix}_${options.lang}_`;
    const news = `${base}${options.newsModule}`;
    const laws = `${base}${options.lawsModule}`;
    const [tableRows] = await connection.query<RowDataPacket[]>('SHOW TABLES');
    const tables = new Set(tableRows.map((row) => String(Object.values(row)[0])));
    const need = (table: string) => {
      if (!tables.has(table)) throw new Error(`Table ${table} is missing: check --prefix, --lang and --news-module`);
      return ident(table);
    };
    const all = async (sql: string): Promise<Row[]> => (await connection.query<RowDataPacket[]>(sql))[0];
    const optional = async (table: string, sql: (name: string) => string): Promise<Row[]> =>
      tables.has(table) ? all(sql(ident(table))) : [];

    const categories = await all(`SELECT catid, parentid, title, alias, description, weight, sort, status FROM ${need(`${news}_cat`)} ORDER BY sort, catid`);
    const rows = await all(
      `SELECT id, catid, listcatid, admin_id, author, sourceid, addtime, edittime, status, publtime, exptime, archive, title, alias,
              hometext, homeimgfile, homeimgalt, homeimgthumb, inhome, hitstotal FROM ${need(`${news}_rows`)} ORDER BY id`,
    );
    const details = new Map((await all(`SELECT id, bodyhtml, sourcetext FROM ${need(`${news}_detail`)}`)).map((row) => [Number(row.id), row]));
    const sources = new Map((await optional(`${news}_sources`, (t) => `SELECT sourceid, title, link FROM ${t}`)).map((row) => [Number(row.sourceid), row]));
    const tags = new Map((await optional(`${news}_tags`, (t) => `SELECT tid, alias FROM ${t}`)).map((row) => [Number(row.tid), row]));
    const tagsOf = new Map<number, string[]>();
    const tagKeyword = new Map<number, string>();
    for (const link of await optional(`${news}_tags_id`, (t) => `SELECT id, tid, keyword FROM ${t} ORDER BY id, tid`)) {
      const id = Number(link.id);
      tagsOf.set(id, [...(tagsOf.get(id) ?? []), String(link.keyword)]);
      if (!tagKeyword.has(Number(link.tid))) tagKeyword.set(Number(link.tid), String(link.keyword));
    }
    const blockCats = await optional(`${news}_block_cat`, (t) => `SELECT bid, alias, title, adddefault FROM ${t} ORDER BY weight, bid`);
    const blockRows = await optional(`${news}_block`, (t) => `SELECT bid, id FROM ${t}`);
    const blocks = blockCats.map((block) => ({
      bid: Number(block.bid),
      alias: String(block.alias),
      title: String(block.title),
      adddefault: Number(block.adddefault),
      ids: new Set(blockRows.filter((row) => Number(row.bid) === Number(block.bid)).map((row) => Number(row.id))),
    }));
    const authorsOf = new Map<number, string[]>();
    for (const row of await optional(`${news}_authorlist`, (t) => `SELECT id, pseudonym FROM ${t} ORDER BY id, aid`)) {
      authorsOf.set(Number(row.id), [...(authorsOf.get(Number(row.id)) ?? []), String(row.pseudonym)]);
    }

    let lawsData: LawsData | null = null;
    if (tables.has(`${laws}_row`)) {
      const byId = (list: Row[]) => new Map(list.map((row) => [Number(row.id), row]));
      const areasOf = new Map<number, number[]>();
      for (const row of await optional(`${laws}_row_area`, (t) => `SELECT row_id, area_id FROM ${t} ORDER BY row_id, area_id`)) {
        areasOf.set(Number(row.row_id), [...(areasOf.get(Number(row.row_id)) ?? []), Number(row.area_id)]);
      }
      lawsData = {
        rows: await all(
          `SELECT id, replacement, relatement, title, alias, code, cid, sid, sgid, introtext, bodytext, files, status,
                  publtime, startvalid, exptime, view_hits FROM ${ident(`${laws}_row`)} ORDER BY id`,
        ),
        categories: byId(await optional(`${laws}_cat`, (t) => `SELECT id, alias, title FROM ${t}`)),
        subjects: byId(await optional(`${laws}_subject`, (t) => `SELECT id, alias, title FROM ${t}`)),
        signers: byId(await optional(`${laws}_signer`, (t) => `SELECT id, title, offices, positions FROM ${t}`)),
        areas: byId(await optional(`${laws}_area`, (t) => `SELECT id, alias, title FROM ${t}`)),
        areasOf,
      };
    }
    return { news: { categories, rows, details, sources, tags, tagsOf, tagKeyword, blocks, authorsOf }, laws: lawsData };
  } finally {
    await connection.end();
  }
}
