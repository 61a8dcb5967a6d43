/**
 * Preloaded into the benchmarked Herald process (`--import`): samples its
 * event-loop delay with perf_hooks.monitorEventLoopDelay (10 ms resolution is
 * too coarse for the "a few milliseconds" target, so 1 ms). On SIGUSR2 it
 * writes the delay since the last signal (p50, p99, max, in ms) to the file
 * named by HERALD_BENCH_LOOP_FILE and starts afresh. With it go the server's
 * own request times (the 'request' event to the response's 'finish'), which
 * leave out what the client's figure adds: waiting to be accepted and read,
 * the network, the load generator itself.
 */
import fs from 'node:fs';
import http from 'node:http';
import { createHistogram, monitorEventLoopDelay } from 'node:perf_hooks';

const file = process.env.HERALD_BENCH_LOOP_FILE;
if (file) {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  const requests = createHistogram();
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (event, request, response) {
    if (event === 'request') {
      const started = process.hrtime.bigint();
      response.once('finish', () => requests.record(Math.max(1, Number((process.hrtime.bigint() - started) / 1000n))));
    }
    return emit.apply(this, arguments);
  };
  let serial = 0;
  process.on('SIGUSR2', () => {
    const ms = (ns) => Number((ns / 1e6).toFixed(2));
    const msFromUs = (value) => Number((value / 1000).toFixed(2));
    const stats = {
      serial: ++serial, p50: ms(histogram.percentile(50)), p99: ms(histogram.percentile(99)), max: ms(histogram.max),
      ...(requests.count > 0 ? { serverP50: msFromUs(requests.percentile(50)), serverP99: msFromUs(requests.percentile(99)), serverMax: msFromUs(requests.max) } : {}),
    };
    histogram.reset();
    requests.reset();
    fs.writeFileSync(`${file}.tmp`, JSON.stringify(stats));
    fs.renameSync(`${file}.tmp`, file);
  });
}
