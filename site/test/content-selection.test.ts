import { describe, expect, it } from 'vitest';
import { type Article, articleSchema, type Category, categorySchema } from '@portal/shared-types';
import { t } from '../src/i18n/vi.ts';
import { bylineOf, photoCreditLine } from '../src/lib/articles/article-meta.ts';
import { newestFirst } from '../src/lib/articles/articles.ts';
import { menuCategories } from '../src/lib/articles/categories.ts';
import { pageTitle } from '../src/lib/navigation/listing.ts';
import { categoryPath, newsPath } from '../src/lib/navigation/paths.ts';
import { categoryEntries, makeArticles } from './support/fixtures.ts';

const categories: Category[] = categoryEntries().map((entry) => categorySchema.parse(entry));
const articles: Article[] = makeArticles(12).map((entry) => articleSchema.parse(entry));

describe('ordering', () => {
  it('lists top-level categories by order, unset last, then by Vietnamese name', () => {
    const extra = { ...categories[0]!, documentId: 'x', name: 'Ảnh', slug: 'anh', order: null };
    expect(menuCategories([...categories, extra]).map((category) => category.slug)).toEqual([
      'tin-tuc-su-kien',
      'xay-dung-dang',
      'kinh-te-xa-hoi',
      'anh',
    ]);
  });

  it('puts the newest article first whatever the input order', () => {
    const shuffled = [articles[5]!, articles[0]!, articles[11]!, articles[3]!];
    expect(newestFirst(shuffled).map((article) => article.documentId)).toEqual(
      [articles[0]!, articles[3]!, articles[5]!, articles[11]!].map((article) => article.documentId),
    );
  });
});

describe('texts and paths', () => {
  it('fills message placeholders and refuses missing ones', () => {
    expect(t('pagination.status', { page: 2, total: 5 })).toBe('Trang 2 / 5');
    expect(() => t('pagination.status', { page: 2 })).toThrow(/total/);
  });

  it('titles later pages of a list distinctly', () => {
    expect(pageTitle('Tin tức', 1)).toBe('Tin tức');
    expect(pageTitle('Tin tức', 3)).toBe('Tin tức (trang 3)');
  });

  it('writes list paths with a trailing slash and no /1/', () => {
    expect([newsPath(), newsPath(1), newsPath(2)]).toEqual(['/tin-tuc/', '/tin-tuc/', '/tin-tuc/2/']);
    expect(categoryPath('xay-dung-dang', 2)).toBe('/chuyen-muc/xay-dung-dang/2/');
  });

  it('signs an article with its author and contributing unit', () => {
    expect(bylineOf({ author: 'Bình Minh', contributingUnit: 'Trung tâm TT&VH Ba Chẽ' })).toBe('Bình Minh – Trung tâm TT&VH Ba Chẽ');
    expect(bylineOf({ author: ' ', contributingUnit: null })).toBeUndefined();
  });

  it('labels a photo credit unless it already says it is one', () => {
    expect(photoCreditLine('Thanh Nga')).toBe('Ảnh: Thanh Nga');
    expect(photoCreditLine('Tin ảnh: Thanh Nga')).toBe('Tin ảnh: Thanh Nga');
    expect(photoCreditLine(null)).toBeUndefined();
  });
});
