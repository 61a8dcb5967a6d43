import os from 'node:os';
import { defineConfig } from 'vitest/config';
import SlowFirstSequencer from './test/helpers/slow-first-sequencer.js';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['node_modules/**'],
    pool: 'forks',
    // Two files at a time even on two cores (vitest's default would be cores - 1 = 1): most files wait on
    // PostgreSQL, servers and browsers rather than compute, and the suite takes about half as long. PostgreSQL
    // files share one database, one schema each; the store's introspection sees only its own schema
    // (src/storage/postgres/schema-scoped-introspector.ts), so another file's drop cannot fail a migration.
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
    // The run's shared folder for the seeded demo template that test apps copy (test/helpers/seeded-template.ts).
    globalSetup: ['./test/helpers/global-setup.ts'],
    sequence: { sequencer: SlowFirstSequencer },
    reporters: ['default', './test/helpers/plain-summary-reporter.ts'],
    // A guard against hangs, not a performance limit: performance lives in `npm run bench`.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
