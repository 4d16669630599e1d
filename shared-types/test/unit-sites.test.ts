import { describe, expect, it } from 'vitest';
import {
  type UnitRef,
  findFormerNames,
  formerNames,
  isPortalOfProvince,
  platformOrigin,
  servingUnits,
  syndicationStateOf,
  unitSiteUrl,
  unitsAffectedBy,
  unitSchema,
} from '../src/index.js';

const unit = (documentId: string, kind: string, extra: Partial<UnitRef> = {}): UnitRef => ({
  documentId,
  slug: documentId,
  name: `Đơn vị ${documentId}`,
  kind,
  state: 'active',
  ...extra,
});

const province = unit('tinh', 'province-party-committee', { hostname: 'quangngai.gov.vn', organisation: { documentId: 'o-tinh' } });
const binhSon = unit('binh-son', 'commune-party-committee', {
  name: 'Đảng ủy xã Bình Sơn',
  parent: { documentId: 'tinh' },
  hostname: 'binhson.quangngai.gov.vn',
  organisation: { documentId: 'o-binh-son' },
});
const dongSon = unit('dong-son', 'commune-people-committee', { name: 'UBND xã Đông Sơn', parent: { documentId: 'tinh' }, pathPrefix: '/xa/dong-son/' });
const archive = unit('huyen-cu', 'dissolved-district-archive', {
  name: 'Huyện ủy Bình Sơn (lưu trữ)',
  shortName: 'Huyện Bình Sơn',
  state: 'archived',
  parent: { documentId: 'tinh' },
  successors: [{ documentId: 'binh-son' }, { documentId: 'dong-son' }],
});
const units = [province, binhSon, dongSon, archive];

describe('unit site URLs', () => {
  it('uses the hostname, else the prefix on the platform origin', () => {
    expect(unitSiteUrl(binhSon)).toBe('https://binhson.quangngai.gov.vn/');
    expect(platformOrigin(units)).toBe('https://quangngai.gov.vn');
    expect(unitSiteUrl(dongSon, platformOrigin(units))).toBe('https://quangngai.gov.vn/xa/dong-son/');
    expect(unitSiteUrl(dongSon)).toBeNull();
    expect(platformOrigin([dongSon], 'http://127.0.0.1:4321/abc/')).toBe('http://127.0.0.1:4321');
  });

  it('resolves prefixes from the current site: on its own origin when it is served under a prefix, else its root’s host', () => {
    // Another province's root on the same platform does not capture this province's prefixes.
    const other = unit('tinh-khac', 'province-party-committee', { name: 'A tỉnh khác', hostname: 'khac.gov.vn' });
    const all = [other, ...units];
    expect(platformOrigin(all, 'https://binhson.quangngai.gov.vn/', binhSon)).toBe('https://quangngai.gov.vn');
    expect(platformOrigin(all, 'http://127.0.0.1:4321/xa/dong-son/', dongSon)).toBe('http://127.0.0.1:4321');
  });

  it('knows which site is the provincial portal', () => {
    expect(isPortalOfProvince(province, units)).toBe(true);
    expect(isPortalOfProvince(binhSon, units)).toBe(false);
    // A single-unit install: its only root unit is the portal.
    expect(isPortalOfProvince(unit('only', 'agency'), [unit('only', 'agency')])).toBe(true);
  });

  it('follows successors of archived units to the active ones', () => {
    const older = unit('cu-hon', 'dissolved-district-archive', { state: 'archived', successors: [{ documentId: 'huyen-cu' }] });
    expect(servingUnits(older, [...units, older]).map((each) => each.documentId)).toEqual(['binh-son', 'dong-son']);
    expect(servingUnits(binhSon, units)).toEqual([binhSon]);
  });
});

describe('former names', () => {
  const organisations = [
    { documentId: 'o-binh-son', name: 'Đảng bộ xã Bình Sơn' },
    { documentId: 'o-binh-thanh', name: 'Đảng bộ xã Bình Thạnh', shortName: 'Xã Bình Thạnh', activeUntil: '2025-06-30', mergedInto: { documentId: 'o-binh-son' } },
    // Merged twice: Bình Đông → Bình Thạnh → Bình Sơn.
    { documentId: 'o-binh-dong', name: 'Xã Bình Đông', activeUntil: '2020-01-01', mergedInto: { documentId: 'o-binh-thanh' } },
    // Merged into something no unit serves: left out.
    { documentId: 'o-lost', name: 'Xã Lạc', mergedInto: { documentId: 'nowhere' } },
  ];
  const names = formerNames(organisations, units);

  it('leads every former commune and dissolved district to the unit that serves it now', () => {
    expect(names.map((entry) => [entry.name, entry.units.map((each) => each.documentId)])).toEqual([
      ['Đảng bộ xã Bình Thạnh', ['binh-son']],
      ['Huyện Bình Sơn', ['binh-son', 'dong-son']],
      ['Huyện ủy Bình Sơn (lưu trữ)', ['binh-son', 'dong-son']],
      ['Xã Bình Đông', ['binh-son']],
      ['Xã Bình Thạnh', ['binh-son']],
    ]);
    expect(new Set(names.map((entry) => entry.anchor)).size).toBe(names.length);
    expect(names.find((entry) => entry.name === 'Xã Bình Đông')!.anchor).toBe('ten-cu-xa-binh-dong');
  });

  it('is found without accents and with d for đ', () => {
    expect(findFormerNames(names, 'binh dong').map((entry) => entry.name)).toEqual(['Xã Bình Đông']);
    expect(findFormerNames(names, 'XÃ  BÌNH THẠNH').map((entry) => entry.name)).toEqual(['Đảng bộ xã Bình Thạnh', 'Xã Bình Thạnh']);
    expect(findFormerNames(names, '   ')).toEqual([]);
  });
});

describe('unitsAffectedBy', () => {
  const ids = (list: UnitRef[]) => list.map((each) => each.documentId).sort();

  it('is the own unit for an article that is not syndicated', () => {
    expect(ids(unitsAffectedBy({ after: { unit: 'binh-son', syndicatedTo: ['dong-son'] } }, units))).toEqual(['binh-son']);
  });

  it('adds the chosen communes, or every active commune, for a provincial article', () => {
    expect(ids(unitsAffectedBy({ after: { unit: 'tinh', syndicatedTo: ['dong-son'] } }, units))).toEqual(['dong-son', 'tinh']);
    expect(ids(unitsAffectedBy({ after: { unit: 'tinh', syndicateToAll: true } }, units))).toEqual(['binh-son', 'dong-son', 'tinh']);
  });

  it('reads the state of an entry as the CMS sends it', () => {
    const state = syndicationStateOf({ unit: { documentId: 'tinh' }, syndicatedTo: [{ documentId: 'binh-son' }, 'dong-son'], syndicateToAll: null });
    expect(state).toEqual({ unit: 'tinh', syndicatedTo: ['binh-son', 'dong-son'], syndicateToAll: false });
    expect(ids(unitsAffectedBy({ after: state }, units))).toEqual(['binh-son', 'dong-son', 'tinh']);
    expect(syndicationStateOf({})).toEqual({ unit: null, syndicatedTo: [], syndicateToAll: false });
  });

  it('covers the sites before and after a change (a commune dropped loses the article)', () => {
    expect(ids(unitsAffectedBy({ before: { unit: 'tinh', syndicatedTo: ['binh-son'] }, after: { unit: 'tinh', syndicatedTo: [] } }, units))).toEqual([
      'binh-son',
      'tinh',
    ]);
    expect(ids(unitsAffectedBy({ before: { unit: 'tinh', syndicateToAll: true }, after: null }, units))).toEqual(['binh-son', 'dong-son', 'tinh']);
  });
});

describe('unit schema', () => {
  it('reads a unit of the public API, empty lists for absent components', () => {
    const parsed = unitSchema.parse({
      id: 1,
      documentId: 'abc',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      publishedAt: null,
      name: 'Xã A',
      slug: 'xa-a',
      kind: 'commune-party-committee',
      state: 'archived',
      dissolvedOn: '2025-07-01',
      successors: [],
    });
    expect(parsed).toMatchObject({ linkedWebsites: [], homeSections: [], successors: [], dissolvedOn: '2025-07-01' });
  });
});
