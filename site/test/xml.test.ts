import { describe, expect, it } from 'vitest';
import { escapeXml } from '../src/lib/markup/xml.ts';

describe('escapeXml', () => {
  it('escapes markup characters so text stays text', () => {
    expect(escapeXml(`]]><script>alert("x")</script> & 'y'`)).toBe(']]&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;y&apos;');
  });

  it('drops characters XML 1.0 cannot carry, keeping tab, line breaks and astral characters', () => {
    expect(escapeXml('a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Bg\uFFFEh\uFFFFi')).toBe('abcdefghi');
    expect(escapeXml('x\uD800y\uDC00z')).toBe('xyz');
    expect(escapeXml('tab\there\nline\r\n😀 Tiếng Việt')).toBe('tab\there\nline\r\n😀 Tiếng Việt');
  });
});
