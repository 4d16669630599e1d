/** The main navigation: the portal's sections, then the top-level categories and static pages in menu order. */

import type { Category, Page } from '@portal/shared-types';
import { t } from '../../i18n/vi.ts';
import {
  categoryPath,
  congressListPath,
  dashboardPath,
  homePath,
  libraryPath,
  newsPath,
  schedulesPath,
  searchPath,
  staticPagePath,
} from './paths.ts';

export interface NavLink {
  href: string;
  label: string;
}

export interface NavInput {
  categories: readonly Category[];
  pages: readonly Page[];
  has: { documents: boolean; congresses: boolean; kpi: boolean; schedules: boolean };
}

/** Sections first (only those with content), then categories, then static pages with a menu order. */
export function mainNavigation(input: NavInput): { sections: NavLink[]; categories: NavLink[] } {
  const sections: NavLink[] = [
    { href: homePath(), label: t('nav.home') },
    { href: newsPath(), label: t('nav.news') },
    ...(input.has.documents ? [{ href: libraryPath(), label: t('nav.documents') }] : []),
    ...(input.has.congresses ? [{ href: congressListPath(), label: t('nav.congresses') }] : []),
    ...(input.has.kpi ? [{ href: dashboardPath(), label: t('nav.kpi') }] : []),
    ...(input.has.schedules ? [{ href: schedulesPath(), label: t('nav.schedules') }] : []),
    { href: searchPath(), label: t('nav.search') },
  ];
  const pages = input.pages
    .filter((page) => page.menuOrder !== null && (page.parent ?? null) === null)
    .sort((a, b) => (a.menuOrder ?? 0) - (b.menuOrder ?? 0))
    .map((page) => ({ href: staticPagePath(page.slug), label: page.title }));
  return {
    sections,
    categories: [...input.categories.map((category) => ({ href: categoryPath(category.slug), label: category.name })), ...pages],
  };
}

/** aria-current of a link: "page" on the page itself, "true" on the section it belongs to. */
export function currentMarker(href: string, currentPath: string): 'page' | 'true' | undefined {
  if (currentPath === href) return 'page';
  return href !== homePath() && currentPath.startsWith(href) ? 'true' : undefined;
}
