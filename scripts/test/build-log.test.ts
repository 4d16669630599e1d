import { describe, expect, it } from 'vitest';
import { pageGeneration } from '../src/build-log.ts';

describe('pageGeneration', () => {
  it('tells rendered pages from pages the incremental build reused', () => {
    const log = [
      '15:00:01 [build] Rendering pages',
      '  \x1b[34m├─\x1b[39m \x1b[2m/tin-tuc/bai-moi/index.html\x1b[22m (+12ms)',
      '  ├─ /tin-tuc/bai-cu/index.html (cached)',
      '  ├─ tin-tuc/bai-khac/index.html (restored)',
      '  └─ /index.html (+3ms)',
      '15:00:02 [build] 4 page(s) built',
    ].join('\n');
    expect(pageGeneration(log)).toEqual({
      rendered: ['/tin-tuc/bai-moi/index.html', '/index.html'],
      reused: ['/tin-tuc/bai-cu/index.html', '/tin-tuc/bai-khac/index.html'],
    });
  });
});
