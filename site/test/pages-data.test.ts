import { describe, expect, it } from 'vitest';
import { type Article, articleSchema } from '@portal/shared-types';
import { articleBodySummary } from '../src/lib/articles/article-body.ts';
import type { StoredArticle } from '../src/lib/articles/articles.ts';
import { fileFormat, fileSize } from '../src/lib/media/files.ts';
import { legislation, serializeJsonLd } from '../src/lib/seo/json-ld.ts';
import { lastModified } from '../src/lib/seo/lastmod.ts';
import { rssFeed } from '../src/lib/feeds/rss.ts';
import { scheduleDays, scheduleFeeds, scheduleWeeks } from '../src/lib/schedules/schedules.ts';
import { buildSiteIndex } from '../src/lib/build/site-index.ts';
import { documentFixture, guidingDocument, scheduleFixture } from './support/domain-fixtures.ts';
import { makeArticles } from './support/fixtures.ts';

const conclusion = documentFixture();
const guide = guidingDocument(conclusion);

function article(index: number, text: string, related: unknown[] = []): Article {
  const entry = makeArticles(index + 1)[index]!;
  return articleSchema.parse({ ...entry, summary: text, relatedDocuments: related });
}

/** The article as the content layer stores it (src/collections.ts). */
function stored(entry: Article): StoredArticle {
  const { sections: _body, ...rest } = entry;
  return { ...rest, ...articleBodySummary(entry), sectionsFile: `/cache/${entry.documentId}.json` };
}

describe('the site index', () => {
  const citing = stored(article(0, 'Theo Kết luận số 215 - KL/TU, Đảng bộ được xếp loại xuất sắc.'));
  const related = stored(article(1, 'Không nêu số hiệu.', [guidingDocument(conclusion)]));
  const unrelated = stored(article(2, 'Tin khác.'));
  const index = buildSiteIndex({
    articles: [citing, related, unrelated],
    categories: [],
    tags: [],
    pages: [],
    organisations: [],
    people: [],
    documents: [guide, conclusion],
    congresses: [],
    indicators: [],
    reports: [],
    schedules: [],
    settings: undefined,
    units: [],
    unit: undefined,
  });

  it('lists the articles citing a document by number or relating to it', () => {
    expect(index.citingArticles.get(conclusion.documentId)?.map((item) => item.documentId)).toEqual([citing.documentId]);
    expect(index.citingArticles.get(guide.documentId)?.map((item) => item.documentId)).toEqual([related.documentId]);
  });

  it('orders the library newest first and finds documents by number and slug', () => {
    expect(index.documents.map((document) => document.slug)).toEqual(['215-kl-tu', '12-hd-btctw']);
    expect(index.documentByNumber.get('215-kl/tu')?.slug).toBe('215-kl-tu');
    expect(index.incomingRelations.get(conclusion.documentId)?.[0]?.source.slug).toBe('12-hd-btctw');
  });

  it('dates each page by its content for the sitemap', () => {
    const stamps = lastModified(index);
    expect(stamps['/van-ban/215-kl-tu/']).toBe(conclusion.updatedAt);
    expect(stamps['/tin-tuc/']).toBe(citing.updatedAt);
  });
});

describe('structured data and feeds', () => {
  it('serialises JSON-LD so no text can close the script element', () => {
    const json = serializeJsonLd({ name: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('</script>');
    expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script>' });
  });

  it('describes a document as Legislation with its identifier and legal force', () => {
    expect(legislation(conclusion, 'https://portal.example.vn/van-ban/215-kl-tu/')).toMatchObject({
      '@type': 'Legislation',
      legislationIdentifier: '215-KL/TU',
      legislationDate: '2021-03-25',
      legislationLegalForce: 'https://schema.org/InForce',
    });
  });

  it('writes an RSS feed with absolute links, escaped text and RFC 822 dates', () => {
    const item = article(0, 'Tóm tắt <b>đậm</b> & rõ');
    const categoryNames = new Map([[item.category!.documentId, 'Tin <địa phương>']]);
    const xml = rssFeed([item], { title: 'Cổng', description: 'Tin', site: new URL('https://portal.example.vn/'), selfPath: '/rss.xml', categoryNames });
    expect(xml).toContain(`<link>https://portal.example.vn/tin-tuc/${item.slug}/</link>`);
    expect(xml).toContain('<description>Tóm tắt &lt;b&gt;đậm&lt;/b&gt; &amp; rõ</description>');
    expect(xml).toContain('<pubDate>Wed, 28 Apr 2021 10:20:00 GMT</pubDate>');
    expect(xml).toContain('<category>Tin &lt;địa phương&gt;</category>');
  });
});

describe('schedules and files', () => {
  const schedule = scheduleFixture();

  it('groups a week by day, timed entries first, with Vietnamese weekday labels', () => {
    expect(scheduleDays(schedule).map((day) => [day.label, day.entries.map((entry) => entry.time)])).toEqual([
      ['Thứ Hai, 13/07/2020', ['07:30']],
      ['Thứ Tư, 15/07/2020', ['14:00']],
      ['Thứ Sáu, 17/07/2020', [null]],
    ]);
  });

  it('makes one week and one feed per body', () => {
    expect(scheduleWeeks([schedule]).map((week) => [week.isoYear, week.isoWeek])).toEqual([[2020, 29]]);
    expect(scheduleFeeds([schedule], 'Lịch công tác').map((feed) => [feed.slug, feed.name])).toEqual([['huyen-uy-binh-son', 'Huyện ủy Bình Sơn']]);
  });

  it('describes files by format and vi-VN size', () => {
    expect(fileFormat({ mime: 'application/pdf', name: 'a.pdf' })).toBe('PDF');
    expect(fileFormat({ mime: 'application/x-unknown', name: 'bao-cao.odt' })).toBe('ODT');
    expect(fileSize(384.12)).toBe('384 KB');
    expect(fileSize(2560)).toBe('2,5 MB');
  });
});
