import { describe, expect, it } from 'vitest';
import { closesParentLoop, hostnameProblem, pathPrefixProblem } from '../src/index.js';

describe('hostnameProblem', () => {
  it.each(['binhson.quangngai.gov.vn', 'tinhuy.quangngai.gov.vn', 'xa-1.example.vn', 'localhost.test'])('accepts %s', (host) => {
    expect(hostnameProblem(host)).toBeNull();
  });

  it.each([
    ['https://binhson.quangngai.gov.vn', '“https://”'],
    ['binhson.quangngai.gov.vn/tin', 'đường dẫn'],
    ['binhson.quangngai.gov.vn:8080', 'cổng'],
    ['BinhSon.quangngai.gov.vn', 'viết thường'],
    ['binhson', 'hai phần'],
    ['bình-sơn.gov.vn', 'không dấu'],
    ['-binhson.gov.vn', 'gạch ngang'],
    ['binhson..gov.vn', 'không dấu'],
    ['binhson.gov.vn.', 'không dấu'],
    ['10.0.0.1', 'IP'],
    [' binhson.gov.vn', 'khoảng trắng'],
  ])('refuses %s in Vietnamese', (host, words) => {
    expect(hostnameProblem(host)).toContain(words);
  });
});

describe('pathPrefixProblem', () => {
  it.each(['/xa/binh-son/', '/binh-son/', '/huyen-cu/ba-to-2025/'])('accepts %s', (prefix) => {
    expect(pathPrefixProblem(prefix)).toBeNull();
  });
  it.each(['xa/binh-son/', '/xa/binh-son', '/', '/xa//binh-son/', '/Xa/binh-son/', '/xa/bình-sơn/', '/xa/binh_son/'])('refuses %s', (prefix) => {
    expect(pathPrefixProblem(prefix)).toMatch(/Tiền tố|Mỗi đoạn/);
  });
});

describe('closesParentLoop', () => {
  const parents: Record<string, string | null> = { tinh: null, xa: 'tinh', thon: 'xa' };
  const parentOf = (unit: string) => parents[unit] ?? null;

  it('allows a chain that ends at the top', async () => {
    expect(await closesParentLoop('moi', 'thon', parentOf)).toBe(false);
    expect(await closesParentLoop(null, 'xa', parentOf)).toBe(false);
  });
  it('finds a unit made its own ancestor', async () => {
    expect(await closesParentLoop('tinh', 'thon', parentOf)).toBe(true);
    expect(await closesParentLoop('xa', 'xa', parentOf)).toBe(true);
  });
  it('stops on a loop already stored elsewhere', async () => {
    const looped: Record<string, string> = { a: 'b', b: 'a' };
    expect(await closesParentLoop('c', 'a', (unit) => looped[unit] ?? null)).toBe(true);
  });
});
