import { documentNumberKey, isValidIsoWeek, isoWeekRange, parseDocumentNumber } from '@portal/shared-types';
import { describe, expect, it } from 'vitest';
import { generateArticles, generateDocuments, generateReports, generateSchedules } from '../bench/corpus.ts';
import { corpusCounts } from '../bench/load-corpus.ts';

const unique = (values: string[]) => new Set(values).size;

describe('benchmark corpus', () => {
  it('is the same for the same seed and different for another', () => {
    expect(generateArticles(50, ['tin-tuc', 'thoi-su'], 7)).toEqual(generateArticles(50, ['tin-tuc', 'thoi-su'], 7));
    expect(generateDocuments(50, 7)).toEqual(generateDocuments(50, 7));
    expect(generateReports(20, 7)).toEqual(generateReports(20, 7));
    expect(generateSchedules(20, 7)).toEqual(generateSchedules(20, 7));
    expect(generateDocuments(50, 8).map((d) => d.subject)).not.toEqual(generateDocuments(50, 7).map((d) => d.subject));
  });

  it('gives every article a unique slug', () => {
    const articles = generateArticles(10_000, ['tin-tuc']);
    expect(unique(articles.map((a) => a.slug))).toBe(10_000);
  });

  it('gives 2,000 documents numbers that parse and are unique per numbering period, as the CMS requires', () => {
    const documents = generateDocuments(2_000);
    const keys = documents.map((document) => {
      const parsed = parseDocumentNumber(document.rawNumber);
      if (!parsed.ok) throw new Error(`${document.rawNumber}: ${parsed.error}`);
      expect(parsed.value.normalized).toBe(document.rawNumber);
      expect(parsed.value.system).toBe(document.system);
      // Party numbers restart each term, State numbers each year of issue (legal-document-rule's numberingPeriod).
      const period = document.term ?? document.issuedDate.slice(0, 4);
      if (document.term !== null) {
        expect(document.issuedDate >= `${document.term.slice(0, 4)}-01-01` && document.issuedDate <= `${document.term.slice(5)}-12-31`).toBe(true);
      }
      return documentNumberKey(parsed.value, period);
    });
    expect(unique(keys)).toBe(2_000);
    expect(unique(documents.map((d) => d.slug))).toBe(2_000);
    expect(new Set(documents.map((d) => d.system))).toEqual(new Set(['party', 'state']));
    // The seed's own numbers stay free: none of its type/issuer pairs is generated.
    expect(documents.some((d) => /-(KL|QĐ)\/TU$|-(QĐ|NQ|BC|TB)\/HU$/.test(d.rawNumber))).toBe(false);
  });

  it('writes Vietnamese with composed diacritics', () => {
    const text = [...generateDocuments(30).map((d) => d.subject), ...generateSchedules(10).map((s) => s.title)].join(' ');
    expect(text).toBe(text.normalize('NFC'));
    expect(text).toMatch(/[ạảãàáâậầấẩẫăắằặẳẵđêếềệểễôốồộổỗơớờợởỡưứừựửữ]/);
  });

  it('reports real periods on distinct indicators with positive plans, one report per place and period', () => {
    const reports = generateReports(200, 2024, 40);
    expect(unique(reports.map((r) => r.slug))).toBe(200);
    for (const report of reports) {
      expect(report.quarter === null).toBe(report.period !== 'quarter');
      expect(report.reportDate.startsWith(String(report.year))).toBe(true);
      const indicators = report.values.map((v) => v.indicatorIndex);
      expect(unique(indicators.map(String))).toBe(indicators.length);
      expect(indicators.every((i) => i >= 0 && i < 40)).toBe(true);
      expect(report.values.every((v) => v.plan > 0 && v.actual > 0 && v.previous > 0)).toBe(true);
    }
  });

  it('puts every schedule entry inside its ISO week, one schedule per owner and week', () => {
    const schedules = generateSchedules(200);
    expect(unique(schedules.map((s) => s.slug))).toBe(200);
    for (const schedule of schedules) {
      expect(isValidIsoWeek(schedule.isoYear, schedule.isoWeek)).toBe(true);
      const { start, end } = isoWeekRange(schedule.isoYear, schedule.isoWeek);
      expect(schedule.entries.length).toBeGreaterThanOrEqual(3);
      expect(schedule.entries.every((entry) => entry.day >= start && entry.day <= end && /^\d{2}:\d{2}$/.test(entry.time))).toBe(true);
    }
  });

  it('sizes the corpus from the article count as DESIGN §6 does', () => {
    expect(corpusCounts(10_000)).toEqual({ articles: 10_000, documents: 2_000, reports: 200, schedules: 100 });
    expect(corpusCounts(300)).toEqual({ articles: 300, documents: 60, reports: 6, schedules: 3 });
  });
});
