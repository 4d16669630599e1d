import { describe, expect, it } from 'vitest';
import { htmlText, indexableHtml } from '../src/lib/search/search-index-input.ts';
import { searchAliases } from '../src/lib/search/search-text.ts';

describe('search aliases', () => {
  it('folds the words holding đ, once each, so "dang bo" finds "Đảng bộ"', () => {
    expect(searchAliases('Đảng bộ huyện Bình Sơn; đảng viên; ĐẢNG; Quyết định 1211-QĐ/HU')).toBe('dang dinh qd');
  });

  it('folds the look-alike Ð (U+00D0) too, and is empty when no word has đ', () => {
    expect(searchAliases('Ðảng ủy')).toBe('dang');
    expect(searchAliases('Bình Sơn hoàn thành')).toBe('');
  });
});

describe('what the search index reads', () => {
  const page = (body: string) =>
    `<html lang="vi"><head><style>.đ{}</style></head><body><main data-pagefind-body><h1>Đảng bộ</h1>${body}</main><footer>Địa chỉ</footer></body></html>`;

  it('adds the folded words inside the indexed region, from its text only', () => {
    const html = indexableHtml(page('<p>Quyết định <a href="/van-ban/1211-qd-hu/">1211-QĐ/HU</a></p><script>const đ = 1;</script>'))!;
    expect(html).toContain('<p data-pagefind-weight="0.5">dang dinh qd</p></main><footer>Địa chỉ</footer>');
  });

  it('skips pages that are not searchable', () => {
    expect(indexableHtml('<html><body><main><h1>Đảng</h1></main></body></html>')).toBeUndefined();
  });

  it('reads text, not markup', () => {
    expect(htmlText('<p class="đ">A<b>B</b></p><style>x{}</style>').trim()).toBe('A B');
  });
});
