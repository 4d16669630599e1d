import { describe, expect, it } from 'vitest';
import { toQueryString, toSearchParams } from '../src/loaders/strapi-query.ts';

describe('Strapi query parameters', () => {
  it('flattens nested populate, arrays and filters into bracket notation, in order', () => {
    const params = toSearchParams({
      populate: { category: { fields: ['name', 'slug'] }, cover: true },
      sort: ['date:desc', 'id:asc'],
      filters: { updatedAt: { $gt: '2024-01-01T00:00:00.000Z' } },
      locale: undefined,
      pagination: { page: 2, pageSize: 100 },
    });
    expect([...params]).toEqual([
      ['populate[category][fields][0]', 'name'],
      ['populate[category][fields][1]', 'slug'],
      ['populate[cover]', 'true'],
      ['sort[0]', 'date:desc'],
      ['sort[1]', 'id:asc'],
      ['filters[updatedAt][$gt]', '2024-01-01T00:00:00.000Z'],
      ['pagination[page]', '2'],
      ['pagination[pageSize]', '100'],
    ]);
  });

  it('writes a readable query string that still encodes what must be encoded', () => {
    const params = toSearchParams({ sort: ['date:desc'], filters: { title: { $contains: 'Bình Sơn & Ba Chẽ' } } });
    const query = toQueryString(params);
    expect(query).toBe('sort[0]=date:desc&filters[title][$contains]=B%C3%ACnh%20S%C6%A1n%20%26%20Ba%20Ch%E1%BA%BD');
    expect([...new URLSearchParams(query)]).toEqual([...params]);
  });
});
