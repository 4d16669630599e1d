import { afterAll, describe, expect, it, vi } from 'vitest';
import { mediaSchema } from '@portal/shared-types';
import { rawFixture } from './support/domain-fixtures.ts';

vi.stubEnv('STRAPI_URL', 'http://cms.internal:1337');
vi.stubEnv('STRAPI_TOKEN', 'test-token');
vi.stubEnv('STRAPI_MEDIA_URL', 'https://cms.example.vn');
const { imageSources } = await import('../src/lib/media/media.ts');
afterAll(() => vi.unstubAllEnvs());

describe('images from the CMS', () => {
  const cover = mediaSchema.parse(rawFixture('media-cover.json'));

  it('uses the public media URL, the intrinsic size and the alt text', () => {
    const image = imageSources(cover)!;
    expect(image.src).toBe(`https://cms.example.vn${cover.url}`);
    expect([image.width, image.height]).toEqual([cover.width, cover.height]);
    expect(image.alt).toBe(cover.alternativeText);
  });

  it('offers Strapi’s resized copies (not the thumbnail) and the original as a srcset, narrowest first', () => {
    const widths = imageSources(cover)!.srcset!.split(', ').map((candidate) => Number(candidate.split(' ')[1]!.slice(0, -1)));
    expect(widths).toEqual([...widths].sort((a, b) => a - b));
    expect(widths.at(-1)).toBe(cover.width);
    expect(widths).not.toContain(cover.formats?.['thumbnail']?.width);
  });

  it('renders nothing for an unsafe URL', () => {
    expect(imageSources({ ...cover, url: 'javascript:alert(1)' })).toBeUndefined();
  });
});
