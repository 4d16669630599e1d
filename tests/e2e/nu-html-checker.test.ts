/** The HTML validity checks of the browser tests rest on this wrapper: it must find real errors, and only those. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeHtmlError, htmlErrors } from './nu-html-checker.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-vnu-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function page(name: string, body: string, after = ''): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, `<!doctype html>\n<html lang="vi"><head><meta charset="utf-8"><title>Thử</title></head><body>${body}</body></html>${after}\n`);
  return file;
}

describe('htmlErrors (Nu HTML Checker)', () => {
  // The JVM's start takes seconds on a busy machine.
  it('reports the errors of every file in one run, and none for a valid page', { timeout: 60_000 }, async () => {
    const valid = page('valid.html', '<main><h1>Văn bản</h1><form action="/tim-kiem/" method="get"><label>Tìm <input name="q"></label></form></main>');
    const emptyAction = page('empty-action.html', '<main><h1>Tìm kiếm</h1><form action="" method="get"></form></main>');
    const strayScript = page('stray-script.html', '<main><h1>Văn bản</h1></main>', '<script type="module">void 0;</script>');
    const errors = await htmlErrors([valid, emptyAction, strayScript]);
    const lines = errors.map((error) => describeHtmlError(error, `${dir}/`));
    expect(lines.filter((line) => line.startsWith('valid.html'))).toEqual([]);
    expect(lines.some((line) => line.startsWith('empty-action.html:2: Bad value “” for attribute “action”'))).toBe(true);
    expect(lines.some((line) => line.startsWith('stray-script.html:2: Stray start tag “script”'))).toBe(true);
  });

  it('refuses an empty list rather than passing vacuously', async () => {
    await expect(htmlErrors([])).rejects.toThrow(/no files/);
  });
});
