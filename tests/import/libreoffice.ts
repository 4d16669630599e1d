/**
 * LibreOffice for the `.doc` tests: installed with apt when missing (Debian package libreoffice-writer-nogui, the
 * smallest that converts Word headless), and the old binary Word fixture made from the DOCX fixture with it.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { aptInstall } from '../../scripts/test/support/apt.ts';
import { findSoffice } from '../../cms/src/word-import/libreoffice.ts';

/** LibreOffice's command, installed first when the machine has none. */
export function ensureLibreOffice(): string {
  const found = findSoffice({ PATH: process.env.PATH });
  if (found) return found;
  aptInstall('libreoffice-writer-nogui');
  const installed = findSoffice({ PATH: process.env.PATH });
  if (!installed) throw new Error('LibreOffice is not installed and apt-get could not install libreoffice-writer-nogui');
  return installed;
}

/**
 * A document (DOCX, or HTML) saved as Word 97–2003 (.doc) by LibreOffice, written into `dir` as `name`. `input` names
 * the source's format by its extension.
 */
export async function saveAsDoc(soffice: string, input: { name: string; bytes: Buffer }, dir: string, name: string): Promise<string> {
  const work = fs.mkdtempSync(path.join(dir, 'to-doc-'));
  try {
    const source = path.join(work, input.name);
    fs.writeFileSync(source, input.bytes);
    const args = [`-env:UserInstallation=${pathToFileURL(path.join(work, 'profile')).href}`, '--headless', '--writer', '--convert-to', 'doc:MS Word 97'];
    // Asynchronous: the test's own HTTP server must be able to answer while LibreOffice reads an HTML source.
    await promisify(execFile)(soffice, [...args, '--outdir', work, source], { timeout: 60_000 });
    const doc = fs.readFileSync(path.join(work, input.name.replace(/\.[^.]+$/, '.doc')));
    // Really the old binary format: an OLE compound file.
    if (doc.readUInt32BE(0) !== 0xd0cf11e0) throw new Error('LibreOffice did not write a Word 97 file');
    const file = path.join(dir, name);
    fs.writeFileSync(file, doc);
    return file;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
