import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `pnpm run test:cluster`: several CMS instances, HAProxy and a private Redis, started and stopped by the test
// itself; rebuild services sharing one lock on PostgreSQL. Heavy (a few Strapi boots), so it is not a project of the
// main run (`pnpm test`).
export default defineConfig({
  test: {
    name: 'cluster',
    // The workspace root, whatever the caller's directory (a standalone config, unlike the projects).
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['cms/cluster-tests/**/*.test.ts', 'scripts/cluster-tests/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 240_000,
    hookTimeout: 600_000,
  },
});
