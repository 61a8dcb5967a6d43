/**
 * The third-party wire samples live in `<repo>/../shared/fixtures/third-party/`,
 * next to the clone and never copied into it. Every test that reads them asks
 * `thirdPartySamplesPresent(what)` first: when the folder is missing it prints
 * a `skipped: …` line naming what did not run, as the PostgreSQL and Redis
 * suites do, so a run without the samples never looks like a full pass.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const THIRD_PARTY_DIR = fileURLToPath(new URL('../../../shared/fixtures/third-party/', import.meta.url));

const announced = new Set<string>();

/** True when the samples are there; otherwise says once (per `what`) that `what` is skipped, and answers false. */
export function thirdPartySamplesPresent(what: string): boolean {
  if (existsSync(THIRD_PARTY_DIR)) return true;
  if (!announced.has(what)) {
    announced.add(what);
    console.log(`skipped: ${what} (no third-party samples at ${THIRD_PARTY_DIR}; put the shared fixtures next to the clone to run them)`);
  }
  return false;
}
