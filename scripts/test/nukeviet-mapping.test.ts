import { describe, expect, it } from 'vitest';
import { canonicalLegacyQueryPath, isLegacyQueryPath, legacyQueryKey } from '@portal/shared-types';
import { articleStatus, calendarDate, linkedArticle, oldArticleUrls, oldCategoryUrls, oldLawUrls, oldModuleUrls, oldTagUrls, slugOfAlias } from '../import/nukeviet/mapping.ts';
import { sanitizeBody } from '../import/nukeviet/sanitize.ts';
import { htmlToSections } from '../import/nukeviet/sections.ts';

const urls = { lang: 'vi', newsModule: 'news', lawsModule: 'laws' };

describe('NukeViet body sanitising', () => {
  it('drops scripts, handlers, javascript: URLs, styles and unknown tags, keeps structure, and says what went', () => {
    const { html, removed } = sanitizeBody(
      `<p style="color:red" onclick="alert(1)">Mở đầu<script>alert('x')</script></p><img src="/a.png" onerror="alert(2)" alt="Ảnh">` +
        `<a href="javascript:alert(3)">độc</a><a href="https://vnu.example/">tốt</a><iframe src="https://evil/"></iframe><marquee>Chạy</marquee>` +
        `<table><tr><td>Ô</td></tr></table>`,
    );
    expect(html).not.toMatch(/script|onclick|onerror|style|javascript|iframe|marquee|alert/i);
    expect(html).toContain('<img src="/a.png" alt="Ảnh" />');
    expect(html).toContain('<a href="https://vnu.example/">tốt</a>');
    expect(html).toContain('<table><tr><td>Ô</td></tr></table>');
    expect(html).toContain('Chạy'); // unknown tag dropped, its text kept
    expect(removed).toEqual(expect.arrayContaining(['tag <script>', 'attribute onclick', 'attribute style', 'attribute onerror', 'javascript: URL', 'tag <iframe>', 'tag <marquee>']));
  });

  it('stores decomposed Vietnamese as NFC', () => {
    const { html } = sanitizeBody(`<p>${'Bình Hòa'.normalize('NFD')}</p>`);
    expect(html).toBe('<p>Bình Hòa</p>');
  });
});

describe('HTML → article sections', () => {
  it('makes rich text, image and table sections and rewrites links', () => {
    const images: string[] = [];
    const sections = htmlToSections(
      '<h2>Kết quả</h2><p>Đạt <strong>xuất sắc</strong><img src="/uploads/x.png" alt="X"> sau ảnh <a href="/old">bài</a></p><table><tr><th>A</th></tr><tr><td>1</td></tr></table><ul><li>Một</li></ul>',
      { image: ({ src }) => (images.push(src), 7), link: (href) => (href === '/old' ? '/tin-tuc/moi/' : href) },
    );
    expect(images).toEqual(['/uploads/x.png']);
    expect(sections.map((s) => s.__component)).toEqual(['sections.rich-text', 'sections.image', 'sections.rich-text', 'sections.table', 'sections.rich-text']);
    expect(sections[0]).toEqual({
      __component: 'sections.rich-text',
      body: [
        { type: 'heading', level: 2, children: [{ type: 'text', text: 'Kết quả' }] },
        { type: 'paragraph', children: [{ type: 'text', text: 'Đạt ' }, { type: 'text', text: 'xuất sắc', bold: true }] },
      ],
    });
    expect(sections[1]).toEqual({ __component: 'sections.image', image: 7, caption: 'X' });
    expect(JSON.stringify(sections[2])).toContain('"url":"/tin-tuc/moi/"');
    expect(sections[3]).toEqual({ __component: 'sections.table', rows: [['A'], ['1']] });
  });

  it('leaves out an image whose file is missing', () => {
    const sections = htmlToSections('<p>Chữ</p><img src="/gone.jpg">', { image: () => null, link: (h) => h });
    expect(sections).toHaveLength(1);
  });
});

describe('NukeViet values', () => {
  const now = 1_800_000_000;
  it('reads statuses as NukeViet shows them', () => {
    expect(articleStatus({ status: 1, publtime: now - 10, exptime: 0 }, now)).toBe('published');
    expect(articleStatus({ status: 1, publtime: now + 10, exptime: 0 }, now)).toBe('scheduled');
    expect(articleStatus({ status: 1, publtime: now - 10, exptime: now - 1 }, now)).toBe('expired');
    expect(articleStatus({ status: 0, publtime: now - 10, exptime: 0 }, now)).toBe('pending');
  });
  it('takes calendar dates in the old site time zone', () => {
    // 2021-03-24T17:30Z is already 25/03 in Hà Nội.
    expect(calendarDate(Date.parse('2021-03-24T17:30:00Z') / 1000)).toBe('2021-03-25');
  });
  it('recognises links to old articles in both URL forms, and lists old addresses', () => {
    expect(linkedArticle('/news/tin-tuc/dai-hoi-2.html', urls)).toEqual({ alias: 'dai-hoi', id: 2 });
    expect(linkedArticle('http://x.vn/vi/news/tin-tuc/dai-hoi-2.html', urls)).toEqual({ alias: 'dai-hoi', id: 2 });
    expect(linkedArticle('http://x.vn/index.php?language=vi&amp;nv=news&amp;op=kinh-te/sap-xep-3', urls)).toEqual({ alias: 'sap-xep', id: 3 });
    expect(linkedArticle('https://other.vn/tin/abc', urls)).toBeNull();
    expect(oldArticleUrls(urls, ['tin-tuc'], 'dai-hoi', 2)).toEqual(['/news/tin-tuc/dai-hoi-2.html', '/vi/news/tin-tuc/dai-hoi-2.html', '/index.php?language=vi&nv=news&op=tin-tuc/dai-hoi-2']);
    expect(slugOfAlias('Đại-Hội')).toBe('dai-hoi');
  });

  it('writes each query-string form as the canonical address the servers look a request up by', () => {
    const o = { lang: 'vi', newsModule: 'news', lawsModule: 'laws' };
    const queries = [
      ...oldArticleUrls(o, ['tin-tuc'], 'dai-hoi', 2),
      ...oldCategoryUrls(o, 'tin-tuc'),
      ...oldTagUrls(o, 'binh-son'),
      ...oldLawUrls(o, '215-kl-tu-1'),
      ...oldModuleUrls(o, 'news'),
    ].filter(isLegacyQueryPath);
    expect(queries).toHaveLength(5);
    for (const query of queries) {
      expect(canonicalLegacyQueryPath(query), query).toBe(query);
      expect(legacyQueryKey('/index.php', `?${query.split('?')[1]!.split('&').reverse().join('&')}`), query).toBe(query);
    }
  });
});
