import os from 'node:os';
import { defineConfig } from 'vitest/config';
import SlowFirstSequencer from './test/helpers/slow-first-sequencer.js';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['node_modules/**'],
    pool: 'forks',
    // At least two files at a time, also on two cores (vitest's default there is one): most suites spend their time
    // waiting on PostgreSQL, child servers or a browser. Suites share nothing that collides: each store is a fresh
    // SQLite folder or PostgreSQL schema/database, ports are ephemeral, Redis channels and temp folders unique.
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
