import { describe, expect, it } from 'vitest';
import { toCsv } from '../src/index.js';

describe('CSV', () => {
  it('quotes what needs quoting, ends lines with CRLF and starts with a BOM', () => {
    expect(toCsv(['a', 'b'], [['x, y', 'say "hi"'], [1.5, null]])).toBe('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n1.5,\r\n');
  });

  it('keeps text a spreadsheet would evaluate as text when asked to, and only text', () => {
    const csv = toCsv(['Nội dung'], [['=HYPERLINK("x")'], ['+1'], ['-2'], ['@a'], ['\tb'], [-3], ['bình thường']], { guardFormulas: true });
    expect(csv).toBe('\uFEFFNội dung\r\n"\'=HYPERLINK(""x"")"\r\n\'+1\r\n\'-2\r\n\'@a\r\n\'\tb\r\n-3\r\nbình thường\r\n');
    expect(toCsv(['a'], [['-2']])).toBe('\uFEFFa\r\n-2\r\n');
  });
});
