/**
 * What a visitor does on the built site in a real Chromium, beyond reading the news: follows a document number cited
 * in an article, filters the document library (with and without JavaScript), searches, downloads an indicator's CSV
 * and subscribes to a schedule feed. Seed facts used: the demo article on Bình Sơn's 2020 rating cites 215-KL/TU,
 * which the library holds; the demo indicators include the district's production value (BS-GTSX).
 */
import fs from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser.ts';
import { buildAndServeSite, type ServedSite } from './built-site.ts';
import { parseCsv } from '../../site/test/support/parse-csv.ts';

const CITED_NUMBER = '215-KL/TU';
const CITING_ARTICLE = '/tin-tuc/dang-bo-huyen-binh-son-hoan-thanh-xuat-sac-nhiem-vu-nam-2020/';
const INDICATOR_NAME = 'Giá trị sản xuất (giá so sánh 2010)';

let site: ServedSite;
let browser: Browser;

beforeAll(async () => {
  site = await buildAndServeSite(inject('cms'));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** A fresh context per journey, closed even when the journey fails. */
async function withPage(options: { javaScriptEnabled: boolean }, journey: (page: Page, context: BrowserContext) => Promise<void>): Promise<void> {
  const context = await browser.newContext({ ...options, acceptDownloads: true });
  try {
    await journey(await context.newPage(), context);
  } finally {
    await context.close();
  }
}

const pathOf = (page: Page) => new URL(page.url()).pathname;
const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/** "17.711,84" (vi-VN, as the pages show numbers) → 17711.84; NaN when the cell holds no number. */
function viNumber(text: string): number {
  const match = /-?[\d.]+(?:,\d+)?/.exec(text);
  return match === null ? Number.NaN : Number(match[0].replace(/\./g, '').replace(',', '.'));
}

/** Titles of the library's documents the visitor can see. */
async function visibleDocumentTitles(page: Page): Promise<string[]> {
  return (await page.locator('main .document-list > li').filter({ visible: true }).locator('.document-title').allInnerTexts()).map(clean);
}

interface CalendarEvent {
  properties: Map<string, { params: string; value: string }>;
}

/** The VEVENTs of an unfolded iCalendar text, by property name (parameters kept apart from the value). */
function calendarEvents(unfolded: string): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  let current: CalendarEvent | undefined;
  for (const line of unfolded.split('\r\n')) {
    if (line === 'BEGIN:VEVENT') current = { properties: new Map() };
    else if (line === 'END:VEVENT' && current) {
      events.push(current);
      current = undefined;
    } else if (current) {
      const match = /^([A-Z-]+)((?:;[^:]*)?):(.*)$/.exec(line);
      if (match) current.properties.set(match[1]!, { params: match[2]!, value: match[3]! });
    }
  }
  return events;
}

const unescapeIcsText = (value: string) => value.replace(/\\n/gi, '\n').replace(/\\([,;\\])/g, '$1');

describe('a visitor on the built site', () => {
  it('follows a document number cited in an article to that document', async () => {
    await withPage({ javaScriptEnabled: false }, async (page) => {
      await page.goto(`${site.url}${CITING_ARTICLE}`);
      // The citation in the article's body (not only in its lead) is a link.
      const citation = page.locator('main article p:not(.lead)').getByRole('link', { name: CITED_NUMBER, exact: true }).first();
      expect(await citation.count()).toBe(1);
      await citation.click();
      await expect.poll(() => pathOf(page)).toMatch(/^\/van-ban\/[a-z0-9-]+\/$/);

      expect(clean(await page.locator('h1').innerText())).toContain(CITED_NUMBER);
      const numberRow = page.locator('main table.facts tr', { has: page.locator('th', { hasText: 'Số ký hiệu' }) });
      expect(clean(await numberRow.locator('td').innerText())).toBe(CITED_NUMBER);
    });
  });

  it('filters the document library by type with JavaScript, and clears the filter', async () => {
    await withPage({ javaScriptEnabled: true }, async (page) => {
      await page.goto(`${site.url}/van-ban/`);
      const everything = await visibleDocumentTitles(page);
      const directives = everything.filter((title) => title.startsWith('Chỉ thị '));
      expect(directives.length).toBeGreaterThan(0);
      expect(directives.length).toBeLessThan(everything.length);
      const conclusion = everything.find((title) => title.includes(CITED_NUMBER));
      expect(conclusion).toBeDefined();

      const form = page.getByRole('group', { name: 'Lọc văn bản' });
      await form.getByLabel('Loại văn bản').selectOption({ label: 'Chỉ thị' });
      await expect.poll(() => visibleDocumentTitles(page)).toEqual(directives);
      expect(await page.getByRole('status').filter({ hasText: 'Đang hiện' }).innerText()).toBe(`Đang hiện ${directives.length} văn bản`);
      expect(await visibleDocumentTitles(page)).not.toContain(conclusion);

      await form.getByRole('button', { name: 'Bỏ lọc' }).click();
      await expect.poll(() => visibleDocumentTitles(page)).toEqual(everything);
      expect(await page.getByRole('status').filter({ hasText: 'Đang hiện' }).innerText()).toBe(`Đang hiện ${everything.length} văn bản`);
    });
  });

  it('filters the document library by type without JavaScript, through the filter links', async () => {
    await withPage({ javaScriptEnabled: false }, async (page) => {
      await page.goto(`${site.url}/van-ban/`);
      const everything = await visibleDocumentTitles(page);
      const directives = everything.filter((title) => title.startsWith('Chỉ thị '));
      expect(directives.length).toBeGreaterThan(0);
      // The script-driven form stays hidden; the facet links do the filtering.
      expect(await page.getByRole('group', { name: 'Lọc văn bản' }).count()).toBe(0);

      const browse = page.getByRole('navigation', { name: 'Duyệt theo' });
      await browse.getByText('Loại văn bản').click();
      await browse.getByRole('link', { name: 'Chỉ thị', exact: true }).click();
      await expect.poll(() => pathOf(page)).not.toBe('/van-ban/');
      expect(clean(await page.locator('h1').innerText())).toBe('Loại văn bản: Chỉ thị');
      expect(await visibleDocumentTitles(page)).toEqual(directives);
      expect((await visibleDocumentTitles(page)).some((title) => title.includes(CITED_NUMBER))).toBe(false);

      await page.getByRole('navigation', { name: 'Duyệt theo' }).getByRole('link', { name: 'Bỏ lọc' }).click();
      await expect.poll(() => pathOf(page)).toBe('/van-ban/');
      expect(await visibleDocumentTitles(page)).toEqual(everything);
    });
  });

  it('is told, without JavaScript, that search needs it, and sees no dead filter controls', async () => {
    await withPage({ javaScriptEnabled: false }, async (page) => {
      await page.goto(`${site.url}/tim-kiem/`);
      // Emulated no-JS Chromium does not render <noscript> (a browser with scripting off does): read its markup.
      expect(await page.locator('main noscript').textContent()).toContain('Trang tìm kiếm cần JavaScript');
      expect(await page.getByRole('combobox').count()).toBe(0);
    });
  });

  it('searches without diacritics and by document number', async () => {
    await withPage({ javaScriptEnabled: true }, async (page) => {
      // Script errors and failed loads of the site's own files explain a search that never answers: show them.
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('requestfailed', (request) => {
        if (request.url().startsWith(site.url)) errors.push(`${request.url()}: ${request.failure()?.errorText}`);
      });
      // The index is held back until the first query is typed: a visitor who types at once must not lose it.
      let releaseIndex = () => {};
      const indexHeld = new Promise<void>((resolve) => (releaseIndex = resolve));
      await page.route('**/pagefind/pagefind.js', async (route) => {
        await indexHeld;
        await route.continue();
      });
      await page.goto(`${site.url}/tim-kiem/`);
      const search = async (query: string): Promise<Array<{ title: string; href: string }>> => {
        await page.getByLabel('Từ khóa hoặc số ký hiệu văn bản').fill(query);
        releaseIndex();
        // The filters appear once the search is ready.
        await page.getByRole('group', { name: 'Lọc văn bản' }).waitFor({ state: 'visible', timeout: 30_000 });
        await page.getByRole('button', { name: 'Tìm', exact: true }).click();
        const status = page.locator('#search-status');
        const answered = new RegExp(`(kết quả|Không tìm thấy kết quả) cho “${query.replace(/[/]/g, '\\/')}”`);
        await expect
          .poll(() => status.innerText(), { timeout: 30_000 })
          .toMatch(answered)
          .catch((error: Error) => {
            throw new Error(`${error.message}\nPage errors: ${errors.join(' | ') || 'none'}`);
          });
        return page.locator('#search-results > li > a').evaluateAll((links) =>
          links.map((link) => ({ title: (link.textContent ?? '').trim(), href: (link as HTMLAnchorElement).pathname })),
        );
      };

      const folded = await search('dang bo');
      expect(folded.length).toBeGreaterThan(0);
      expect(folded.some((result) => result.title.includes('Đảng bộ'))).toBe(true);
      // The top results are pages that really say "Đảng bộ" (in any case).
      for (const result of folded.slice(0, 3)) {
        const html = await (await page.request.get(`${site.url}${result.href}`)).text();
        expect(html.toLocaleLowerCase('vi'), result.href).toContain('đảng bộ');
      }

      const byNumber = await search(CITED_NUMBER);
      expect(byNumber.length).toBeGreaterThan(0);
      expect(byNumber[0]!.title).toContain(CITED_NUMBER);
      expect(byNumber[0]!.href).toMatch(/^\/van-ban\/[a-z0-9-]+\/$/);
      // The query is kept in the address, so the results can be shared.
      expect(new URL(page.url()).searchParams.get('q')).toBe(CITED_NUMBER);
    });
  });

  it('opens search without loading the filter lists, filters, and shows more results on demand', async () => {
    await withPage({ javaScriptEnabled: true }, async (page) => {
      const pagefindFiles: string[] = [];
      page.on('request', (request) => {
        const { pathname } = new URL(request.url());
        if (pathname.startsWith('/pagefind/')) pagefindFiles.push(pathname);
      });
      const filterChunks = () => pagefindFiles.filter((file) => file.startsWith('/pagefind/filter/'));
      await page.goto(`${site.url}/tim-kiem/`);
      const filters = page.getByRole('group', { name: 'Lọc văn bản' });
      await filters.waitFor({ state: 'visible', timeout: 30_000 });
      await page.waitForLoadState('networkidle');
      expect(pagefindFiles).toContain('/pagefind/pagefind.js');
      expect(filterChunks()).toEqual([]);

      // The menus are in the page (compared below with the values Pagefind holds for each filter).
      const listed = await page.locator('select[data-filter]').evaluateAll((selects) =>
        Object.fromEntries(
          selects.map((select) => [
            (select as HTMLSelectElement).dataset['filter'],
            [...(select as HTMLSelectElement).options].map((option) => option.value).filter((value) => value !== '').sort(),
          ]),
        ),
      );
      expect(Object.keys(listed).sort()).toEqual(['category', 'section', 'type', 'year']);

      // No filter: more than ten results, ten listed, the total in the status.
      const status = page.locator('#search-status');
      const items = page.locator('#search-results > li');
      const more = page.getByRole('button', { name: 'Xem thêm kết quả' });
      await page.getByLabel('Từ khóa hoặc số ký hiệu văn bản').fill('dang bo');
      await page.getByRole('button', { name: 'Tìm', exact: true }).click();
      await expect.poll(() => status.innerText(), { timeout: 30_000 }).toMatch(/^\d+ kết quả cho “dang bo”$/);
      const total = Number(/^(\d+)/.exec(await status.innerText())![1]);
      expect(total).toBeGreaterThan(10);
      expect(await items.count()).toBe(10);
      expect(filterChunks()).toEqual([]);

      // "Xem thêm kết quả" lists the next ten, moves the focus to the first of them and says how many are listed.
      await more.click();
      await expect.poll(() => items.count()).toBe(Math.min(20, total));
      expect(await page.evaluate(() => document.activeElement === document.querySelector('#search-results > li:nth-child(11) > a'))).toBe(true);
      expect(await status.innerText()).toBe(`Đang hiện ${Math.min(20, total)} trong ${total} kết quả.`);
      // Each click waits for its ten to be listed: a click on the button while it is still loading would find it
      // hidden once the last results are in.
      while (await more.isVisible()) {
        const listed = await items.count();
        await more.click();
        await expect.poll(() => items.count()).toBeGreaterThan(listed);
      }
      await expect.poll(() => items.count()).toBe(total);

      // A filtered search loads that filter's list, and every result is in the chosen section.
      await filters.locator('select[name="section"]').selectOption('Văn bản');
      await expect.poll(() => status.innerText(), { timeout: 30_000 }).toMatch(/^\d+ kết quả cho “dang bo”$/);
      expect(filterChunks().length).toBeGreaterThan(0);
      const filtered = await page.locator('#search-results > li > a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
      expect(filtered.length).toBeGreaterThan(0);
      expect(Number(/^(\d+)/.exec(await status.innerText())![1])).toBeLessThan(total);
      for (const href of filtered) expect(href).toMatch(/^\/van-ban\//);
      expect(new URL(page.url()).searchParams.get('section')).toBe('Văn bản');

      // Last, as it loads every filter list (another instance of the module, so the search's own state is untouched).
      // A string, as vitest would rewrite a dynamic import() in a function.
      const indexed = await page.evaluate(`import('/pagefind/pagefind.js?check').then(async (pagefind) =>
        Object.fromEntries(Object.entries(await pagefind.filters()).map(([name, values]) => [name, Object.keys(values).sort()])))`);
      expect(listed).toEqual(indexed);
    });
  });

  it('reads an indicator chart and downloads its figures as CSV', async () => {
    await withPage({ javaScriptEnabled: true }, async (page) => {
      await page.goto(`${site.url}/chi-tieu/`);
      await page.getByRole('link', { name: INDICATOR_NAME, exact: true }).first().click();
      await expect.poll(() => pathOf(page)).toMatch(/^\/chi-tieu\/[a-z0-9-]+\/$/);
      expect(clean(await page.locator('h1').innerText())).toBe(INDICATOR_NAME);

      // The chart is an image with a name and a description that give the figures in words.
      const chart = page.locator('main figure svg[role="img"]').first();
      expect(await chart.isVisible()).toBe(true);
      const [name, description] = await chart.evaluate((svg) =>
        (svg.getAttribute('aria-labelledby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent?.trim() ?? ''),
      );
      expect(name).toContain(INDICATOR_NAME);
      expect(description).toMatch(/thực hiện/);

      // ...and in a data table: period → actual value.
      const table = page.getByRole('table', { name: 'Số liệu qua các kỳ' });
      const shown = await table.locator('tbody tr').evaluateAll((rows) =>
        rows.map((row) => ({ period: row.querySelector('th')?.textContent?.trim() ?? '', cells: [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '') })),
      );
      expect(shown.length).toBeGreaterThan(0);
      expect(description).toContain(shown[0]!.period);

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Bảng tính CSV' }).click()]);
      expect(download.suggestedFilename()).toMatch(/\.csv$/);
      const bytes = fs.readFileSync(await download.path());
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
      const [header, ...rows] = parseCsv(text);
      expect(header).toEqual(expect.arrayContaining(['ky', 'chi_tieu', 'don_vi', 'ke_hoach', 'thuc_hien']));
      expect(rows.length).toBe(shown.length);
      const column = (row: string[], name: string) => row[header!.indexOf(name)] ?? '';
      for (const row of rows) expect(column(row, 'chi_tieu')).toBe(INDICATOR_NAME);

      // Every period on the page has its row, with the same actual value (the page writes 17.711,84, the CSV 17711.84).
      const actualIndex = await table.locator('thead th').evaluateAll((cells) => cells.findIndex((cell) => cell.textContent?.trim() === 'Thực hiện') - 1);
      expect(actualIndex).toBeGreaterThanOrEqual(0);
      for (const { period, cells } of shown) {
        const row = rows.find((candidate) => column(candidate, 'ky') === period);
        expect(row, period).toBeDefined();
        const onPage = viNumber(cells[actualIndex]!);
        if (Number.isNaN(onPage)) expect(column(row!, 'thuc_hien')).toBe('');
        else expect(Number(column(row!, 'thuc_hien'))).toBeCloseTo(onPage, 6);
      }
    });
  });

  it('subscribes to the calendar of the schedule shown this week', async () => {
    await withPage({ javaScriptEnabled: false }, async (page) => {
      await page.goto(`${site.url}/lich-cong-tac/`);
      const schedule = page.locator('main section.schedule').first();
      const heading = clean(await schedule.locator('h2').innerText());
      const entries = await schedule.locator('table tbody tr').evaluateAll((rows) =>
        rows.map((row) => ({ time: row.querySelector('th')?.textContent?.trim() ?? '', content: row.querySelector('td')?.textContent?.trim() ?? '' })),
      );
      expect(entries.length).toBeGreaterThan(0);

      // The feed named after the body whose schedule is shown ("Lịch Tỉnh ủy Quảng Ngãi (.ics)").
      const feedLinks = page.getByRole('region', { name: 'Theo dõi bằng lịch điện tử (iCalendar)' }).getByRole('link');
      const feeds = await feedLinks.evaluateAll((links) => links.map((link) => ({ name: link.textContent ?? '', href: link.getAttribute('href') ?? '' })));
      const feed = feeds.find((candidate) => {
        const body = /^Lịch (.+) \(\.ics\)$/.exec(clean(candidate.name))?.[1];
        return body !== undefined && heading.includes(body);
      });
      expect(feed, `a feed for “${heading}” among ${feeds.map((f) => f.name).join(', ')}`).toBeDefined();
      expect(feed!.href).toMatch(/\.ics$/);

      const response = await page.request.get(new URL(feed!.href, page.url()).href);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toMatch(/^text\/calendar/);
      const bytes = await response.body();
      const raw = new TextDecoder('utf-8', { fatal: true }).decode(bytes);

      // Lines end in CRLF (no bare LF or CR) and are folded at 75 octets.
      expect(raw.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
      expect(raw.endsWith('END:VCALENDAR\r\n')).toBe(true);
      expect(raw).not.toMatch(/[^\r]\n|\r[^\n]/);
      const physical = raw.slice(0, -2).split('\r\n');
      for (const line of physical) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
      // Vietnamese summaries are long: folding is exercised, not merely unnecessary.
      expect(physical.some((line) => line.startsWith(' '))).toBe(true);

      const unfolded = raw.replace(/\r\n[ \t]/g, '');
      expect(unfolded).toMatch(/\r\nVERSION:2\.0\r\n/);
      expect(unfolded.match(/^BEGIN:VEVENT$/gm)?.length).toBe(unfolded.match(/^END:VEVENT$/gm)?.length);
      const events = calendarEvents(unfolded);
      expect(events.length).toBeGreaterThan(0);
      for (const event of events) {
        expect(event.properties.get('DTSTART')?.value).toMatch(/^\d{8}(T\d{6})?$/);
        expect(event.properties.get('SUMMARY')?.value).toBeTruthy();
        expect(event.properties.get('UID')?.value).toBeTruthy();
      }

      // Every entry the page shows is in the feed, at the time the page shows.
      for (const entry of entries) {
        const matching = events.filter((event) => unescapeIcsText(event.properties.get('SUMMARY')!.value) === entry.content);
        expect(matching.length, entry.content).toBeGreaterThan(0);
        if (/^\d{2}:\d{2}$/.test(entry.time)) {
          expect(matching.some((event) => event.properties.get('DTSTART')!.value.includes(`T${entry.time.replace(':', '')}00`)), entry.content).toBe(true);
        }
      }
    });
  });
});
