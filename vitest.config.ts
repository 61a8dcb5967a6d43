import os from 'node:os';
import { defineConfig } from 'vitest/config';
import SlowFirstSequencer from './test/helpers/slow-first-sequencer.js';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['node_modules/**'],
    pool: 'forks',
    // One file at a time on two cores (vitest's default, cores - 1). Two at a time cut the suite to about 10 minutes,
    // but PostgreSQL test files share one database, and Kysely's migrator lists every schema in it: another file
    // dropping or migrating its schema at that moment failed 2-22 tests in 2 of 5 CI runs (3F000, 42703).
    // Two at a time needs that listing scoped to the store's own schema first.
    maxWorkers: Math.max(1, os.availableParallelism() - 1),
    // The run's shared folder for the seeded demo template that test apps copy (test/helpers/seeded-template.ts).
    globalSetup: ['./test/helpers/global-setup.ts'],
    sequence: { sequencer: SlowFirstSequencer },
    reporters: ['default', './test/helpers/plain-summary-reporter.ts'],
    // A guard against hangs, not a performance limit: performance lives in `npm run bench`.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
