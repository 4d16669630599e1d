/** What the home page shows, computed from the content. */

import type { Article, Category } from '@portal/shared-types';
import { t } from '../i18n/vi.ts';
import { featuredArticles, hotArticles, inCategory } from './articles.ts';
import { categoryPath } from './paths.ts';

export interface HomeSection {
  /** Id of the section heading (for aria-labelledby). */
  id: string;
  title: string;
  articles: Article[];
  /** Link of the heading and of the "see all" line. */
  href?: string | undefined;
  moreLabel?: string | undefined;
}

export interface HomeLimits {
  hot: number;
  featured: number;
  perCategory: number;
}

const DEFAULT_LIMITS: HomeLimits = { hot: 5, featured: 6, perCategory: 4 };

/** Hot, featured, then one section per category; empty sections are left out. `articles` must be newest first. */
export function homeSections(articles: readonly Article[], categories: readonly Category[], limits = DEFAULT_LIMITS): HomeSection[] {
  const sections: HomeSection[] = [
    { id: 'tin-nong', title: t('home.hot'), articles: hotArticles(articles, limits.hot) },
    { id: 'tin-tieu-diem', title: t('home.featured'), articles: featuredArticles(articles, limits.featured) },
    ...categories.map((category) => ({
      id: `chuyen-muc-${category.slug}`,
      title: category.name,
      articles: inCategory(articles, category.documentId).slice(0, limits.perCategory),
      href: categoryPath(category.slug),
      moreLabel: t('home.seeAll', { category: category.name }),
    })),
  ];
  return sections.filter((section) => section.articles.length > 0);
}
