import { describe, expect, it } from 'vitest';
import {
  DISCLOSURE_ITEMS,
  informationRequestDueDate,
  informationRequestReference,
  isInformationRequestReference,
  isOutageNoticeCurrent,
  missingDisclosureItems,
} from '../src/index.js';

describe('information requests', () => {
  it.each<[string, string]>([
    ['2026-12-07', '2026-12-28'], // Monday → three weeks later
    ['2026-12-05', '2026-12-25'], // received on a Saturday: counted from the next working days
    ['2025-01-20', '2025-02-17'], // Tết Ất Tỵ (27/01–31/01/2025 off) in between
    ['2025-04-21', '2025-05-14'], // 30/4, 1/5 and the swapped 2/5/2025 off; Saturday 26/4 worked
  ])('received on %s, answered by %s (15 working days)', (received, due) => {
    expect(informationRequestDueDate(received)).toBe(due);
  });

  it('numbers requests TT-<year>-<id>', () => {
    expect(informationRequestReference(2026, 42)).toBe('TT-2026-000042');
    expect(informationRequestReference(2026, 1_234_567)).toBe('TT-2026-1234567');
    expect(isInformationRequestReference('TT-2026-000042')).toBe(true);
    for (const value of ['TT-2026-42', 'tt-2026-000042', 'TT-2026-000042<script>', ' TT-2026-000042']) {
      expect(isInformationRequestReference(value), value).toBe(false);
    }
  });
});

describe('missingDisclosureItems', () => {
  it('lists the items with nothing linked, in order, never the list itself', () => {
    expect(missingDisclosureItems({}).map((item) => item.key)).toEqual(DISCLOSURE_ITEMS.map((item) => item.key).filter((key) => key !== 'disclosure-list'));
    expect(missingDisclosureItems({ 'legal-documents': 2, 'financial-report': 0, 'policy-guidance': 1 }).map((item) => item.key)).toEqual([
      'strategies-plans',
      'investment-procurement',
      'organisation-contacts',
      'financial-report',
    ]);
  });
});

describe('isOutageNoticeCurrent', () => {
  it('is true until the window ends', () => {
    const notice = { endsAt: '2026-12-16T03:00:00.000Z' };
    expect(isOutageNoticeCurrent(notice, new Date('2026-12-16T02:59:59Z'))).toBe(true);
    expect(isOutageNoticeCurrent(notice, new Date('2026-12-16T03:00:00Z'))).toBe(false);
  });
});
