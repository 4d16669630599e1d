import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'shared-types',
    include: ['test/**/*.test.ts'],
  },
});
