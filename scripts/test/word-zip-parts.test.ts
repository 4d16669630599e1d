import { describe, expect, it } from 'vitest';
import { readZipParts } from '@portal/shared-types/docx';
import { WordImportRefusal } from '@portal/shared-types/docx';
import { writeZip } from '../../tests/import/zip-writer.ts';

const codeOf = (zip: Buffer) => {
  try {
    readZipParts(zip);
    return 'read';
  } catch (error) {
    return error instanceof WordImportRefusal ? error.code : String(error);
  }
};

describe('reading a DOCX zip defensively', () => {
  it('reads honest parts', () => {
    const parts = readZipParts(writeZip([{ name: 'word/document.xml', data: Buffer.from('<w:document/>') }]));
    expect(parts.get('word/document.xml')?.toString()).toBe('<w:document/>');
  });

  it('refuses a part that declares a small size but inflates past it, without inflating beyond the declared size', () => {
    expect(codeOf(writeZip([{ name: 'word/document.xml', data: Buffer.alloc(20 * 1024 * 1024), declaredSize: 1000 }]))).toBe('zip-bomb');
  });

  it('refuses parts whose declared sizes add up past the bound, and highly compressed large parts', () => {
    const many = Array.from({ length: 3 }, (_, index) => ({ name: `p${index}.bin`, data: Buffer.alloc(10), declaredSize: 100 * 1024 * 1024 }));
    expect(codeOf(writeZip(many))).toBe('zip-bomb');
    expect(codeOf(writeZip([{ name: 'zeros.xml', data: Buffer.alloc(5 * 1024 * 1024) }]))).toBe('zip-bomb');
  });

  it('refuses a part whose data does not match its checksum or size as corrupt', () => {
    const zip = writeZip([{ name: 'word/document.xml', data: Buffer.from('<w:document>abc</w:document>'), declaredSize: 500 }]);
    expect(codeOf(zip)).toBe('corrupt');
    expect(codeOf(Buffer.from('not a zip at all, just text'))).toBe('corrupt');
  });

  it('refuses encrypted entries', () => {
    expect(codeOf(writeZip([{ name: 'word/document.xml', data: Buffer.from('x'), flags: 1 }]))).toBe('encrypted');
  });
});
