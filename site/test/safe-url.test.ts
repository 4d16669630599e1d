import { describe, expect, it } from 'vitest';
import { safeHref } from '../src/lib/markup/safe-url.ts';

describe('safeHref', () => {
  it.each(['https://baoquangninh.vn/tin-tuc', 'http://example.vn', '/van-ban/215-kl-tu/', '#muc-2', '../tin-tuc/', 'tin-tuc/abc/', '//cdn.example.vn/a.pdf'])(
    'keeps %s',
    (url) => expect(safeHref(url)).toBe(url),
  );

  it.each(['javascript:alert(1)', 'JavaScript:alert(1)', ' java\tscript:alert(1)', 'java\nscript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', 'mailto:a@b.vn', 'http://[bad', '', '   '])(
    'drops %j',
    (url) => expect(safeHref(url)).toBeUndefined(),
  );

  it('drops null and undefined', () => {
    expect(safeHref(null)).toBeUndefined();
    expect(safeHref(undefined)).toBeUndefined();
  });
});
