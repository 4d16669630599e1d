import { describe, expect, it } from 'vitest';
import { readPortalUnit } from '../src/loaders/config.ts';
import { StrapiConfigError } from '../src/loaders/errors.ts';
import { unitScopedQuery } from '../src/loaders/strapi-loader.ts';
import { COLLECTION_SOURCES } from '../src/collections.ts';

describe('the build of one unit (PORTAL_UNIT)', () => {
  it('reads a unit slug, and nothing for a single-unit install', () => {
    expect(readPortalUnit({ PORTAL_UNIT: ' binh-son ' })).toBe('binh-son');
    expect(readPortalUnit({})).toBeUndefined();
    expect(readPortalUnit({ PORTAL_UNIT: '' })).toBeUndefined();
  });

  it('refuses a value that is not a slug, naming the variable', () => {
    expect(() => readPortalUnit({ PORTAL_UNIT: 'Bình Sơn' })).toThrow(StrapiConfigError);
    expect(() => readPortalUnit({ PORTAL_UNIT: '../x' })).toThrow(/PORTAL_UNIT/);
  });

  it('filters unit-scoped types to the unit, keeping their own filters', () => {
    const query = { populate: { parent: true }, filters: { kind: { $eq: 'news' } } };
    expect(unitScopedQuery(query, true, 'binh-son')).toEqual({
      populate: { parent: true },
      filters: { $and: [{ kind: { $eq: 'news' } }, { unit: { slug: { $eq: 'binh-son' } } }] },
    });
    expect(unitScopedQuery({ sort: ['date:desc'] }, true, 'tinh-uy')).toEqual({ sort: ['date:desc'], filters: { unit: { slug: { $eq: 'tinh-uy' } } } });
  });

  it('leaves platform-wide types and single-unit builds unfiltered', () => {
    const query = { populate: { photo: true } };
    expect(unitScopedQuery(query, false, 'binh-son')).toBe(query);
    expect(unitScopedQuery(query, true, undefined)).toBe(query);
  });

  it('marks every type that carries a unit relation in the CMS', () => {
    const scoped = Object.entries(COLLECTION_SOURCES)
      .filter(([, source]) => 'unitScoped' in source && source.unitScoped)
      .map(([name]) => name)
      .sort();
    expect(scoped).toEqual([
      'articles',
      'categories',
      'congresses',
      'documents',
      'englishPage',
      'indicators',
      'informationAccess',
      'kpiReports',
      'outageNotices',
      'pages',
      'redirects',
      'schedules',
      'unitProfile',
    ]);
  });
});
