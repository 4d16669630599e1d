import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPublicCmsUrl } from '../src/loaders/config.ts';
import { StrapiConfigError, StrapiLoadError } from '../src/loaders/errors.ts';
import { fetchPublicList } from '../src/loaders/public-list-loader.ts';
import { commentPeriodOf, feedbackOf, ratingOf, toFeedbackEntry, toRatingEntry, type FeedbackEntry } from '../src/lib/participation/participation.ts';

const approved = {
  id: 12,
  documentId: 'fb0000000000000000000001',
  createdAt: '2026-11-23T06:10:00.000Z',
  updatedAt: '2026-11-23T07:00:00.000Z',
  publishedAt: '2026-11-23T07:00:00.000Z',
  targetType: 'document',
  authorName: 'Nguyễn Văn A',
  content: '<b>Đề nghị</b> bổ sung mục 3.',
  section: 'Phần II',
  moderation: 'approved',
  reply: 'Cảm ơn bạn.',
  target: { type: 'document', documentId: 'doc00000000000000000001', slug: 'du-thao' },
};

describe('toFeedbackEntry', () => {
  it('keeps the public fields, the section and the target, as plain text', () => {
    expect(toFeedbackEntry(approved)).toEqual({
      id: 'fb0000000000000000000001',
      data: {
        targetType: 'document',
        targetId: 'doc00000000000000000001',
        authorName: 'Nguyễn Văn A',
        content: '<b>Đề nghị</b> bổ sung mục 3.',
        section: 'Phần II',
        reply: 'Cảm ơn bạn.',
        createdAt: '2026-11-23T06:10:00.000Z',
      },
    });
  });

  it('fails on an item that leaks the e-mail address or is not approved', () => {
    expect(() => toFeedbackEntry({ ...approved, email: 'a@example.vn' })).toThrow();
    expect(() => toFeedbackEntry({ ...approved, moderation: 'pending' })).toThrow();
    expect(() => toFeedbackEntry({ ...approved, target: undefined })).toThrow();
  });
});

describe('feedbackOf and ratingOf', () => {
  const entry = (targetId: string, createdAt: string): FeedbackEntry => ({
    targetType: 'article',
    targetId,
    authorName: 'A',
    content: 'x',
    section: null,
    reply: null,
    createdAt,
  });

  it('lists one target’s feedback oldest first', () => {
    const entries = [entry('a', '2026-02-01T00:00:00Z'), entry('b', '2026-01-01T00:00:00Z'), entry('a', '2026-01-01T00:00:00Z')];
    expect(feedbackOf(entries, 'article', 'a').map((e) => e.createdAt)).toEqual(['2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z']);
    expect(feedbackOf(entries, 'document', 'a')).toEqual([]);
  });

  it('gives zero votes to an article never rated', () => {
    const ratings = new Map([['a', toRatingEntry({ article: 'a', average: 4.3, votes: 3 }).data]]);
    expect(ratingOf(ratings, 'a')).toEqual({ average: 4.3, votes: 3 });
    expect(ratingOf(ratings, 'b')).toEqual({ average: null, votes: 0 });
    expect(() => toRatingEntry({ article: 'a', average: 6, votes: 1 })).toThrow();
  });
});

describe('commentPeriodOf', () => {
  const draft = { validity: 'draft-for-comment', commentOpensAt: '2026-11-01T01:00:00.000Z', commentClosesAt: '2026-11-30T10:00:00.000Z' } as const;

  it('is open between the bounds, upcoming before, closed after', () => {
    expect(commentPeriodOf(draft, new Date('2026-11-23T00:00:00Z')).state).toBe('open');
    expect(commentPeriodOf(draft, new Date('2026-10-31T00:00:00Z')).state).toBe('upcoming');
    expect(commentPeriodOf(draft, new Date('2026-12-01T00:00:00Z'))).toEqual({ state: 'closed', ...{ opensAt: draft.commentOpensAt, closesAt: draft.commentClosesAt } });
  });

  it('treats an unset bound as open and ignores documents that are not drafts', () => {
    expect(commentPeriodOf({ ...draft, commentOpensAt: null, commentClosesAt: null }, new Date()).state).toBe('open');
    expect(commentPeriodOf({ ...draft, validity: 'in-force' }, new Date('2026-11-23T00:00:00Z')).state).toBe('none');
  });
});

describe('readPublicCmsUrl', () => {
  it('prefers PUBLIC_CMS_URL, then STRAPI_MEDIA_URL, then STRAPI_URL', () => {
    const media = 'https://media.example.vn';
    expect(readPublicCmsUrl({ PUBLIC_CMS_URL: 'https://cms.example.vn/', STRAPI_MEDIA_URL: media, STRAPI_URL: 'http://10.0.0.5:1337' })).toBe('https://cms.example.vn');
    expect(readPublicCmsUrl({ STRAPI_MEDIA_URL: media, STRAPI_URL: 'http://10.0.0.5:1337' })).toBe(media);
    expect(readPublicCmsUrl({ STRAPI_URL: 'http://10.0.0.5:1337/' })).toBe('http://10.0.0.5:1337');
  });

  it('names the variable when it is invalid or nothing is set', () => {
    expect(() => readPublicCmsUrl({ PUBLIC_CMS_URL: 'ftp://x', STRAPI_URL: 'http://a' })).toThrow(/PUBLIC_CMS_URL/);
    expect(() => readPublicCmsUrl({})).toThrow(StrapiConfigError);
  });
});

describe('fetchPublicList', () => {
  let server: http.Server;
  let url: string;
  let failPage: number | undefined;
  const seen: string[] = [];
  const items = Array.from({ length: 5 }, (_, index) => ({ n: index }));

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      const query = new URL(request.url ?? '/', 'http://x').searchParams;
      seen.push(`${request.headers.authorization} ${query.toString()}`);
      const page = Number(query.get('page'));
      const pageSize = Number(query.get('pageSize'));
      if (page === failPage) {
        response.writeHead(500).end();
        return;
      }
      response.setHeader('content-type', 'application/json');
      const pageCount = Math.ceil(items.length / pageSize);
      response.end(JSON.stringify({ data: items.slice((page - 1) * pageSize, page * pageSize), meta: { pagination: { page, pageSize, pageCount, total: items.length } } }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('reads every page with `page`/`pageSize` and the bearer token', async () => {
    seen.length = 0;
    failPage = undefined;
    const list = await fetchPublicList({ collection: 'feedback', endpoint: '/api/public/feedback', pageSize: 2, config: { url, token: 'tok' } });
    expect(list).toEqual(items);
    expect(seen).toEqual(['Bearer tok page=1&pageSize=2', 'Bearer tok page=2&pageSize=2', 'Bearer tok page=3&pageSize=2']);
  });

  it('names a network error the way the collection client does', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const error = await fetchPublicList({ collection: 'feedback', endpoint: '/x', config: { url: `http://127.0.0.1:${port}`, token: 't' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StrapiLoadError);
    expect((error as StrapiLoadError).reason).toMatch(/^network error \(ECONNREFUSED/);
  });

  it('fails with StrapiLoadError naming the collection, URL and status', async () => {
    failPage = 2;
    const error = await fetchPublicList({ collection: 'ratings', endpoint: '/api/public/ratings', pageSize: 2, config: { url, token: 'tok' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StrapiLoadError);
    expect(error).toMatchObject({ collection: 'ratings', status: 500, url: `${url}/api/public/ratings?page=2&pageSize=2` });
  });
});
