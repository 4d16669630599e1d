import { describe, expect, it } from 'vitest';
import { scheduleCalendar } from '../src/lib/feeds/ics.ts';
import { scheduleFixture } from './support/domain-fixtures.ts';

/** Unfolds an iCalendar text (RFC 5545 §3.1) into its content lines. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '').split('\r\n').filter((line) => line !== '');

describe('a body’s schedule feed', () => {
  const calendar = scheduleCalendar([scheduleFixture()], {
    name: 'Lịch công tác – Huyện ủy Bình Sơn',
    host: 'portal.example.vn',
    url: () => 'https://portal.example.vn/lich-cong-tac/2020-tuan-29/',
  });
  const lines = unfold(calendar);

  it('uses CRLF line ends only', () => {
    expect(calendar.endsWith('\r\n')).toBe(true);
    expect(calendar.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('has one event per entry, local times in Asia/Ho_Chi_Minh and all-day events without a time', () => {
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(3);
    expect(lines).toContain('DTSTART;TZID=Asia/Ho_Chi_Minh:20200713T073000');
    expect(lines).toContain('DTEND;TZID=Asia/Ho_Chi_Minh:20200713T083000');
    expect(lines).toContain('DTSTART;VALUE=DATE:20200717');
    expect(lines).toContain('TZID:Asia/Ho_Chi_Minh');
    expect(lines).toContain('SUMMARY:Họp Ban Thường vụ Huyện ủy');
    expect(lines).toContain('UID:s20huyenuy2020w29000001-1@portal.example.vn');
    expect(lines).toContain('DTSTAMP:20200710T010000Z');
  });

  it('puts chair, participants and preparing unit in the description', () => {
    expect(lines).toContain(
      'DESCRIPTION:Chủ trì: Bí thư Huyện ủy\\nThành phần: Các đồng chí Ủy viên Ban Thường vụ\\nĐơn vị chuẩn bị: Văn phòng Huyện ủy',
    );
  });

  it('is a well-formed calendar: every BEGIN has its END', () => {
    const stack: string[] = [];
    for (const line of lines) {
      if (line.startsWith('BEGIN:')) stack.push(line.slice(6));
      if (line.startsWith('END:')) expect(stack.pop()).toBe(line.slice(4));
    }
    expect(stack).toEqual([]);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
  });
});
