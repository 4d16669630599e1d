import { describe, expect, it } from 'vitest';
import { escapeICalendarText, foldICalendarLine } from '../src/index.js';

describe('iCalendar text', () => {
  it('escapes backslashes, semicolons, commas and line breaks', () => {
    expect(escapeICalendarText('Họp; bàn, chốt\\ghi\nchú')).toBe('Họp\\; bàn\\, chốt\\\\ghi\\nchú');
  });

  it('drops control characters TEXT cannot hold, keeping tabs', () => {
    expect(escapeICalendarText('Họp\u0001 bàn\u000B\u001B\u007F\tchốt\r\nxong')).toBe('Họp bàn\tchốt\\nxong');
  });

  it('folds lines at 75 octets without splitting a multi-byte character', () => {
    const line = `SUMMARY:${'Hội nghị Ban Chấp hành Đảng bộ huyện '.repeat(4)}`;
    const folded = foldICalendarLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(parts.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });
});
