/** What the home page shows, computed from the content and the site settings' home sections. */

import {
  type Category,
  type Document,
  HOME_SECTION_KIND_LABELS,
  type HomeSection as HomeSectionSetting,
  type HomeSectionKind,
  type Indicator,
  type Link,
  type Schedule,
  isoWeekOf,
} from '@portal/shared-types';
import { t } from '../../i18n/vi.ts';
import { type ArticleSummary, featuredArticles, hotArticles, inCategory } from '../articles/articles.ts';
import { isOpenForComment } from '../documents/documents.ts';
import { type SeriesPoint, latestPoint } from '../kpi/kpi-series.ts';
import { categoryPath, dashboardPath, schedulesPath } from '../navigation/paths.ts';

interface BlockBase {
  /** Id of the block heading (for aria-labelledby). */
  id: string;
  title: string;
  href?: string | undefined;
  moreLabel?: string | undefined;
}

export type HomeBlock =
  | (BlockBase & { kind: 'articles'; articles: ArticleSummary[] })
  | (BlockBase & { kind: 'kpi'; items: Array<{ indicator: Indicator; point: SeriesPoint }> })
  | (BlockBase & { kind: 'schedules'; schedules: Schedule[] })
  | (BlockBase & { kind: 'drafts'; documents: Document[] })
  | (BlockBase & { kind: 'links'; links: Link[] });

export interface HomeInput {
  /** Newest first. */
  articles: readonly ArticleSummary[];
  /** Top-level categories in menu order. */
  categories: readonly Category[];
  documents: readonly Document[];
  indicators: readonly Indicator[];
  series: ReadonlyMap<string, SeriesPoint[]>;
  schedules: readonly Schedule[];
  linkedWebsites: readonly Link[];
  /** Blocks chosen in the site settings; the default layout when empty. */
  sections: readonly Pick<HomeSectionSetting, 'kind' | 'title' | 'limit' | 'category'>[];
  /** Build time: decides "this week" and open consultations. */
  now: Date;
}

const DEFAULT_LIMITS: Record<HomeSectionKind, number> = {
  'hot-news': 5,
  'featured-news': 6,
  'latest-by-category': 4,
  'kpi-highlights': 6,
  'weekly-schedule': 5,
  'draft-consultations': 5,
  'linked-websites': 20,
};

const DEFAULT_ORDER: readonly HomeSectionKind[] = [
  'hot-news',
  'featured-news',
  'latest-by-category',
  'kpi-highlights',
  'weekly-schedule',
  'draft-consultations',
  'linked-websites',
];

function categoryBlock(input: HomeInput, category: Pick<Category, 'documentId' | 'name' | 'slug'>, limit: number, title?: string | null): HomeBlock {
  return {
    kind: 'articles',
    id: `chuyen-muc-${category.slug}`,
    title: title ?? category.name,
    articles: inCategory(input.articles, category.documentId).slice(0, limit),
    href: categoryPath(category.slug),
    moreLabel: t('home.seeAll', { category: category.name }),
  };
}

function blocksOf(input: HomeInput, setting: Pick<HomeSectionSetting, 'kind' | 'title' | 'limit' | 'category'>, index: number): HomeBlock[] {
  const limit = setting.limit ?? DEFAULT_LIMITS[setting.kind];
  const title = setting.title ?? HOME_SECTION_KIND_LABELS[setting.kind];
  const id = `khoi-${index + 1}`;
  switch (setting.kind) {
    case 'hot-news':
      return [{ kind: 'articles', id, title: setting.title ?? t('home.hot'), articles: hotArticles(input.articles, limit) }];
    case 'featured-news':
      return [{ kind: 'articles', id, title: setting.title ?? t('home.featured'), articles: featuredArticles(input.articles, limit) }];
    case 'latest-by-category':
      return setting.category
        ? [categoryBlock(input, setting.category, limit, setting.title)]
        : input.categories.map((category) => categoryBlock(input, category, limit));
    case 'kpi-highlights': {
      const items = input.indicators.flatMap((indicator) => {
        const point = latestPoint(input.series.get(indicator.documentId) ?? []);
        return point === undefined || point.value.percentOfPlan === null ? [] : [{ indicator, point }];
      });
      return [{ kind: 'kpi', id, title, items: items.slice(0, limit), href: dashboardPath(), moreLabel: t('home.kpiMore') }];
    }
    case 'weekly-schedule': {
      const week = isoWeekOf(input.now);
      const schedules = input.schedules.filter((schedule) => schedule.isoYear === week.year && schedule.isoWeek === week.week);
      return [{ kind: 'schedules', id, title, schedules: schedules.slice(0, limit), href: schedulesPath(), moreLabel: t('home.scheduleMore') }];
    }
    case 'draft-consultations': {
      const documents = input.documents.filter((document) => isOpenForComment(document, input.now));
      return [{ kind: 'drafts', id, title, documents: documents.slice(0, limit) }];
    }
    case 'linked-websites':
      return [{ kind: 'links', id, title, links: input.linkedWebsites.slice(0, limit) }];
  }
}

const isEmpty = (block: HomeBlock): boolean => {
  switch (block.kind) {
    case 'articles':
      return block.articles.length === 0;
    case 'kpi':
      return block.items.length === 0;
    case 'drafts':
      return block.documents.length === 0;
    case 'links':
      return block.links.length === 0;
    case 'schedules':
      // "This week's schedule" stays, saying that it is empty, once the portal publishes schedules at all.
      return false;
  }
};

/** The blocks of the home page in order; blocks with nothing to show are left out. */
export function homeBlocks(input: HomeInput): HomeBlock[] {
  const settings = input.sections.length > 0 ? input.sections : DEFAULT_ORDER.map((kind) => ({ kind, title: null, limit: null }));
  const blocks = settings.flatMap((setting, index) => blocksOf(input, setting, index));
  const hasSchedules = input.schedules.length > 0;
  const seen = new Set<string>();
  return blocks.filter((block) => {
    if (seen.has(block.id)) return false;
    seen.add(block.id);
    if (block.kind === 'schedules' && !hasSchedules) return false;
    return !isEmpty(block);
  });
}
