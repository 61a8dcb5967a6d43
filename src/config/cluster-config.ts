/** HERALD_WORKERS: how many server processes `npm start` runs (src/main.ts). */
import os from 'node:os';
import { HeraldError } from '../domain/errors.js';

export function workerCount(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.HERALD_WORKERS?.trim();
  if (!raw) return os.availableParallelism();
  const count = Number(raw);
  if (!Number.isInteger(count) || count < 1 || count > 256)
    throw new HeraldError('HERALD_VALIDATION', `HERALD_WORKERS: must be a whole number from 1 to 256 (1 runs a single process), not "${raw}".`);
  return count;
}
