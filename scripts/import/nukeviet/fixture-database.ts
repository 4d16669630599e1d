/** Loads an SQL dump (the fixture) into a new database on a MariaDB/MySQL server, and drops it again: for tests and the demo. */
import fs from 'node:fs';
import mysql from 'mysql2/promise';

const safeName = (name: string): string => {
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`Unsafe database name: ${name}`);
  return name;
};

/** `serverUrl` is mysql://USER[:PASS]@HOST:PORT; returns the source URL of the new database. */
export async function loadDump(serverUrl: string, database: string, dumpFile: string): Promise<string> {
  const connection = await mysql.createConnection({ uri: serverUrl.replace(/\/+$/, ''), multipleStatements: true, charset: 'utf8mb4' });
  try {
    await connection.query(`CREATE DATABASE \`${safeName(database)}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await connection.query(`USE \`${database}\``);
    await connection.query(fs.readFileSync(dumpFile, 'utf8'));
  } finally {
    await connection.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.href;
}

export async function dropDatabase(serverUrl: string, database: string): Promise<void> {
  const connection = await mysql.createConnection({ uri: serverUrl.replace(/\/+$/, '') });
  try {
    await connection.query(`DROP DATABASE IF EXISTS \`${safeName(database)}\``);
  } finally {
    await connection.end();
  }
}
