import { describe, expect, it } from 'vitest';
import {
  coveredByRecords,
  entryPath,
  expandUrlMap,
  gonePagePath,
  isEntryAddress,
  netlifyRedirects,
  nginxRedirectsConf,
  recordGone,
  recordLive,
  recordMove,
  redirectFromPathSchema,
  resolveRedirectTarget,
  toPathIn,
  sitePathSchema,
  unitEntryPath,
  unitPath,
  type UrlRecord,
} from '../src/index.js';

const pairs = (records: UrlRecord[]) => records.map((record) => [record.fromPath, record.toPath]).sort();

describe('url history', () => {
  it('knows where each kind of entry is published', () => {
    expect(entryPath('api::article.article', 'a')).toBe('/tin-tuc/a/');
    expect(entryPath('api::category.category', 'a')).toBe('/chuyen-muc/a/');
    expect(entryPath('api::organisation.organisation', 'a')).toBe('/lich-cong-tac/a.ics');
    expect(entryPath('api::person.person', 'a')).toBeNull();
  });

  it('collapses chains: A→B then B→C gives A→C and B→C', () => {
    const once = recordMove([], '/tin-tuc/a/', '/tin-tuc/b/', 'e1');
    const twice = recordMove(once, '/tin-tuc/b/', '/tin-tuc/c/', 'e1');
    expect(pairs(twice)).toEqual([
      ['/tin-tuc/a/', '/tin-tuc/c/'],
      ['/tin-tuc/b/', '/tin-tuc/c/'],
    ]);
  });

  it('never loops: moving back drops the record of the address that is live again', () => {
    const there = recordMove([], '/tin-tuc/a/', '/tin-tuc/b/', 'e1');
    const back = recordMove(there, '/tin-tuc/b/', '/tin-tuc/a/', 'e1');
    expect(pairs(back)).toEqual([['/tin-tuc/b/', '/tin-tuc/a/']]);
    for (const record of back) expect(back.some((other) => other.fromPath === record.toPath)).toBe(false);
  });

  it('a withdrawn entry takes its old addresses along, and republishing gives them back', () => {
    const moved = recordMove([], '/tin-tuc/a/', '/tin-tuc/b/', 'e1');
    const gone = recordGone(moved, '/tin-tuc/b/', 'e1');
    expect(pairs(gone)).toEqual([
      ['/tin-tuc/a/', null],
      ['/tin-tuc/b/', null],
    ]);
    expect(pairs(recordLive(gone, '/tin-tuc/b/', 'e1'))).toEqual([['/tin-tuc/a/', '/tin-tuc/b/']]);
    // Another entry publishing at a withdrawn address only frees that address.
    expect(pairs(recordLive(gone, '/tin-tuc/b/', 'e2'))).toEqual([['/tin-tuc/a/', null]]);
  });

  it('finds where a hand-written redirect ends and refuses loops', async () => {
    const records = recordMove([], '/a/', '/b/');
    expect(await resolveRedirectTarget('/x/', '/a/', toPathIn(records))).toBe('/b/');
    expect(await resolveRedirectTarget('/b/', '/a/', toPathIn(records))).toBe('loop');
    expect(await resolveRedirectTarget('/c/', '/c/', toPathIn(records))).toBe('loop');
    // Through a chain, to a gone address, and around a longer loop.
    const chain = recordGone(recordMove(recordMove([], '/a/', '/b/'), '/b/', '/c/'), '/d/');
    expect(await resolveRedirectTarget('/x/', '/a/', toPathIn(chain))).toBe('/c/');
    expect(await resolveRedirectTarget('/x/', '/d/', toPathIn(chain))).toBeNull();
    expect(await resolveRedirectTarget('/c/', '/a/', toPathIn(chain))).toBe('loop');
  });

  it('expands a moved category to each of its list pages and an indicator to its data files', () => {
    const records: UrlRecord[] = [
      { fromPath: '/chuyen-muc/cu/', toPath: '/chuyen-muc/moi/' },
      { fromPath: '/chi-tieu/cu/', toPath: '/chi-tieu/moi/' },
      { fromPath: '/tin-tuc/rut/', toPath: null },
      // A record whose address is served again is dropped.
      { fromPath: '/tin-tuc/lai/', toPath: null },
    ];
    const served = new Set(['/chuyen-muc/moi/', '/chuyen-muc/moi/2/', '/chuyen-muc/moi/3/', '/chuyen-muc/moi-khac/', '/chi-tieu/moi/', '/chi-tieu/moi.csv', '/chi-tieu/moi.json', '/tin-tuc/lai/']);
    const map = expandUrlMap(records, served);
    expect(map.redirects).toEqual({
      '/chuyen-muc/cu/': '/chuyen-muc/moi/',
      '/chuyen-muc/cu/2/': '/chuyen-muc/moi/2/',
      '/chuyen-muc/cu/3/': '/chuyen-muc/moi/3/',
      '/chi-tieu/cu/': '/chi-tieu/moi/',
      '/chi-tieu/cu.csv': '/chi-tieu/moi.csv',
      '/chi-tieu/cu.json': '/chi-tieu/moi.json',
    });
    expect(map.gone).toEqual(['/tin-tuc/rut/']);
    expect(coveredByRecords(records, '/chuyen-muc/cu/9/')).toEqual({ to: '/chuyen-muc/moi/' });
    expect(coveredByRecords(records, '/tin-tuc/rut/')).toEqual({ to: null });
    expect(coveredByRecords(records, '/chuyen-muc/cu-khac/')).toBeNull();
  });

  it('writes the nginx snippet and the _redirects file', () => {
    const map = { redirects: { '/tin-tuc/a/': '/tin-tuc/b/' }, gone: ['/van-ban/c/'] };
    expect(nginxRedirectsConf(map)).toContain('location = "/tin-tuc/a/" { return 301 "/tin-tuc/b/"; }');
    expect(nginxRedirectsConf(map)).toContain('location = "/van-ban/c/" { error_page 410 /da-go/van-ban/index.html; return 410; }');
    expect(netlifyRedirects(map).split('\n').slice(1, 3)).toEqual(['/tin-tuc/a/ /tin-tuc/b/ 301', '/van-ban/c/ /da-go/van-ban/ 410']);
    expect(gonePagePath('/khong-ro/')).toBe('/da-go/khac/');
  });

  it('looks old query-string addresses up in nginx by their routing parameters; _redirects says it cannot', () => {
    const query = '/index.php?language=vi&nv=news&op=thoi-su/khai-mac-12';
    const map = { redirects: { [query]: '/tin-tuc/khai-mac/', '/index.php': '/' }, gone: ['/index.php?language=vi&nv=laws&op=detail/cu'] };
    const conf = nginxRedirectsConf(map).split('\n');
    expect(conf).toContain('location = /index.php { rewrite ^ "/@legacy-query/$arg_language&$arg_nv&$arg_op?" last; }');
    expect(conf).toContain('location = "/@legacy-query/vi&news&thoi-su/khai-mac-12" { internal; return 301 "/tin-tuc/khai-mac/"; }');
    expect(conf).toContain('location = "/@legacy-query/vi&news&thoi-su%2Fkhai-mac-12" { internal; return 301 "/tin-tuc/khai-mac/"; }');
    expect(conf).toContain('location = "/@legacy-query/vi&laws&detail/cu" { internal; error_page 410 /da-go/khac/index.html; return 410; }');
    // The bare /index.php keeps its own answer, from the lookup's fallback (one location per path in nginx).
    expect(conf).toContain('location ^~ /@legacy-query/ { internal; return 301 "/"; }');
    expect(conf.filter((line) => line.startsWith('location = "/index.php"'))).toEqual([]);
    const redirects = netlifyRedirects(map).split('\n');
    expect(redirects[1]).toMatch(/^# 2 old query-string address\(es\) .* answered by the server only/);
    expect(redirects.filter((line) => line.includes('?'))).toEqual([redirects[1]]);
    expect(redirects).toContain('/index.php / 301');
    // Without query addresses nothing of the lookup is written.
    expect(nginxRedirectsConf({ redirects: { '/index.php': '/' }, gone: [] })).toContain('location = "/index.php" { return 301 "/"; }');
    expect(nginxRedirectsConf({ redirects: { '/index.php': '/' }, gone: [] })).not.toContain('@legacy-query');
  });

  it('expands no URLs under a query-string address', () => {
    const query = '/index.php?language=vi&nv=news&op=thoi-su';
    const map = expandUrlMap([{ fromPath: query, toPath: '/chuyen-muc/thoi-su/' }], new Set(['/chuyen-muc/thoi-su/', '/chuyen-muc/thoi-su/2/']));
    expect(map.redirects).toEqual({ [query]: '/chuyen-muc/thoi-su/' });
  });

  it('tells an entry’s own address from a list that may disappear with its last member', () => {
    for (const path of ['/tin-tuc/bai-a/', '/chuyen-muc/thoi-su/', '/van-ban/12-nq-tu/', '/chi-tieu/dien-tich.csv', '/bao-cao/nam-2024/', '/trang/gioi-thieu/']) {
      expect(isEntryAddress(path), path).toBe(true);
    }
    for (const path of ['/tin-tuc/2/', '/chuyen-muc/thoi-su/2/', '/van-ban/nam/2019/', '/the/dai-hoi/', '/lich-cong-tac/huyen-uy.ics', '/lich-cong-tac/2024-tuan-29/', '/du-lieu/van-ban.csv', '/']) {
      expect(isEntryAddress(path), path).toBe(false);
    }
  });

  it('accepts site paths only', () => {
    expect(sitePathSchema.safeParse('/tin-tuc/a/').success).toBe(true);
    for (const bad of ['tin-tuc/a/', 'https://x.vn/a/', '/a b/', '/a/../b/', '//evil.example/']) expect(sitePathSchema.safeParse(bad).success, bad).toBe(false);
  });

  it('takes an old address as a site path or a canonical NukeViet query address, nothing else', () => {
    for (const good of ['/tin-tuc/a/', '/index.php?language=vi&nv=news&op=thoi-su/bai-12', '/index.php?nv=news', '/index.php?language=vi&nv=laws&op=detail/1-nq-tu']) {
      expect(redirectFromPathSchema.safeParse(good).success, good).toBe(true);
    }
    for (const bad of [
      '/index.php?nv=news&language=vi',
      '/index.php?language=vi&nv=news&op=a&page=2',
      '/index.php?language=vi',
      '/index.php?language=vi&nv=news&op=a/../b',
      '/tin-tuc/?nv=news',
      '/index.php?language=vi&nv=news&op=a b',
    ]) {
      const result = redirectFromPathSchema.safeParse(bad);
      expect(result.success, bad).toBe(false);
    }
    expect(redirectFromPathSchema.safeParse('/index.php?nv=news&language=vi').error!.issues[0]!.message).toMatch(/chỉ các tham số language, nv, op/);
  });
});

describe('unit paths', () => {
  it('puts a unit-relative path under the unit’s prefix, and leaves it alone at a host’s root', () => {
    expect(unitPath('/xa/binh-son/', '/tin-tuc/khai-mac/')).toBe('/xa/binh-son/tin-tuc/khai-mac/');
    expect(unitPath('/xa/binh-son', '/tin-tuc/khai-mac/')).toBe('/xa/binh-son/tin-tuc/khai-mac/');
    for (const prefix of [null, undefined, '', '/']) expect(unitPath(prefix, '/tin-tuc/khai-mac/')).toBe('/tin-tuc/khai-mac/');
    expect(unitEntryPath('/xa/tinh-phong/', 'api::article.article', 'khai-mac')).toBe('/xa/tinh-phong/tin-tuc/khai-mac/');
    expect(unitEntryPath('/xa/tinh-phong/', 'api::person.person', 'nguyen-van-a')).toBeNull();
  });
});
