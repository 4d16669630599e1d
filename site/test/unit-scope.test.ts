import { afterEach, describe, expect, it, vi } from 'vitest';
import { readPortalUnit } from '../src/loaders/config.ts';
import { StrapiConfigError } from '../src/loaders/errors.ts';
import { buildUnit, unitScopedQuery } from '../src/loaders/strapi-loader.ts';
import type { StrapiClient } from '../src/loaders/strapi-client.ts';
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

describe('the unit of a build without PORTAL_UNIT', () => {
  afterEach(() => vi.unstubAllEnvs());
  const client = (answer: () => Promise<unknown>) => {
    const fetchSingle = vi.fn((_request: unknown) => answer());
    return { client: { fetchSingle, fetchCollection: vi.fn() } as unknown as StrapiClient, fetchSingle };
  };

  it('is the unit the site settings belong to, asked once per CMS', async () => {
    vi.stubEnv('PORTAL_UNIT', '');
    const cms = client(async () => ({ documentId: 's', unit: { documentId: 'u', slug: 'don-vi-mac-dinh' } }));
    expect(await buildUnit(cms.client, 'http://cms-a.test')).toBe('don-vi-mac-dinh');
    expect(await buildUnit(cms.client, 'http://cms-a.test')).toBe('don-vi-mac-dinh');
    expect(cms.fetchSingle).toHaveBeenCalledTimes(1);
    expect(cms.fetchSingle.mock.calls[0]![0]).toMatchObject({ endpoint: '/api/site-setting', query: { populate: { unit: { fields: ['slug'] } } } });
  });

  it('is PORTAL_UNIT when set, and none for a CMS without units or settings', async () => {
    vi.stubEnv('PORTAL_UNIT', 'xa-van-tuong');
    const named = client(async () => ({ unit: { slug: 'khac' } }));
    expect(await buildUnit(named.client, 'http://cms-b.test')).toBe('xa-van-tuong');
    expect(named.fetchSingle).not.toHaveBeenCalled();
    vi.stubEnv('PORTAL_UNIT', '');
    expect(await buildUnit(client(async () => ({ documentId: 's' })).client, 'http://cms-c.test')).toBeUndefined();
    expect(await buildUnit(client(() => Promise.reject(new Error('404'))).client, 'http://cms-d.test')).toBeUndefined();
  });
});
