import { describe, expect, it } from 'vitest';
import { type Article, articleSchema, type Category, categorySchema } from '@portal/shared-types';
import { newestFirst } from '../src/lib/articles/articles.ts';
import { menuCategories } from '../src/lib/articles/categories.ts';
import { type HomeBlock, homeBlocks } from '../src/lib/home/home.ts';
import { seriesByIndicator } from '../src/lib/kpi/kpi-series.ts';
import { documentFixture, reportFixture, scheduleFixture, settingsFixture } from './support/domain-fixtures.ts';
import { categoryEntries, makeArticles } from './support/fixtures.ts';

const categories: Category[] = menuCategories(categoryEntries().map((entry) => categorySchema.parse(entry)));
const articles: Article[] = newestFirst(makeArticles(12).map((entry) => articleSchema.parse(entry)));
const report = reportFixture();
const indicators = report.values.flatMap((value) => (value.indicator ? [{ ...value.indicator, organisation: null }] : []));
const schedule = scheduleFixture();
const draft = documentFixture({ validity: 'draft-for-comment', issuedDate: null, commentOpensAt: '2020-07-01T00:00:00.000Z', commentClosesAt: '2020-07-31T00:00:00.000Z' });

const input = (overrides: Partial<Parameters<typeof homeBlocks>[0]> = {}) => ({
  articles,
  categories,
  documents: [draft],
  indicators,
  series: seriesByIndicator([report]),
  schedules: [schedule],
  linkedWebsites: settingsFixture().linkedWebsites,
  sections: [],
  now: new Date('2020-07-15T03:00:00Z'),
  ...overrides,
});
const summary = (blocks: HomeBlock[]) => blocks.map((block) => `${block.kind}:${block.title}`);

describe('home page blocks', () => {
  it('shows hot, featured, categories, KPI, this week, open drafts and links by default', () => {
    const blocks = homeBlocks(input());
    expect(summary(blocks)).toEqual([
      'articles:Tin nóng',
      'articles:Tin tiêu điểm',
      'articles:Kinh tế - Xã hội',
      'kpi:Chỉ tiêu nổi bật',
      'schedules:Lịch công tác tuần này',
      'drafts:Dự thảo đang lấy ý kiến',
      'links:Website liên kết',
    ]);
    const schedules = blocks.find((block) => block.kind === 'schedules');
    expect(schedules?.kind === 'schedules' && schedules.schedules.map((item) => item.isoWeek)).toEqual([29]);
  });

  it('follows the order, titles and limits of the site settings, leaving out empty blocks', () => {
    const sections = [
      { kind: 'hot-news' as const, title: null, limit: 2 },
      { kind: 'featured-news' as const, title: 'Tiêu điểm tuần', limit: null },
      // A category without articles: left out.
      ...settingsFixture().homeSections.filter((section) => section.kind === 'latest-by-category'),
    ];
    const blocks = homeBlocks(input({ sections }));
    expect(summary(blocks)).toEqual(['articles:Tin nóng', 'articles:Tiêu điểm tuần']);
    expect(blocks[0]?.kind === 'articles' && blocks[0].articles).toHaveLength(2);
  });

  it('says this week is empty rather than hiding the block, and hides closed consultations', () => {
    const blocks = homeBlocks(input({ now: new Date('2020-09-01T00:00:00Z') }));
    const schedules = blocks.find((block) => block.kind === 'schedules');
    expect(schedules?.kind === 'schedules' && schedules.schedules).toEqual([]);
    expect(blocks.some((block) => block.kind === 'drafts')).toBe(false);
  });
});
