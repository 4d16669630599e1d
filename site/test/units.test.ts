import { describe, expect, it } from 'vitest';
import { type Unit, unitSchema } from '@portal/shared-types';
import { settingsFixture } from './support/domain-fixtures.ts';
import { inheritedQuery, unitScopedQuery } from '../src/loaders/strapi-loader.ts';
import {
  acceptsParticipation,
  archiveBanner,
  hasUnitDirectory,
  otherUnitBundles,
  predecessorsOf,
  resolveCurrentUnit,
  showsArticle,
  syndicatedFrom,
  unitDirectory,
  unitSettings,
} from '../src/lib/units/units.ts';

const stamp = '2026-01-01T00:00:00.000Z';
let nextId = 1;
function unit(slug: string, kind: string, extra: Record<string, unknown> = {}): Unit {
  return unitSchema.parse({ id: nextId++, documentId: `doc-${slug}`, createdAt: stamp, updatedAt: stamp, publishedAt: null, name: `Đơn vị ${slug}`, slug, kind, state: 'active', ...extra });
}
const ref = (slug: string) => ({ id: 1, documentId: `doc-${slug}`, createdAt: stamp, updatedAt: stamp, publishedAt: null, name: slug, slug, kind: 'agency' as const, state: 'active' as const });

const province = unit('tinh-uy', 'province-party-committee', { hostname: 'quangngai.gov.vn', portalName: 'Cổng Tỉnh ủy' });
const binhSon = unit('binh-son', 'commune-party-committee', { name: 'Đảng ủy xã Bình Sơn', hostname: 'binhson.quangngai.gov.vn', parent: ref('tinh-uy') });
const dongSon = unit('dong-son', 'commune-people-committee', { name: 'UBND xã Đông Sơn', pathPrefix: '/xa/dong-son/', parent: ref('tinh-uy') });
const archive = unit('huyen-binh-son', 'dissolved-district-archive', {
  name: 'Huyện ủy Bình Sơn',
  state: 'archived',
  dissolvedOn: '2025-07-01',
  dissolutionDecision: 'Nghị quyết số 1656/NQ-UBTVQH15',
  parent: ref('tinh-uy'),
  pathPrefix: '/luu-tru/binh-son/',
  successors: [ref('binh-son')],
});
const units = [province, binhSon, dongSon, archive];
const site = 'http://127.0.0.1:4321/';

describe('the current unit', () => {
  it('is PORTAL_UNIT, else the only unit, else the settings’ unit', () => {
    expect(resolveCurrentUnit(units, 'binh-son')).toBe(binhSon);
    expect(resolveCurrentUnit(units, 'khong-co')).toBeUndefined();
    expect(resolveCurrentUnit([province], undefined)).toBe(province);
    expect(resolveCurrentUnit(units, undefined, { documentId: 'doc-dong-son' })).toBe(dongSon);
    expect(resolveCurrentUnit(units, undefined)).toBeUndefined();
  });

  it('takes the unit’s own settings and falls back to the site settings for what it leaves empty', () => {
    const base = settingsFixture();
    const merged = unitSettings(unit('x', 'commune-party-committee', { portalName: 'Cổng xã X', phone: '0255 111', linkedWebsites: [] }), base)!;
    expect(merged.portalName).toBe('Cổng xã X');
    expect(merged.phone).toBe('0255 111');
    expect(merged.email).toBe(base.email);
    expect(merged.linkedWebsites).toEqual(base.linkedWebsites);
    expect(unitSettings(undefined, base)).toBe(base);
    // Neither gives a portal name: nothing to merge.
    expect(unitSettings(unit('y', 'agency'), undefined)).toBeUndefined();
  });
});

describe('syndicated articles', () => {
  const own = { slug: 'tin-xa', unit: ref('binh-son'), syndicatedTo: [], syndicateToAll: false };
  const chosen = { slug: 'tin-tinh', unit: ref('tinh-uy'), syndicatedTo: [ref('binh-son')], syndicateToAll: false };
  const toAll = { slug: 'tin-chung', unit: ref('tinh-uy'), syndicatedTo: [], syndicateToAll: true };
  const fromCommune = { slug: 'tin-dong-son', unit: ref('dong-son'), syndicatedTo: [ref('binh-son')], syndicateToAll: true };

  it('shows own articles, provincial ones syndicated to the unit, and never a commune’s', () => {
    expect(showsArticle(own, binhSon, units)).toBe(true);
    expect(showsArticle(chosen, binhSon, units)).toBe(true);
    expect(showsArticle(chosen, dongSon, units)).toBe(false);
    expect(showsArticle(toAll, dongSon, units)).toBe(true);
    expect(showsArticle(fromCommune, binhSon, units)).toBe(false);
    // Syndication to all means communes, not the other provincial units or archives.
    expect(showsArticle(toAll, archive, units)).toBe(false);
  });

  it('links a copy to the original on the original unit’s site', () => {
    expect(syndicatedFrom(chosen, binhSon, units, site)).toEqual({ unitName: province.name, url: 'https://quangngai.gov.vn/tin-tuc/tin-tinh/' });
    expect(syndicatedFrom(own, binhSon, units, site)).toBeNull();
  });

  it('adds the syndication alternatives to the articles’ unit filter only', () => {
    expect(unitScopedQuery({ sort: ['date:desc'] }, true, 'binh-son', true)).toEqual({
      sort: ['date:desc'],
      filters: { $or: [{ unit: { slug: { $eq: 'binh-son' } } }, { syndicatedTo: { slug: { $eq: 'binh-son' } } }, { syndicateToAll: { $eq: true } }] },
    });
    expect(unitScopedQuery(undefined, true, undefined, true)).toBeUndefined();
  });
});

describe('archives', () => {
  it('puts a banner with date, decision and successor links on an archived unit’s site', () => {
    expect(archiveBanner(archive, units, site, 'Ghi chú')).toEqual({
      unitName: 'Huyện ủy Bình Sơn',
      dissolvedOn: '2025-07-01',
      decision: 'Nghị quyết số 1656/NQ-UBTVQH15',
      notice: 'Ghi chú',
      successors: [{ name: 'Đảng ủy xã Bình Sơn', url: 'https://binhson.quangngai.gov.vn/' }],
    });
    expect(archiveBanner(binhSon, units, site)).toBeNull();
  });

  it('takes no visitor input on an archive', () => {
    expect(acceptsParticipation(archive)).toBe(false);
    expect(acceptsParticipation(binhSon)).toBe(true);
    expect(acceptsParticipation(undefined)).toBe(true);
  });

  it('lets a successor list the archive’s documents', () => {
    expect(predecessorsOf(binhSon, units)).toEqual([archive]);
    expect(predecessorsOf(dongSon, units)).toEqual([]);
    expect(inheritedQuery({ sort: ['issuedDate:desc'] }, 'binh-son').filters).toEqual({
      unit: { state: { $eq: 'archived' }, successors: { slug: { $eq: 'binh-son' } } },
    });
    expect(inheritedQuery(undefined, undefined).filters).toEqual({ documentId: { $null: true } });
  });
});

describe('the provincial portal', () => {
  it('alone carries the directory of units', () => {
    expect(hasUnitDirectory(province, units)).toBe(true);
    expect(hasUnitDirectory(binhSon, units)).toBe(false);
    expect(hasUnitDirectory(province, [province])).toBe(false);
  });

  it('groups the directory by kind, linking each site and marking archives', () => {
    const groups = unitDirectory(units, site, province);
    expect(groups.map((group) => group.label)).toEqual(['Tỉnh ủy', 'Đảng ủy xã, phường', 'UBND xã, phường', 'Lưu trữ huyện đã giải thể']);
    expect(groups[3]!.units).toEqual([{ unit: archive, url: 'https://quangngai.gov.vn/luu-tru/binh-son/', archived: true }]);
  });

  it('searches the other active units’ bundles province-wide', () => {
    expect(otherUnitBundles(province, units, site)).toEqual([
      { name: 'Đảng ủy xã Bình Sơn', bundle: 'https://binhson.quangngai.gov.vn/pagefind/' },
      { name: 'UBND xã Đông Sơn', bundle: 'https://quangngai.gov.vn/xa/dong-son/pagefind/' },
    ]);
  });
});
