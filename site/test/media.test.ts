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

  it('keeps the absolute URLs of files in S3-compatible storage, relative ones resolved against the media URL', () => {
    const s3 = 'http://127.0.0.1:4569/portal-uploads';
    const formats = Object.fromEntries(Object.entries(cover.formats ?? {}).map(([name, format]) => [name, { ...format, url: `${s3}/${name}_anh.jpg` }]));
    const image = imageSources({ ...cover, url: `${s3}/anh.jpg`, formats })!;
    expect(image.src).toBe(`${s3}/anh.jpg`);
    expect(image.srcset!.split(', ').every((candidate) => candidate.startsWith(`${s3}/`))).toBe(true);
    expect(imageSources({ ...cover, url: '/uploads/anh.jpg', formats: null })!.src).toBe('https://cms.example.vn/uploads/anh.jpg');
  });

  it('renders nothing for an unsafe URL', () => {
    expect(imageSources({ ...cover, url: 'javascript:alert(1)' })).toBeUndefined();
  });
});
