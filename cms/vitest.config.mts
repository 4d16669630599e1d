import { defineProject } from 'vitest/config';

// Integration tests against one real CMS (booted once by global-setup.ts),
// shared with the site's build test. Files run one at a time: they share the
// CMS, and each extra Strapi competes for the machine's two cores.
export default defineProject({
  test: {
    name: 'integration',
    root: '..',
    include: ['cms/tests/**/*.test.ts', 'site/test/integration/**/*.test.ts', 'tests/**/*.test.ts'],
    globalSetup: ['cms/tests/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 600_000,
  },
});
