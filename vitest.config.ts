import { defineConfig } from 'vitest/config';

// One run for the whole workspace. The `integration` project (cms/vitest.config.ts)
// boots one CMS and shares it between the CMS tests and the site build test.
export default defineConfig({
  test: {
    projects: ['shared-types', 'scripts', 'site', 'cms'],
  },
});
