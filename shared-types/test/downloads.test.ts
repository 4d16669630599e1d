import { describe, expect, it } from 'vitest';
import { countedFileUrl, downloadKey, parseDownloadKey } from '../src/index.js';

describe('download keys', () => {
  it('round-trip a document file and a schedule attachment', () => {
    for (const target of [
      { kind: 'document', entry: 'abc123def456ghi789jkl012', file: 'zyx987wvu654tsr321qpo000' },
      { kind: 'schedule', entry: 'a1', file: 'b2' },
    ] as const) {
      expect(parseDownloadKey(downloadKey(target))).toEqual(target);
    }
  });

  it.each([
    'article/abc/def',
    'document/abc',
    'document/abc/def/ghi',
    'document/ABC/def',
    'document/../def',
    'document/abc/',
    `document/${'a'.repeat(65)}/b`,
    '/uploads/file.pdf',
  ])('refuses %s', (raw) => {
    expect(parseDownloadKey(raw)).toBeNull();
  });
});

describe('counted file URLs', () => {
  it('carry the key in the `tai` parameter, readable back by the CMS', () => {
    const target = { kind: 'schedule', entry: 'abc', file: 'def' } as const;
    const url = new URL(countedFileUrl('https://cms.example.vn/uploads/lich_tuan_1a2b.pdf', target));
    expect(url.pathname).toBe('/uploads/lich_tuan_1a2b.pdf');
    expect(parseDownloadKey(url.searchParams.get('tai')!)).toEqual(target);
  });
});
