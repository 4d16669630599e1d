/**
 * The per-connection statement cache of the SQLite connections (src/database/statement-cache.ts), on a real
 * better-sqlite3 database file: a SQL text is compiled once, and a reused statement still returns what a fresh one
 * would — other bindings, rows written since, and a schema changed since (as Strapi's schema sync does).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheStatements } from '../src/database/statement-cache';

let dir: string;
let db: Database.Database;
let compiled: string[];

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'statement-cache-'));
  db = new Database(path.join(dir, 'data.db'));
  db.pragma('journal_mode = WAL');
  compiled = [];
  const prepare = db.prepare.bind(db);
  // Counts what reaches SQLite's compiler, under the cache.
  db.prepare = ((sql: string) => {
    compiled.push(sql);
    return prepare(sql);
  }) as typeof db.prepare;
  db.exec(`CREATE TABLE articles (id INTEGER PRIMARY KEY, slug TEXT, unit TEXT)`);
});

afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const select = 'SELECT * FROM articles WHERE unit = ? ORDER BY id';

describe('statement cache of a SQLite connection', () => {
  it('compiles a SQL text once and answers each call with its own bindings and the rows stored now', () => {
    cacheStatements(db);
    const insert = 'INSERT INTO articles (slug, unit) VALUES (?, ?)';
    db.prepare(insert).run('khai-mac', 'tinh');
    db.prepare(insert).run('be-mac', 'xa-1');
    db.prepare(insert).run('tong-ket', 'tinh');
    expect(db.prepare(select).all('tinh')).toEqual([
      { id: 1, slug: 'khai-mac', unit: 'tinh' },
      { id: 3, slug: 'tong-ket', unit: 'tinh' },
    ]);
    expect(db.prepare(select).all('xa-1')).toEqual([{ id: 2, slug: 'be-mac', unit: 'xa-1' }]);
    expect(db.prepare(select)).toBe(db.prepare(select));
    expect(compiled).toEqual([insert, select]);
  });

  it('still reads right after the schema changed under a cached statement', () => {
    cacheStatements(db);
    db.prepare(`INSERT INTO articles (slug, unit) VALUES ('khai-mac', 'tinh')`).run();
    expect(db.prepare(select).all('tinh')).toEqual([{ id: 1, slug: 'khai-mac', unit: 'tinh' }]);
    db.exec(`ALTER TABLE articles ADD COLUMN title TEXT`);
    db.exec(`UPDATE articles SET title = 'Khai mạc hội nghị'`);
    expect(db.prepare(select).all('tinh')).toEqual([{ id: 1, slug: 'khai-mac', unit: 'tinh', title: 'Khai mạc hội nghị' }]);
    // A table rebuilt under the same name (how SQLite alters columns) is read too.
    db.exec(`DROP TABLE articles; CREATE TABLE articles (id INTEGER PRIMARY KEY, unit TEXT, slug TEXT)`);
    db.exec(`INSERT INTO articles (unit, slug) VALUES ('tinh', 'be-mac')`);
    expect(db.prepare(select).all('tinh')).toEqual([{ id: 1, unit: 'tinh', slug: 'be-mac' }]);
    expect(compiled.filter((sql) => sql === select)).toHaveLength(1);
  });

  it('is reusable after a call failed', () => {
    cacheStatements(db);
    db.exec(`CREATE UNIQUE INDEX articles_slug ON articles (slug)`);
    const insert = 'INSERT INTO articles (slug, unit) VALUES (?, ?)';
    db.prepare(insert).run('khai-mac', 'tinh');
    expect(() => db.prepare(insert).run('khai-mac', 'tinh')).toThrow(/UNIQUE/);
    db.prepare(insert).run('be-mac', 'tinh');
    expect(db.prepare(select).all('tinh')).toHaveLength(2);
  });

  it('keeps the most recently used texts only, up to its size', () => {
    cacheStatements(db, 2);
    const byId = (id: number) => `SELECT ${id} AS n FROM articles`;
    db.prepare(byId(1));
    db.prepare(byId(2));
    db.prepare(byId(1)); // used again: now the most recent
    db.prepare(byId(3)); // evicts 2, the least recently used
    db.prepare(byId(1));
    db.prepare(byId(2));
    expect(compiled).toEqual([byId(1), byId(2), byId(3), byId(2)]);
  });
});
