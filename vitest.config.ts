import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['node_modules/**'],
    pool: 'forks',
    reporters: ['default', './test/helpers/plain-summary-reporter.ts'],
    // A guard against hangs, not a performance limit: performance lives in `npm run bench`.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
