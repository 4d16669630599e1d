import { describe, expect, it } from 'vitest';
import { downloadKey, parseDownloadKey } from '../src/index.js';

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
