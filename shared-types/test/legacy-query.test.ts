import { describe, expect, it } from 'vitest';
import { canonicalLegacyQueryPath, legacyQueryKey, legacyQueryParts } from '../src/index.js';

const ARTICLE = '/index.php?language=vi&nv=news&op=thoi-su/khai-mac-12';

describe('old NukeViet query-string addresses', () => {
  it('names a request by its routing parameters, whatever their order and whatever else it carries', () => {
    for (const search of [
      '?language=vi&nv=news&op=thoi-su/khai-mac-12',
      '?op=thoi-su/khai-mac-12&nv=news&language=vi',
      '?nv=news&language=vi&op=thoi-su%2Fkhai-mac-12',
      '?language=vi&nv=news&op=thoi-su/khai-mac-12&fbclid=abc',
    ]) {
      expect(legacyQueryKey('/index.php', search), search).toBe(ARTICLE);
    }
    expect(legacyQueryKey('/index.php', '?language=vi&nv=news&op=')).toBe('/index.php?language=vi&nv=news');
  });

  it('reads the parameters as nginx reads $arg_…, so that both servers agree', () => {
    // Names case-insensitively, the first occurrence, values raw but for an encoded `/`.
    expect(legacyQueryKey('/index.php', '?LANGUAGE=vi&Nv=news&OP=thoi-su/khai-mac-12')).toBe(ARTICLE);
    expect(legacyQueryKey('/index.php', '?language=vi&nv=news&op=thoi-su%2fkhai-mac-12&nv=laws')).toBe(ARTICLE);
    expect(legacyQueryKey('/index.php', '?language=vi&nv=news&op=thoi-su/khai%2Dmac-12')).toBeNull();
    expect(legacyQueryKey('/index.php', '?language=vi&amp;nv=news')).toBeNull();
  });

  it('compares values case-sensitively, as NukeViet does, and answers nothing for other addresses', () => {
    expect(legacyQueryKey('/index.php', '?language=vi&nv=News&op=thoi-su/khai-mac-12')).toBe('/index.php?language=vi&nv=News&op=thoi-su/khai-mac-12');
    expect(legacyQueryKey('/index.php', '?language=vi&nv=News&op=thoi-su/khai-mac-12')).not.toBe(ARTICLE);
    expect(legacyQueryKey('/index.php', '')).toBeNull();
    expect(legacyQueryKey('/index.php', '?language=vi')).toBeNull();
    expect(legacyQueryKey('/tin-tuc/', '?language=vi&nv=news')).toBeNull();
    // An encoded value that is not a NukeViet name cannot smuggle in another parameter.
    expect(legacyQueryKey('/index.php', '?nv=news&op=a%26nv%3Dlaws')).toBeNull();
    expect(legacyQueryKey('/index.php', '?nv=news&op=../x')).toBeNull();
  });

  it('stores what an editor types in one canonical form, and refuses other parameters', () => {
    expect(canonicalLegacyQueryPath('/index.php?op=thoi-su%2Fkhai-mac-12&amp;nv=news&amp;language=vi')).toBe(ARTICLE);
    expect(canonicalLegacyQueryPath(ARTICLE)).toBe(ARTICLE);
    for (const bad of ['/tin-tuc/a/', '/index.php', '/index.php?nv=news&page=2', '/index.php?nv=news&nv=laws', '/index.php?language=vi', '/trang/?nv=news']) {
      expect(canonicalLegacyQueryPath(bad), bad).toBeNull();
    }
    expect(legacyQueryParts(ARTICLE)).toEqual({ language: 'vi', nv: 'news', op: 'thoi-su/khai-mac-12' });
    expect(legacyQueryParts('/index.php?op=x&nv=news')).toBeNull();
  });
});
