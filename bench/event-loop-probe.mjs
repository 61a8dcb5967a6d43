/**
 * Preloaded into the benchmarked Herald process (`--import`): samples its
 * event-loop delay with perf_hooks.monitorEventLoopDelay (10 ms resolution is
 * too coarse for the "a few milliseconds" target, so 1 ms). On SIGUSR2 it
 * writes the delay since the last signal (p50, p99, max, in ms) to the file
 * named by HERALD_BENCH_LOOP_FILE and starts afresh.
 */
import fs from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';

const file = process.env.HERALD_BENCH_LOOP_FILE;
if (file) {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  let serial = 0;
  process.on('SIGUSR2', () => {
    const ms = (ns) => Number((ns / 1e6).toFixed(2));
    const stats = { serial: ++serial, p50: ms(histogram.percentile(50)), p99: ms(histogram.percentile(99)), max: ms(histogram.max) };
    histogram.reset();
    fs.writeFileSync(`${file}.tmp`, JSON.stringify(stats));
    fs.renameSync(`${file}.tmp`, file);
  });
}
