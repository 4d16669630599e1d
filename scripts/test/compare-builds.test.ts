import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compareBuilds, identical } from '../src/compare/compare-builds.ts';

const scratch: string[] = [];
function build(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-compare-'));
  scratch.push(dir);
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), content);
  }
  return dir;
}
afterEach(() => {
  for (const dir of scratch.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('comparing two site builds', () => {
  it('finds nothing between builds with the same files and bytes', () => {
    const files = { 'index.html': '<p>Trang chủ</p>', 'tin-tuc/a/index.html': '<p>Tin</p>' };
    const result = compareBuilds(build(files), build(files));
    expect(result).toEqual({ onlyInA: [], onlyInB: [], differing: [], same: 2 });
    expect(identical(result)).toBe(true);
  });

  it('names the files that differ by one byte or exist on one side only', () => {
    const a = build({ 'index.html': 'a', 'tin-tuc/x/index.html': 'x', 'old.css': '' });
    const b = build({ 'index.html': 'b', 'tin-tuc/x/index.html': 'x', 'new/file.js': '' });
    const result = compareBuilds(a, b);
    expect(result).toEqual({ onlyInA: ['old.css'], onlyInB: ['new/file.js'], differing: ['index.html'], same: 1 });
    expect(identical(result)).toBe(false);
  });

  it('leaves out the ignored prefixes on both sides', () => {
    const a = build({ 'index.html': 'a', 'pagefind/index/vi_1.pf_index': '1' });
    const b = build({ 'index.html': 'a', 'pagefind/index/vi_2.pf_index': '2' });
    expect(identical(compareBuilds(a, b))).toBe(false);
    expect(compareBuilds(a, b, ['pagefind/'])).toEqual({ onlyInA: [], onlyInB: [], differing: [], same: 1 });
  });

  it('refuses a directory that does not exist', () => {
    expect(() => compareBuilds(build({}), path.join(os.tmpdir(), 'portal-compare-missing'))).toThrow(/Not a directory/);
  });
});
