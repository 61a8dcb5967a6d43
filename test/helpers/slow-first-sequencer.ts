/**
 * Starts the suites that take minutes first, so that on two workers they run
 * alongside the many short files instead of trailing after them (a fresh CI
 * clone has no timings from an earlier run for vitest to order by). The
 * rest keep vitest's own order: longest first when it has timings.
 */
import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Longest first, as measured on two cores: crash and soak runs, the production install, child servers, browsers. */
const SLOW_FIRST = [
  'test/reliability/chaos.test.ts',
  'test/reliability/soak.test.ts',
  'test/build/production-install.test.ts',
  'test/edge/varnish-edge.test.ts',
  'test/app/',
  'test/e2e/',
];

export default class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (spec: TestSpecification) => {
      const file = path.relative(spec.project.config.root, spec.moduleId).split(path.sep).join('/');
      const at = SLOW_FIRST.findIndex((prefix) => file.startsWith(prefix));
      return at === -1 ? SLOW_FIRST.length : at;
    };
    const sorted = await super.sort(files);
    return sorted.map((spec, order) => ({ spec, order, rank: rank(spec) })).sort((a, b) => a.rank - b.rank || a.order - b.order).map((s) => s.spec);
  }
}
