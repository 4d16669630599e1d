import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'site',
    include: ['test/**/*.test.ts'],
    // test/integration/ builds the site against a live CMS; it runs in the `integration` project (cms/vitest.config.mts).
    exclude: ['test/integration/**'],
  },
});
