import { describe, expect, it } from 'vitest';
import { fullTextParagraphsOf } from '../src/lib/documents/full-text.ts';

describe('a document full text as paragraphs', () => {
  it('splits on blank lines and joins the lines a PDF broke inside a paragraph', () => {
    expect(fullTextParagraphsOf('NGHỊ QUYẾT\n\nVề phát triển\nkinh tế năm 2021\n \n\nĐiều 1.')).toEqual([
      'NGHỊ QUYẾT',
      'Về phát triển kinh tế năm 2021',
      'Điều 1.',
    ]);
  });

  it('gives nothing without text', () => {
    expect(fullTextParagraphsOf(null)).toEqual([]);
    expect(fullTextParagraphsOf('  \n\n ')).toEqual([]);
  });
});
